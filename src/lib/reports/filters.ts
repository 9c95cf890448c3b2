import { z } from "@/lib/forms/zod";
import { Theme } from "@/generated/prisma/enums";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { NAF_SECTION_CODES, NAF_SECTION_LABELS } from "./naf";

// The filters of the reports travel in the URL under French names. Each one is checked on its own: an
// invalid one falls back to "all" and is named in a notice, the others still apply.

export const SIZE_BANDS = ["moins-de-50", "50-299", "300-et-plus"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  "moins-de-50": "Moins de 50 salariés",
  "50-299": "50 à 299 salariés",
  "300-et-plus": "300 salariés et plus",
};
/** Headcount bounds of each band, upper bound excluded. */
export const SIZE_BAND_BOUNDS: Record<SizeBand, readonly [number, number | null]> = {
  "moins-de-50": [0, 50],
  "50-299": [50, 300],
  "300-et-plus": [300, null],
};

/** The programme filter's value (and the breakdown's key) for clusters run under no programme. */
export const NO_PROGRAMME = "aucun";
export const NO_PROGRAMME_LABEL = "Sans programme";

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const Year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const ReportFilters = z.object({
  from: Year.optional(),
  to: Year.optional(),
  aract: z.string().max(50).optional(),
  programme: z.string().max(50).optional(),
  theme: z.enum(Theme).optional(),
  sector: z.enum(NAF_SECTION_CODES).optional(),
  size: z.enum(SIZE_BANDS).optional(),
});
export type ReportFilters = z.output<typeof ReportFilters>;
export type FilterKey = keyof ReportFilters;

export const DEFAULT_FILTERS: ReportFilters = {};

/** The URL name and the French name of each filter. */
export const FILTER_PARAMS: Record<FilterKey, { param: string; label: string }> = {
  from: { param: "de", label: "Année de début" },
  to: { param: "a", label: "Année de fin" },
  aract: { param: "aract", label: "Aract" },
  programme: { param: "programme", label: "Programme" },
  theme: { param: "theme", label: "Thème" },
  sector: { param: "secteur", label: "Secteur d'activité" },
  size: { param: "taille", label: "Taille d'entreprise" },
};
const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

type Named = { id: string; name: string };
/** What the caller may pick: Aracts (null when the caller sees one Aract only), programmes, start years. */
export type FilterOptions = { aracts: Named[] | null; programmes: Named[]; years: number[] };
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

/** The filters as URL parameters (only those set). */
export function filterParams(filters: ReportFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) params[FILTER_PARAMS[key].param] = String(value);
  }
  return params;
}

export function filterQueryString(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...filterParams(filters), ...extra }).toString();
  return query ? `?${query}` : "";
}

/**
 * Each filter in words, "Toutes" when not set: written at the top of every export. `ownAract` is the
 * caller's Aract when they see one Aract only: their figures are that Aract's, not "Toutes".
 */
export function describeFilters(
  filters: ReportFilters,
  options: FilterOptions,
  ownAract: string | null = null,
): { label: string; value: string }[] {
  const nameOf = (list: Named[] | null, id: string) => list?.find((item) => item.id === id)?.name ?? id;
  const { from, to } = filters;
  const period =
    from === undefined && to === undefined
      ? "Toutes les années"
      : from === to
        ? `Clusters démarrés en ${from}`
        : `Clusters démarrés ${[from === undefined ? "" : `à partir de ${from}`, to === undefined ? "" : `jusqu'en ${to}`].filter(Boolean).join(" et ")}`;
  return [
    { label: "Période", value: period },
    { label: "Aract", value: filters.aract ? nameOf(options.aracts, filters.aract) : (ownAract ?? "Toutes") },
    {
      label: "Programme",
      value:
        filters.programme === NO_PROGRAMME
          ? NO_PROGRAMME_LABEL
          : filters.programme
            ? nameOf(options.programmes, filters.programme)
            : "Tous",
    },
    { label: "Thème", value: filters.theme ? THEME_LABELS[filters.theme] : "Tous" },
    { label: "Secteur d'activité", value: filters.sector ? NAF_SECTION_LABELS[filters.sector] : "Tous" },
    { label: "Taille d'entreprise", value: filters.size ? SIZE_BAND_LABELS[filters.size] : "Toutes" },
  ];
}

/** The filters narrowed to one row of a breakdown (an Aract, a theme, a start year, a programme or none). */
export function narrowTo(
  filters: ReportFilters,
  dimension: "aract" | "theme" | "year" | "programme",
  key: string,
): ReportFilters {
  if (dimension === "aract") return { ...filters, aract: key };
  if (dimension === "programme") return { ...filters, programme: key };
  if (dimension === "theme") return { ...filters, theme: key as Theme };
  return { ...filters, from: Number(key), to: Number(key) };
}
