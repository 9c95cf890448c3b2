import type { ReportCounts } from "./figures";
import type { CountedReport, Report } from "./queries";

// Statistical confidentiality, the one rule for every figure the reports show, list or export (cards,
// selection line, breakdowns, charts, the clusters behind a figure, CSV, XLSX). A row of figures that
// covers fewer than MIN_COMPANIES companies is not published (primary secret). Since the rows of a
// table add up to its total, one hidden row could be recomputed as the total minus the visible rows:
// while the hidden rows of a table cover fewer than MIN_COMPANIES companies together, the visible row
// with the fewest companies is hidden too (secondary secret). The counts of a hidden row never leave
// the server: a published row carries either its counts or the reason they are withheld.

/** Below this many companies, a row of figures could single them out. */
export const MIN_COMPANIES = 5;

export type Secret = "small" | "secondary";

export const SECRET_LABELS: Record<Secret, string> = {
  small: `secret (< ${MIN_COMPANIES} entreprises)`,
  secondary: "secret (secondaire)",
};

export const SECRET_RULE = `Les chiffres portant sur moins de ${MIN_COMPANIES} entreprises ne sont pas diffusés : ils sont remplacés par « ${SECRET_LABELS.small} ». Pour qu'aucun d'eux ne se retrouve par différence avec le total, une autre ligne est alors masquée aussi : « ${SECRET_LABELS.secondary} ».`;

/** A row's counts as published: the counts, or why they are withheld. */
export type Disclosed = { counts: ReportCounts; secret: null } | { counts: null; secret: Secret };

type Companies = Pick<ReportCounts, "companies">;

/** The primary rule: some companies, but fewer than MIN_COMPANIES (no company singles nobody out). */
export function isSmall(counts: Companies): boolean {
  return counts.companies > 0 && counts.companies < MIN_COMPANIES;
}

const shown = (counts: ReportCounts): Disclosed => ({ counts, secret: null });
const withheld = (secret: Secret): Disclosed => ({ counts: null, secret });

/** A total (a selection's own figures): shown unless it is small. */
export function discloseTotal(counts: ReportCounts): Disclosed {
  return isSmall(counts) ? withheld("small") : shown(counts);
}

/**
 * The rows of one table whose total is `total` (a breakdown, or the clusters of a selection), each
 * shown or withheld, in their order. When the total is itself withheld, nothing can be taken from it.
 */
export function discloseRows<R extends { counts: ReportCounts }>(
  total: ReportCounts,
  rows: readonly R[],
): (Omit<R, "counts"> & Disclosed)[] {
  const secrets: (Secret | null)[] = rows.map((row) => (isSmall(row.counts) ? "small" : null));
  let hidden = rows.reduce((sum, row, index) => sum + (secrets[index] ? row.counts.companies : 0), 0);
  while (!isSmall(total) && isSmall({ companies: hidden })) {
    const next = smallestShown(rows, secrets);
    if (next === null) break;
    secrets[next] = "secondary";
    hidden += rows[next]!.counts.companies;
  }
  return rows.map(({ counts, ...row }, index) => {
    const secret = secrets[index];
    return { ...row, ...(secret ? withheld(secret) : shown(counts)) };
  });
}

/** The shown row with the fewest companies (and some), the first of equals; null when there is none. */
function smallestShown(rows: readonly { counts: Companies }[], secrets: readonly (Secret | null)[]): number | null {
  let best: number | null = null;
  rows.forEach((row, index) => {
    if (secrets[index] || row.counts.companies === 0) return;
    if (best === null || row.counts.companies < rows[best]!.counts.companies) best = index;
  });
  return best;
}

/** A report as it may be shown and exported: the rule applied to its total and to each of its tables. */
export function publishReport({ total, byAract, byTheme, byYear, byProgramme }: CountedReport): Report {
  return {
    total: discloseTotal(total),
    byAract: discloseRows(total, byAract),
    byTheme: discloseRows(total, byTheme),
    byYear: discloseRows(total, byYear),
    byProgramme: discloseRows(total, byProgramme),
  };
}
