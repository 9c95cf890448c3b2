import { formatNumber } from "@/lib/format/fr";
import type { ClusterStatus, IndicatorStage, ParticipationStatus } from "@/generated/prisma/enums";
import { AGE_BANDS, EQUALITY_INDEX_MIN_HEADCOUNT, INDICATORS, type IndicatorKey, type IndicatorValues } from "./fields";

// The rules of the company indicators: the values must hold together (bands against the headcount), the
// equality index is for companies of 50 or more, and what changed is the median of the companies' changes.

export const EMPTY_SET_MESSAGE = "Saisissez au moins un indicateur.";

export const equalityIndexMessage = (headcount: number) =>
  `L'index de l'égalité professionnelle concerne les entreprises de ${EQUALITY_INDEX_MIN_HEADCOUNT} salarié·es ou plus ; l'effectif est de ${formatNumber(headcount)}.`;

const sum = (values: IndicatorValues, keys: readonly IndicatorKey[]) =>
  keys.every((key) => values[key] !== undefined) ? keys.reduce((total, key) => total + values[key]!, 0) : undefined;

/**
 * What does not hold together in a set of values, by field: women and men against the headcount, the age
 * bands against it (or against women and men when it is not given), any part above the whole, the
 * equality index of a company under 50 (the set's headcount, else `knownHeadcount`).
 */
export function indicatorProblems(values: IndicatorValues, knownHeadcount?: number): Partial<Record<IndicatorKey, string>> {
  const problems: Partial<Record<IndicatorKey, string>> = {};
  const bySex = sum(values, ["women", "men"]);
  const total = values.headcount ?? bySex;
  if (values.headcount !== undefined && bySex !== undefined && bySex !== values.headcount) {
    problems.men = `Femmes et hommes font ${formatNumber(bySex)} personnes, l'effectif total ${formatNumber(values.headcount)}.`;
  }
  if (total !== undefined) {
    for (const key of ["women", "men", ...AGE_BANDS] as const) {
      if ((values[key] ?? 0) > total) problems[key] = `Plus que l'effectif total (${formatNumber(total)}).`;
    }
    const byAge = sum(values, AGE_BANDS);
    if (byAge !== undefined && byAge !== total && !problems.age55plus) {
      problems.age55plus = `Les tranches d'âge font ${formatNumber(byAge)} personnes, l'effectif ${formatNumber(total)}.`;
    }
  }
  const headcount = total ?? knownHeadcount;
  if (values.equalityIndex !== undefined && headcount !== undefined && headcount < EQUALITY_INDEX_MIN_HEADCOUNT) {
    problems.equalityIndex = equalityIndexMessage(headcount);
  }
  return problems;
}

export function isEmptySet(values: IndicatorValues): boolean {
  return INDICATORS.every(({ key }) => values[key] === undefined);
}

/** The median of a list of numbers, to the tenth; null when empty. */
export function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** One company's sets: at entry, and the latest after it (the follow-up's, else the end's). */
export type CompanySets = { entry?: IndicatorValues; end?: IndicatorValues; followUp?: IndicatorValues };

export type MedianChange = { key: IndicatorKey; label: string; companies: number; change: number | null };

/**
 * Per indicator, the median over the companies of the change from entry to their latest set (follow-up,
 * else end), counting only the companies that gave the indicator at both.
 */
export function medianChanges(companies: readonly CompanySets[]): MedianChange[] {
  return INDICATORS.map(({ key, label }) => {
    const changes = companies.flatMap((company) => {
      const before = company.entry?.[key];
      const after = company.followUp?.[key] ?? company.end?.[key];
      return before === undefined || after === undefined ? [] : [after - before];
    });
    return { key, label, companies: changes.length, change: median(changes) };
  });
}

/** Why this stage's indicators may not be entered now; null when they may. */
export function stageProblem(stage: IndicatorStage, cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (participation === "WITHDRAWN") return "Cette entreprise est retirée du cluster : ses indicateurs ne se saisissent plus.";
  if (stage === "FOLLOW_UP")
    return cluster === "CLOSED" || cluster === "EVALUATED" ? null : "Les indicateurs du suivi se saisissent une fois le cluster clôturé.";
  if (cluster === "EVALUATED") return "Ce cluster est évalué : seuls les indicateurs du suivi se saisissent encore.";
  return null;
}
