import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { pairWritableWhere } from "@/lib/auth/where";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay, toDay, todayInFrance } from "@/lib/dates/day";
import { outcomeDomainsProblem } from "@/lib/outcomes/rules";
import { insertOutcome, rewriteOutcome, STALE_OUTCOME } from "@/lib/outcomes/mutations";
import type { Prisma } from "@/generated/prisma/client";
import { FollowUpInput, NO_OUTCOME, RescheduleFollowUpInput } from "./schemas";
import { answerProblem, followUpDueOn, rescheduleProblem } from "./rules";

type Tx = Prisma.TransactionClient;

const NOT_FOUND = "Ce suivi";
const STALE =
  "Ce questionnaire a été enregistré par quelqu'un d'autre pendant que vous le remplissiez. Rechargez la page : rien n'a été enregistré.";

/**
 * At a cluster's closing, in its transaction: the follow-up of each company still engaged, due the
 * programme's months later (six without programme). A company already followed up keeps its own.
 */
export async function scheduleFollowUps(tx: Tx, aractId: string, clusterId: string, closedOn = todayInFrance()): Promise<number> {
  const cluster = await tx.cluster.findFirst({
    where: { id: clusterId, aractId },
    select: { programme: { select: { followUpMonths: true } }, participations: { where: { status: { in: ["ENROLLED", "COMPLETED"] } }, select: { id: true } } },
  });
  if (!cluster) return 0;
  const dueOn = followUpDueOn(closedOn, cluster.programme?.followUpMonths);
  const created = await tx.followUp.createMany({
    data: cluster.participations.map((p) => ({ aractId, participationId: p.id, closedOn: parseDay(closedOn), dueOn: parseDay(dueOn) })),
    skipDuplicates: true,
  });
  return created.count;
}

/**
 * The follow-up questionnaire, answered by the company's pair from its space or entered by the Aract's
 * staff (an interview by phone), on the version its form loaded. Its outcomes update the company's: the
 * accord signed after the cluster ended, the plan that replaced an accord not reached.
 */
export async function saveFollowUp(scope: Scope, input: z.output<typeof FollowUpInput>, now = new Date()) {
  if (isNational(scope)) throw new NotFoundError(NOT_FOUND);
  const aractId = scope.aractId;
  const actor = { userId: scope.userId, aractId };
  return scopedDb(scope).$transaction(async (tx) => {
    const found = await tx.followUp.findFirst({
      where: { id: input.followUpId, aractId },
      select: { participationId: true },
    });
    const reachable = found && pairWritableWhere(scope, found.participationId);
    if (!found || !reachable) throw new NotFoundError(NOT_FOUND);
    const participation = await tx.participation.findFirst({
      where: reachable,
      select: {
        id: true,
        status: true,
        clusterId: true,
        headcountAtEntry: true,
        cluster: { select: { themes: true } },
        outcomes: true,
        followUp: true,
      },
    });
    const before = participation?.followUp;
    if (!participation || !before) throw new NotFoundError(NOT_FOUND);
    if (participation.status === "WITHDRAWN") throw new AppError("Cette entreprise s'est retirée du cluster : elle n'a pas de suivi.");
    const closed = answerProblem(toDay(before.dueOn), todayInFrance(now));
    if (closed) throw new AppError(closed);

    const themes = new Set<string>();
    for (const [index, block] of input.outcomes.entries()) {
      if (!participation.cluster.themes.includes(block.theme) || themes.has(block.theme)) {
        throw fieldError(`outcomes.${index}.status`, "Un résultat par thème du cluster.");
      }
      themes.add(block.theme);
      const existing = participation.outcomes.find((o) => o.theme === block.theme);
      // Recorded or removed meanwhile: the form no longer says what the company has.
      if ((existing?.id ?? undefined) !== block.outcomeId) throw new AppError(STALE_OUTCOME);
      if (block.status === NO_OUTCOME) continue;
      const values = { ...block, status: block.status };
      const problem = outcomeDomainsProblem(block.theme, values.status, values.domains, participation.headcountAtEntry);
      if (problem?.blocking) throw fieldError(`outcomes.${index}.domains`, problem.message);
      if (!existing) await insertOutcome(tx, actor, { participationId: participation.id, theme: block.theme, values });
      else await rewriteOutcome(tx, actor, existing as unknown as Record<string, unknown> & { id: string }, block.outcomeVersion ?? 0, values);
    }

    const answers = { actionsCarriedOut: input.actionsCarriedOut, changes: input.changes, satisfaction: input.satisfaction };
    const moved = await tx.followUp.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...answers, submittedAt: before.submittedAt ?? now, submittedById: before.submittedById ?? scope.userId, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError(STALE);
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId,
      action: before.submittedAt ? "follow-up.updated" : "follow-up.answered",
      entityType: "FollowUp",
      entityId: before.id,
      // The free texts are the company's words: the trail says which changed, not what they say.
      changes: Object.fromEntries(
        Object.entries(changedFields<Record<string, unknown>>(before, answers)).map(([field, change]) => [
          field,
          field === "satisfaction" ? change : "modifié",
        ]),
      ) as Prisma.InputJsonValue,
    });
    return { clusterId: participation.clusterId, participationId: participation.id };
  });
}

/** The chargé·e de mission opens a company's questionnaire on another day, while its e-mail has not gone. */
export async function rescheduleFollowUp(scope: AractScope, input: z.output<typeof RescheduleFollowUpInput>, now = new Date()) {
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.followUp.findFirst({
      where: { id: input.followUpId, aractId: scope.aractId },
      select: { id: true, closedOn: true, dueOn: true, submittedAt: true, participation: { select: { clusterId: true } }, _count: { select: { messages: true } } },
    });
    if (!before) throw new NotFoundError(NOT_FOUND);
    const facts = { closedOn: toDay(before.closedOn), sent: before._count.messages > 0, answered: before.submittedAt !== null };
    const problem = rescheduleProblem(facts, input.dueOn, todayInFrance(now));
    if (problem) throw fieldError("dueOn", problem);
    // Conditioned on the state read: an e-mail that went meanwhile keeps the day it went for.
    const moved = await tx.followUp.updateMany({
      where: { id: before.id, submittedAt: null, messages: { none: {} } },
      data: { dueOn: parseDay(input.dueOn), version: { increment: 1 } },
    });
    if (moved.count === 0) throw fieldError("dueOn", "Le questionnaire a déjà été envoyé au binôme : sa date ne change plus.");
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "follow-up.rescheduled",
      entityType: "FollowUp",
      entityId: before.id,
      changes: { dueOn: [toDay(before.dueOn), input.dueOn] },
    });
    return { clusterId: before.participation.clusterId };
  });
}
