import type { ReportCounts } from "./figures";

/** Below this many companies, a row of figures could single them out. */
export const MIN_COMPANIES = 5;

/** Why a row's figures are withheld: too few companies, or so that no other can be recomputed. */
export type Secret = "small" | "secondary";

/** The primary rule: some companies, but fewer than MIN_COMPANIES (no company singles nobody out). */
export function isSmall(counts: Pick<ReportCounts, "companies">): boolean {
  return counts.companies > 0 && counts.companies < MIN_COMPANIES;
}

/**
 * Whether the known sum of some withheld rows (each of one company at least) gives them away: when
 * they cover fewer than MIN_COMPANIES companies together, or exactly one each.
 */
export function givesAway(companies: readonly number[]): boolean {
  const sum = companies.reduce((a, b) => a + b, 0);
  return sum > 0 && (sum < MIN_COMPANIES || sum === companies.filter((n) => n > 0).length);
}
