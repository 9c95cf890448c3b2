import type { Theme } from "@/generated/prisma/enums";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { NAF_SECTION_LABELS } from "./naf";
import type { ReportFilters } from "./filters";

// The filters of the reports as they travel in the URL (under French names) and are read back in words:
// everything about them but their schema (./filters.ts), so that the pages' client code carries no zod.

export type FilterKey = keyof ReportFilters;

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

export const DEFAULT_FILTERS: ReportFilters = {};

/** The URL name and the French name of each filter. */
export const FILTER_PARAMS: Record<FilterKey, { param: string; label: string }> = {
  from: { param: "de", label: "Démarrés à partir de" },
  to: { param: "a", label: "Démarrés au plus tard en" },
  running: { param: "en-cours", label: "En cours pendant l'année" },
  aract: { param: "aract", label: "Aract" },
  programme: { param: "programme", label: "Programme" },
  theme: { param: "theme", label: "Thème" },
  sector: { param: "secteur", label: "Secteur d'activité" },
  size: { param: "taille", label: "Taille d'entreprise" },
};
export const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

type Named = { id: string; name: string };
/**
 * What the caller may pick: Aracts (null when the caller sees one Aract only), programmes, the years
 * clusters started, and the years they ran (from their start to their end).
 */
export type FilterOptions = { aracts: Named[] | null; programmes: Named[]; years: number[]; runningYears: number[] };
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
  const { from, to, running } = filters;
  const started =
    from === undefined && to === undefined
      ? null
      : from === to
        ? `démarrés en ${from}`
        : `démarrés ${[from === undefined ? "" : `à partir de ${from}`, to === undefined ? "" : `au plus tard en ${to}`].filter(Boolean).join(" et ")}`;
  const during = running === undefined ? null : `en cours pendant ${running}`;
  const period = started || during ? `Clusters ${[started, during].filter(Boolean).join(", ")}` : "Toutes les années";
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
