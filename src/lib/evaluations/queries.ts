import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import type { ClusterStatus, ParticipationStatus } from "@/generated/prisma/enums";
import type { EvaluationInput } from "./schemas";

export type EvaluationView = { whatWasDone: string; satisfaction: number | null; results: string; updatedAt: Date };

export type EvaluationOverview = {
  status: ClusterStatus;
  cluster: EvaluationView | null;
  companies: {
    participationId: string;
    name: string;
    status: ParticipationStatus;
    evaluation: EvaluationView | null;
  }[];
};

const evaluationSelect = { whatWasDone: true, satisfaction: true, results: true, updatedAt: true } as const;

/** The cluster's own evaluation and each company's; null outside the scope. */
export async function getEvaluationOverview(scope: Scope, clusterId: string): Promise<EvaluationOverview | null> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      status: true,
      evaluations: {
        where: { participationId: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: evaluationSelect,
      },
      participations: {
        where: participationWhere(scope),
        orderBy: { company: { name: "asc" } },
        select: {
          id: true,
          status: true,
          company: { select: { name: true } },
          evaluations: { take: 1, select: evaluationSelect },
        },
      },
    },
  });
  if (!cluster) return null;
  return {
    status: cluster.status,
    cluster: cluster.evaluations[0] ?? null,
    companies: cluster.participations.map((p) => ({
      participationId: p.id,
      name: p.company.name,
      status: p.status,
      evaluation: p.evaluations[0] ?? null,
    })),
  };
}

/** A company's evaluation form (empty when it has none yet); null when the company is outside the scope. */
export async function getCompanyEvaluationForEdit(
  scope: Scope,
  clusterId: string,
  participationId: string,
): Promise<{ companyName: string; values: EvaluationInput } | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  const participation = await scopedDb(scope).participation.findFirst({
    where: { id: participationId, clusterId, aractId: scope.aractId },
    select: { company: { select: { name: true } }, evaluations: { take: 1, select: evaluationSelect } },
  });
  if (!participation) return null;
  const evaluation = participation.evaluations[0];
  return {
    companyName: participation.company.name,
    values: {
      clusterId,
      participationId,
      whatWasDone: evaluation?.whatWasDone ?? "",
      satisfaction: evaluation?.satisfaction
        ? (String(evaluation.satisfaction) as EvaluationInput["satisfaction"])
        : null,
      results: evaluation?.results ?? "",
    },
  };
}
