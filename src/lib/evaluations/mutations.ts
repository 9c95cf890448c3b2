import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { EvaluationInput, canBeEvaluated } from "./schemas";

export const NOT_STARTED = "L'évaluation s'enregistre une fois le cluster démarré.";
export const CLUSTER_EVALUATED = "Ce cluster est évalué : ses évaluations ne peuvent plus être modifiées.";

/**
 * Saves the evaluation of one company, or the cluster's own when no company is given: created the first
 * time, updated afterwards. The unique index (clusterId, participationId) cannot hold the cluster's row
 * (PostgreSQL treats NULLs as distinct), so the cluster row is locked first: saves of one cluster's
 * evaluations, and its move to "evaluated", run one after the other and find the row the other wrote.
 */
export async function saveEvaluation(scope: AractScope, input: z.output<typeof EvaluationInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const [cluster] = await tx.$queryRaw<{ id: string; status: ClusterStatus }[]>`
      SELECT id, status FROM "Cluster" WHERE id = ${input.clusterId} AND "aractId" = ${scope.aractId} FOR UPDATE`;
    if (!cluster) throw new NotFoundError("Ce cluster");
    if (cluster.status === "EVALUATED") throw new AppError(CLUSTER_EVALUATED);
    if (!canBeEvaluated(cluster.status)) throw new AppError(NOT_STARTED);

    const participationId = input.participationId ?? null;
    if (participationId) {
      const participation = await tx.participation.findFirst({
        where: { id: participationId, clusterId: cluster.id, aractId: scope.aractId },
        select: { id: true },
      });
      if (!participation) throw fieldError("participationId", "Choisissez une entreprise de ce cluster.");
    }

    const data = { whatWasDone: input.whatWasDone, satisfaction: input.satisfaction, results: input.results };
    const before = await tx.evaluation.findFirst({ where: { clusterId: cluster.id, participationId } });
    const row = before
      ? await tx.evaluation.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.evaluation.create({
          data: { ...data, aractId: scope.aractId, clusterId: cluster.id, participationId },
          select: { id: true },
        });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: before ? "evaluation.updated" : "evaluation.created",
      entityType: "Evaluation",
      entityId: row.id,
      changes: (before
        ? changedFields(before as unknown as Record<string, unknown>, data)
        : { participationId, satisfaction: data.satisfaction }) as Prisma.InputJsonValue,
    });
    return { id: row.id, created: !before };
  });
}
