import { z } from "@/lib/forms/zod";
import { actionLabel, entityLabel, SYSTEM_ACTOR } from "./labels";

// The filters of the audit trail travel in the URL under French names, like the reports' (see
// src/lib/reports/filters.ts): each is checked on its own, and one that is invalid or not among the
// caller's options is set aside and named in a notice while the others still apply.

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export holds; the file says when the filters select more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
/** The actor filter's value for events without a person (imports, scheduled jobs). */
export const SYSTEM_ACTOR_VALUE = "systeme";

const Day = z.iso.date();

export const AuditFilters = z.object({
  actor: z.string().max(50).optional(),
  entityType: z.string().max(60).optional(),
  action: z.string().max(80).optional(),
  from: Day.optional(),
  to: Day.optional(),
  aract: z.string().max(50).optional(),
});
export type AuditFilters = z.output<typeof AuditFilters>;
export type AuditFilterKey = keyof AuditFilters;

export const AUDIT_FILTER_PARAMS: Record<AuditFilterKey, { param: string; label: string }> = {
  actor: { param: "personne", label: "Personne" },
  entityType: { param: "type", label: "Type d'enregistrement" },
  action: { param: "action", label: "Action" },
  from: { param: "du", label: "Du" },
  to: { param: "au", label: "Au" },
  aract: { param: "aract", label: "Aract" },
};
const KEYS = Object.keys(AUDIT_FILTER_PARAMS) as AuditFilterKey[];

type Named = { id: string; name: string };
/** What the caller may pick, from the events they may read. `aracts` is null for an Aract's administrator. */
export type AuditFilterOptions = {
  people: Named[];
  /** Whether some events have no person behind them. */
  system: boolean;
  entityTypes: string[];
  actions: string[];
  aracts: Named[] | null;
};
type RawParams = Record<string, string | string[] | undefined>;

export function parseAuditFilters(
  raw: RawParams,
  options: AuditFilterOptions,
): { filters: AuditFilters; rejected: AuditFilterKey[] } {
  const filters: AuditFilters = {};
  const rejected: AuditFilterKey[] = [];
  for (const key of KEYS) {
    const value = first(raw[AUDIT_FILTER_PARAMS[key].param]);
    if (value === undefined || value === "") continue;
    const parsed = AuditFilters.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined && allowed(key, parsed.data, options)) {
      filters[key] = parsed.data;
    } else {
      rejected.push(key);
    }
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.to;
    rejected.push("to");
  }
  return { filters, rejected };
}

/** The page of the URL: a positive whole number, 1 otherwise. */
export function parsePage(raw: RawParams): number {
  const parsed = z.coerce.number().int().min(1).max(1_000_000).safeParse(first(raw.page));
  return parsed.success ? parsed.data : 1;
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

function allowed(key: AuditFilterKey, value: string, options: AuditFilterOptions): boolean {
  switch (key) {
    case "actor":
      return value === SYSTEM_ACTOR_VALUE ? options.system : options.people.some((person) => person.id === value);
    case "entityType":
      return options.entityTypes.includes(value);
    case "action":
      return options.actions.includes(value);
    case "aract":
      return options.aracts?.some((aract) => aract.id === value) ?? false;
    default:
      return true;
  }
}

export function auditRejectionNotice(rejected: readonly AuditFilterKey[]): string | null {
  if (rejected.length === 0) return null;
  const names = rejected.map((key) => `« ${AUDIT_FILTER_PARAMS[key].label} »`).join(", ");
  return rejected.length === 1
    ? `Le filtre ${names} n'était pas valide : il a été ignoré.`
    : `Les filtres ${names} n'étaient pas valides : ils ont été ignorés.`;
}

/** The filters as URL parameters (only those set). */
export function auditFilterParams(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== undefined) params[AUDIT_FILTER_PARAMS[key].param] = value;
  }
  return params;
}

const frenchDay = (day: string) => day.split("-").reverse().join("/");

/** Each filter in words, for the top of the export. `ownAract` is the caller's Aract when they see one. */
export function describeAuditFilters(
  filters: AuditFilters,
  options: AuditFilterOptions,
  ownAract: string | null,
): { label: string; value: string }[] {
  const person =
    filters.actor === SYSTEM_ACTOR_VALUE
      ? SYSTEM_ACTOR
      : (options.people.find((p) => p.id === filters.actor)?.name ?? "Toutes");
  const { from, to } = filters;
  const period =
    from && to
      ? `du ${frenchDay(from)} au ${frenchDay(to)}`
      : from
        ? `depuis le ${frenchDay(from)}`
        : to
          ? `jusqu'au ${frenchDay(to)}`
          : "Toute la période";
  const aract = filters.aract
    ? (options.aracts?.find((a) => a.id === filters.aract)?.name ?? filters.aract)
    : (ownAract ?? "Toutes");
  return [
    { label: "Aract", value: aract },
    { label: "Personne", value: person },
    { label: "Type d'enregistrement", value: filters.entityType ? entityLabel(filters.entityType) : "Tous" },
    { label: "Action", value: filters.action ? actionLabel(filters.action) : "Toutes" },
    { label: "Période", value: period },
  ];
}
