import type { ParticipationStatus, SupportKind } from "@/generated/prisma/enums";
import { parseDay } from "@/lib/dates/day";
import { formatDate, formatDays } from "@/lib/format/fr";

// Support days are counted in half-day units: 0.5 + 1 + 1.5 in floating point is exact, but sums of
// Decimal(3,1) values read from the database and multiplied by company counts need not be. Integers are.

export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  PRE_DIAGNOSTIC: "Pré-diagnostic",
  DIAGNOSTIC: "Diagnostic",
  ACTION_PLAN: "Appui au plan d'actions",
  STEERING_COMMITTEE: "Comité de pilotage",
  OTHER: "Autre",
};

/** A support entry lasts a half-day at least and five days at most (a longer block is logged in parts). */
export const MIN_DURATION_DAYS = 0.5;
export const MAX_DURATION_DAYS = 5;

/** Days (0.5, 1, 2.5…) → half-days (1, 2, 5…). */
export function toHalfDays(days: number): number {
  return Math.round(days * 2);
}

export function fromHalfDays(halfDays: number): number {
  return halfDays / 2;
}


/** "0,5 jour", "1,5 jour", "2 jours": in French the plural starts at two. */

export type CompanySupport = {
  plannedHalfDays: number;
  deliveredHalfDays: number;
  /** Half-days beyond the plan; 0 when within it. */
  overHalfDays: number;
  /** Half-days still to deliver; 0 when the plan is reached. */
  remainingHalfDays: number;
  /** Delivered / planned, rounded to the percent; null when nothing was planned. */
  percent: number | null;
};

function progress(plannedHalfDays: number, deliveredHalfDays: number): CompanySupport {
  return {
    plannedHalfDays,
    deliveredHalfDays,
    overHalfDays: Math.max(0, deliveredHalfDays - plannedHalfDays),
    remainingHalfDays: Math.max(0, plannedHalfDays - deliveredHalfDays),
    percent: plannedHalfDays > 0 ? Math.round((deliveredHalfDays / plannedHalfDays) * 100) : null,
  };
}

/** Planned versus delivered for one company: the cluster's plan per company against the sum of its days. */
export function companySupport(plannedDaysPerCompany: number, deliveredDays: readonly number[]): CompanySupport {
  const delivered = deliveredDays.reduce((sum, days) => sum + toHalfDays(days), 0);
  return progress(toHalfDays(plannedDaysPerCompany), delivered);
}

export type ClusterSupport = CompanySupport & { activeCompanies: number; companiesOverPlan: number };

/**
 * Planned versus delivered for the cluster. A withdrawn company leaves the plan (nothing more will be
 * delivered to it, so it would otherwise show as a shortfall), but the days it did receive stay in
 * "delivered": they were worked, and the funders pay for them.
 */
export function clusterSupport(
  plannedDaysPerCompany: number,
  companies: readonly { status: ParticipationStatus; deliveredDays: readonly number[] }[],
): ClusterSupport {
  const active = companies.filter((c) => c.status !== "WITHDRAWN");
  const perCompany = companies.map((c) => ({
    status: c.status,
    ...companySupport(plannedDaysPerCompany, c.deliveredDays),
  }));
  const delivered = perCompany.reduce((sum, c) => sum + c.deliveredHalfDays, 0);
  return {
    ...progress(toHalfDays(plannedDaysPerCompany) * active.length, delivered),
    activeCompanies: active.length,
    companiesOverPlan: perCompany.filter((c) => c.status !== "WITHDRAWN" && c.overHalfDays > 0).length,
  };
}

/** "1,5 jour au-delà du prévu"; null when the company is within its plan. */
export function overPlanWarning(support: CompanySupport): string | null {
  return support.overHalfDays > 0 ? `${formatDays(fromHalfDays(support.overHalfDays))} au-delà du prévu` : null;
}

export type SupportPeriod = { startDate: string; endDate: string; today: string };

/**
 * Why a support day's date is refused; null when it is fine. A day is logged once delivered (never in the
 * future) and within the cluster's period, except the pre-diagnostic: the Aract runs it during recruitment,
 * before the cluster starts (Île-de-France QVT cluster), so only its end bounds it.
 */
export function supportDateProblem(date: string, kind: SupportKind, period: SupportPeriod): string | null {
  if (date > period.endDate) {
    return `La date doit tomber dans la période du cluster, qui se termine le ${formatDate(parseDay(period.endDate))}.`;
  }
  if (date < period.startDate && kind !== "PRE_DIAGNOSTIC") {
    const start = formatDate(parseDay(period.startDate));
    return `La date doit tomber dans la période du cluster, qui commence le ${start} (seul un pré-diagnostic peut la précéder).`;
  }
  if (date > period.today) return "Un appui s'enregistre une fois délivré : la date ne peut pas être dans le futur.";
  return null;
}

/** The hint next to the date field: the days a support day may fall on today. */
export function supportPeriodHint(period: SupportPeriod): string {
  const last = period.endDate < period.today ? period.endDate : period.today;
  return `Entre le ${formatDate(parseDay(period.startDate))} et le ${formatDate(parseDay(last))} ; un pré-diagnostic peut précéder le début du cluster.`;
}
