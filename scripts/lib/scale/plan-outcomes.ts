import type { OutcomeKind, OutcomeStatus, Theme } from "@/generated/prisma/enums";
import { DOMAINS_BY_THEME, REMUNERATION } from "@/lib/outcomes/domains";
import { LARGE_COMPANY_HEADCOUNT } from "@/lib/outcomes/rules";
import { TODAY, isoDay, isoTime, yearOf } from "./calendar.ts";
import type { Gen } from "./context.ts";
import type { ClusterPlan } from "./plan-cluster.ts";
import type { ParticipationPlan } from "./plan-participations.ts";
import type { ScaleBatch } from "./rows.ts";

// What the companies achieved: an accord (negotiated, more often from 50 employees) or a plan d'action,
// signed and often deposited for the clusters of past years, still in preparation for the recent ones.

const OUTCOME_CHANCE = { COMPLETED: 0.65, ENROLLED: 0.4 } as const;
/** A cluster that ended less than six months ago: its companies are still finalising their texts. */
const RECENT_DAYS = 180;

const OLD_STATUSES: Record<OutcomeKind, readonly (readonly [OutcomeStatus, number])[]> = {
  ACCORD: [
    ["DEPOSITED", 60],
    ["SIGNED", 32],
    ["IN_PREPARATION", 8],
  ],
  PLAN_ACTION: [
    ["SIGNED", 65],
    ["DEPOSITED", 27],
    ["IN_PREPARATION", 8],
  ],
};
const RECENT_STATUSES: readonly (readonly [OutcomeStatus, number])[] = [
  ["IN_PREPARATION", 60],
  ["SIGNED", 28],
  ["DEPOSITED", 12],
];

export function planOutcomes(
  gen: Gen,
  cluster: ClusterPlan,
  participations: readonly ParticipationPlan[],
  batch: ScaleBatch,
) {
  if (!cluster.started) return;
  const { rng } = gen;
  for (const { row: participation, company } of participations) {
    const status = participation.status;
    if (status !== "COMPLETED" && status !== "ENROLLED") continue;
    if (!rng.chance(OUTCOME_CHANCE[status])) continue;

    const large = participation.headcountAtEntry >= 50;
    const kind: OutcomeKind = rng.chance(large ? 0.7 : 0.3) ? "ACCORD" : "PLAN_ACTION";
    const theme = rng.pick(cluster.row.themes);
    const recent = cluster.end > TODAY - RECENT_DAYS;
    let outcomeStatus = rng.weighted(recent ? RECENT_STATUSES : OLD_STATUSES[kind]);
    const signedDay = cluster.end - 45 + rng.int(0, 150);
    const depositedDay = signedDay + rng.int(7, 45);
    if (signedDay >= TODAY) outcomeStatus = "IN_PREPARATION";
    else if (outcomeStatus === "DEPOSITED" && depositedDay >= TODAY) outcomeStatus = "SIGNED";

    const signed = outcomeStatus !== "IN_PREPARATION";
    const deposited = outcomeStatus === "DEPOSITED";
    const createdDay = Math.min(cluster.start + rng.int(30, 120), TODAY - 1);
    const lastChange = deposited ? depositedDay : signed ? signedDay : createdDay;
    batch.Outcome.push({
      id: gen.ids.next("o"),
      aractId: participation.aractId,
      participationId: participation.id,
      kind,
      theme,
      status: outcomeStatus,
      signedAt: signed ? isoDay(signedDay) : null,
      depositedAt: deposited ? isoDay(depositedDay) : null,
      depositReference: deposited ? depositReference(gen, company.postalCode, depositedDay) : null,
      domains: !signed && rng.chance(0.4) ? [] : domains(gen, theme, participation.headcountAtEntry),
      createdAt: isoTime(createdDay, 10),
      updatedAt: isoTime(Math.max(lastChange, createdDay), 16),
    });
  }
}

/**
 * The domains of action retained. For égalité professionnelle, the legal minimum (art. R. 2242-2 du Code
 * du travail): three domains under 300 employees, four from 300, remuneration always among them.
 */
function domains({ rng }: Gen, theme: Theme, headcount: number): string[] {
  const codes = DOMAINS_BY_THEME[theme].map((domain) => domain.code);
  if (theme !== "EGALITE_PROFESSIONNELLE") return rng.sample(codes, rng.int(2, 4));
  const others = codes.filter((code) => code !== REMUNERATION);
  const minimum = headcount >= LARGE_COMPANY_HEADCOUNT ? 3 : 2;
  return [REMUNERATION, ...rng.sample(others, rng.int(minimum, minimum + 2))];
}

/** A TéléAccords-like reference: T, the département on three digits, the year, a serial number. */
function depositReference({ rng }: Gen, postalCode: string, day: number): string {
  const departement = postalCode.startsWith("97") ? postalCode.slice(0, 3) : `0${postalCode.slice(0, 2)}`;
  return `T${departement}${String(yearOf(day)).slice(2)}${String(rng.int(1, 99_999)).padStart(5, "0")}`;
}
