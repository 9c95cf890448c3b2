import { OUTCOME_COUNTS, type OutcomeCounts } from "@/lib/outcomes/rules";
import { formatNumber } from "@/lib/format/fr";
import { formatDays } from "@/lib/support/rules";

// What the reports count, defined once. The database computes the counts (./sql.ts); these definitions
// name them, derive the rates and decide what may be shown.
//
// - The selection: clusters past the draft step, in scope and filters; a cluster belongs to the year
//   it starts. With a sector or size filter, only the companies of that sector or band count, and only
//   the clusters where at least one of them took part.
// - A company is reached once it is enrolled (candidates are not): withdrawn companies were reached and
//   count, except in the pairs and the support plan, which concern the companies still taking part.
// - Employees: each company counted once per row, with its headcount when it joined (the largest when it
//   joined several clusters of the row).
// - Half-days held: not cancelled, dated today or before. Attendance rate: present ÷ recorded (excused
//   counts as absent), over the companies of the selection.
// - Support days: planned = the cluster's days per company × companies still taking part; delivered =
//   every day recorded (a support day is recorded once delivered).
// - Outcomes: each counts once under its current status (see OUTCOME_COUNTS).

export type ReportCounts = {
  clusters: number;
  companies: number;
  employees: number;
  activeCompanies: number;
  pairsComplete: number;
  sessionsHeld: number;
  attendancePresent: number;
  attendanceRecorded: number;
  supportPlanned: number;
  supportDelivered: number;
  diagnosticsSubmitted: number;
} & OutcomeCounts;

export type CountKey = keyof ReportCounts;

export const EMPTY_COUNTS: ReportCounts = {
  clusters: 0,
  companies: 0,
  employees: 0,
  activeCompanies: 0,
  pairsComplete: 0,
  sessionsHeld: 0,
  attendancePresent: 0,
  attendanceRecorded: 0,
  supportPlanned: 0,
  supportDelivered: 0,
  diagnosticsSubmitted: 0,
  ...(Object.fromEntries(OUTCOME_COUNTS.map(({ key }) => [key, 0])) as OutcomeCounts),
};

type Format = "count" | "days" | "rate";

export type Figure = {
  key: string;
  label: string;
  format: Format;
  /** The count a cluster must have above zero to be listed behind this figure. */
  drill: CountKey;
  value: (counts: ReportCounts) => number | null;
};

const count = (key: CountKey, label: string, format: Format = "count"): Figure => ({
  key,
  label,
  format,
  drill: key,
  value: (counts) => counts[key],
});

export const FIGURE_GROUPS = [
  {
    title: "Activité",
    figures: [
      count("clusters", "Clusters menés"),
      count("companies", "Entreprises accompagnées"),
      count("employees", "Salariés couverts"),
      count("pairsComplete", "Binômes complets"),
    ],
  },
  {
    title: "Collectif et appui",
    figures: [
      count("sessionsHeld", "Demi-journées collectives tenues"),
      {
        key: "attendanceRate",
        label: "Taux de présence",
        format: "rate",
        drill: "attendanceRecorded",
        value: (c) => (c.attendanceRecorded === 0 ? null : c.attendancePresent / c.attendanceRecorded),
      },
      count("supportPlanned", "Jours d'appui prévus", "days"),
      count("supportDelivered", "Jours d'appui réalisés", "days"),
      count("diagnosticsSubmitted", "Diagnostics remis"),
    ],
  },
  { title: "Résultats", figures: OUTCOME_COUNTS.map(({ key, label }) => count(key, label)) },
] as const satisfies readonly { title: string; figures: readonly Figure[] }[];

export const FIGURES: readonly Figure[] = FIGURE_GROUPS.flatMap((group) => group.figures);
export type FigureKey = (typeof FIGURES)[number]["key"];

export function findFigure(key: string | undefined): Figure | undefined {
  return FIGURES.find((figure) => figure.key === key);
}

/**
 * Below this many companies a row of figures could single them out: its figures are not shown, in the
 * dashboards, the charts or the exports (statistical confidentiality, as for the public statistics).
 */
export const MIN_COMPANIES = 5;

export function isSuppressed(counts: Pick<ReportCounts, "companies">): boolean {
  return counts.companies > 0 && counts.companies < MIN_COMPANIES;
}

export const SUPPRESSED_LABEL = "secret (< 5 entreprises)";

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** A figure's value in French; "—" when it cannot be computed (no attendance recorded). */
export function formatFigure(figure: Figure, value: number | null): string {
  if (value === null) return "—";
  if (figure.format === "rate") return percent.format(value);
  if (figure.format === "days") return formatDays(value);
  return formatNumber(value);
}
