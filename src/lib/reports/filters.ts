import { z } from "@/lib/forms/zod";
import { Theme } from "@/generated/prisma/enums";
import { NAF_SECTION_CODES } from "./naf";
import { FILTER_KEYS, FILTER_PARAMS, FIRST_YEAR, LAST_YEAR, NO_PROGRAMME, SIZE_BANDS, type FilterKey, type FilterOptions } from "./filter-params";

// The filters of the reports travel in the URL under French names. Each one is checked on its own: an
// invalid one falls back to "all" and is named in a notice, the others still apply.

const Year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const ReportFilters = z.object({
  from: Year.optional(),
  to: Year.optional(),
  running: Year.optional(),
  aract: z.string().max(50).optional(),
  programme: z.string().max(50).optional(),
  theme: z.enum(Theme).optional(),
  sector: z.enum(NAF_SECTION_CODES).optional(),
  size: z.enum(SIZE_BANDS).optional(),
});
export type ReportFilters = z.output<typeof ReportFilters>;

type RawParams = Record<string, string | string[] | undefined>;

/** The filters of a URL, among the caller's options: the filters that hold and the ones set aside. */
export function parseReportFilters(
  raw: RawParams,
  options: FilterOptions,
): { filters: ReportFilters; rejected: FilterKey[] } {
  const filters: ReportFilters = {};
  const rejected: FilterKey[] = [];
  for (const key of FILTER_KEYS) {
    const value = first(raw[FILTER_PARAMS[key].param]);
    if (value === undefined || value === "") continue;
    const parsed = ReportFilters.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined && allowed(key, String(parsed.data), options)) {
      Object.assign(filters, { [key]: parsed.data });
    } else {
      rejected.push(key);
    }
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    delete filters.to;
    rejected.push("to");
  }
  return { filters, rejected };
}

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

function allowed(key: FilterKey, value: string, options: FilterOptions): boolean {
  if (key === "aract") return options.aracts?.some((a) => a.id === value) ?? false;
  if (key === "programme") return value === NO_PROGRAMME || options.programmes.some((p) => p.id === value);
  return true;
}

/** "Le filtre « Thème » n'était pas valide : tous les thèmes sont affichés." */
export function rejectionNotice(rejected: readonly FilterKey[]): string | null {
  if (rejected.length === 0) return null;
  const names = rejected.map((key) => `« ${FILTER_PARAMS[key].label} »`).join(", ");
  return rejected.length === 1
    ? `Le filtre ${names} n'était pas valide : il a été ignoré.`
    : `Les filtres ${names} n'étaient pas valides : ils ont été ignorés.`;
}

