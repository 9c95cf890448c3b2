import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { pairWritableWhere } from "@/lib/auth/where";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import { Prisma } from "@/generated/prisma/client";
import { INDICATOR_KEYS } from "./fields";
import { IndicatorsInput } from "./schemas";
import { indicatorProblems, stageProblem } from "./rules";

// A company's indicators are entered by the Aract's staff and by the company's pair from its space, one
// stage at a time; a save names the version its form loaded, so of two saves of one version the second
// is refused and writes nothing.

const NOT_FOUND = "Cette entreprise";
const STALE =
  "Ces indicateurs ont été enregistrés par quelqu'un d'autre pendant que vous les saisissiez. Rechargez la page : rien n'a été enregistré.";

export async function saveIndicators(scope: Scope, input: z.output<typeof IndicatorsInput>) {
  if (isNational(scope)) throw new NotFoundError(NOT_FOUND);
  const aractId = scope.aractId;
  return scopedDb(scope).$transaction(async (tx) => {
    const reachable = pairWritableWhere(scope, input.participationId);
    if (!reachable) throw new NotFoundError(NOT_FOUND);
    const participation = await tx.participation.findFirst({
      where: reachable,
      select: { id: true, status: true, clusterId: true, headcountAtEntry: true, cluster: { select: { status: true } } },
    });
    if (!participation) throw new NotFoundError(NOT_FOUND);
    const problem = stageProblem(input.stage, participation.cluster.status, participation.status);
    if (problem) throw new AppError(problem);
    const [key, message] = Object.entries(indicatorProblems(input.values, participation.headcountAtEntry))[0] ?? [];
    if (key && message) throw fieldError(`values.${key}`, message);

    const values = Object.fromEntries(INDICATOR_KEYS.map((name) => [name, input.values[name] ?? null]));
    const data = { measuredOn: parseDay(input.measuredOn), source: input.source ?? null, ...values, updatedById: scope.userId };
    const where = { participationId_stage: { participationId: participation.id, stage: input.stage } };
    const before = await tx.companyIndicators.findUnique({ where });
    let id: string;
    if (input.version === 0) {
      if (before) throw new AppError(STALE);
      // Two first saves at once: the unique index keeps the first, the second is told to reload.
      const created = await tx.companyIndicators
        .create({ data: { aractId, participationId: participation.id, stage: input.stage, ...data }, select: { id: true } })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === "P2002") throw new AppError(STALE);
          throw error;
        });
      id = created.id;
    } else {
      const moved = await tx.companyIndicators.updateMany({
        where: { participationId: participation.id, stage: input.stage, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (moved.count === 0 || !before) throw new AppError(STALE);
      id = before.id;
    }
    const { measuredOn: _measuredOn, updatedById: _updatedById, ...rest } = data;
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId,
      action: before ? "indicators.updated" : "indicators.created",
      entityType: "CompanyIndicators",
      entityId: id,
      changes: {
        stage: input.stage,
        ...(changedFields<Record<string, unknown>>(
          before ? { ...before, measuredOn: before.measuredOn.toISOString().slice(0, 10) } : {},
          { ...rest, measuredOn: input.measuredOn },
        ) as Record<string, Prisma.InputJsonValue>),
      },
    });
    return { clusterId: participation.clusterId, participationId: participation.id };
  });
}
