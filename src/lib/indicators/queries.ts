import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { ownPairSeatWhere, participationWhere, writesOnCompanySide } from "@/lib/auth/where";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { ClusterStatus, IndicatorStage, ParticipationStatus } from "@/generated/prisma/enums";
import { INDICATOR_KEYS, type IndicatorKey, type IndicatorValues } from "./fields";
import { medianChanges, type CompanySets, type MedianChange } from "./rules";

// Reads of the company indicators: one company's sets side by side, a cluster's median changes.

const setSelect = {
  stage: true,
  measuredOn: true,
  source: true,
  version: true,
  updatedAt: true,
  headcount: true,
  women: true,
  men: true,
  under30: true,
  age30to44: true,
  age45to54: true,
  age55plus: true,
  absenteeismRate: true,
  turnoverRate: true,
  accidents: true,
  accidentFrequency: true,
  occupationalDiseases: true,
  partTimeWomen: true,
  partTimeMen: true,
  equalityIndex: true,
} satisfies Prisma.CompanyIndicatorsSelect & Record<IndicatorKey, true>;

type SetRow = Prisma.CompanyIndicatorsGetPayload<{ select: typeof setSelect }>;

export type IndicatorSet = { measuredOn: Date; source: string | null; version: number; updatedAt: Date; values: IndicatorValues };

function valuesOf(row: SetRow): IndicatorValues {
  return Object.fromEntries(INDICATOR_KEYS.flatMap((key) => (row[key] === null ? [] : [[key, row[key]]])));
}

const toSet = (row: SetRow): IndicatorSet => ({
  measuredOn: row.measuredOn,
  source: row.source,
  version: row.version,
  updatedAt: row.updatedAt,
  values: valuesOf(row),
});

export type CompanyIndicators = {
  participationId: string;
  companyName: string;
  headcountAtEntry: number;
  status: ParticipationStatus;
  cluster: { id: string; status: ClusterStatus };
  sets: Partial<Record<IndicatorStage, IndicatorSet>>;
  /** The caller enters them: the Aract's staff, or a member of the company's pair. */
  writable: boolean;
};

/** A company's indicators at each stage, within the caller's scope; null outside it. */
export async function getCompanyIndicators(scope: Scope, clusterId: string, participationId: string): Promise<CompanyIndicators | null> {
  const row = await scopedDb(scope).participation.findFirst({
    // AND, not a spread: a company member's where clause carries an `id` of its own.
    where: { AND: [{ id: participationId, clusterId }, participationWhere(scope)] },
    select: {
      id: true,
      status: true,
      headcountAtEntry: true,
      company: { select: { name: true } },
      cluster: { select: { id: true, status: true } },
      indicators: { select: setSelect },
      pairMembers: { where: ownPairSeatWhere(scope), select: { id: true } },
    },
  });
  if (!row) return null;
  const sets = row.indicators;
  return {
    participationId: row.id,
    companyName: row.company.name,
    headcountAtEntry: row.headcountAtEntry,
    status: row.status,
    cluster: row.cluster,
    sets: Object.fromEntries(sets.map((set) => [set.stage, toSet(set)])),
    writable: writesOnCompanySide(scope, "indicators:write", row.pairMembers.length),
  };
}

/** Per indicator, the median change of the cluster's companies still in it, from entry to their latest set. */
export async function listClusterIndicatorChanges(scope: Scope, clusterId: string): Promise<MedianChange[]> {
  const rows = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...ACTIVE_PARTICIPATION, ...participationWhere(scope) },
    select: { indicators: { select: setSelect } },
  });
  const companies = rows.map(({ indicators }): CompanySets => {
    const of = (stage: IndicatorStage) => {
      const set = indicators.find((row) => row.stage === stage);
      return set ? valuesOf(set) : undefined;
    };
    return { entry: of("ENTRY"), end: of("END"), followUp: of("FOLLOW_UP") };
  });
  return medianChanges(companies);
}
