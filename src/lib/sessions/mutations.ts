import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay, toDay } from "@/lib/dates/day";
import { formatDate, formatWeekdayDate } from "@/lib/format/fr";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import {
  CancelSessionInput,
  CreateSessionInput,
  RecordAttendanceInput,
  SessionInput,
  UpdateSessionInput,
} from "./schemas";
import { isWithinPeriod, occupiedHalves, slotText } from "./rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

type Tx = Prisma.TransactionClient;

export const CLUSTER_EVALUATED = "Ce cluster est évalué : ses séances et ses présences ne peuvent plus être modifiées.";
export const SESSION_CANCELLED = "Cette séance est annulée : elle ne peut plus être modifiée ni recevoir de présences.";

/**
 * The cluster, locked for the rest of the transaction: two people planning the same half-day at once
 * wait for each other, so the duplicate check below cannot be passed by both.
 */
async function lockOpenCluster(tx: Tx, scope: AractScope, clusterId: string) {
  await tx.$queryRaw`SELECT id FROM "Cluster" WHERE id = ${clusterId} AND "aractId" = ${scope.aractId} FOR UPDATE`;
  const cluster = await tx.cluster.findFirst({
    where: { id: clusterId, aractId: scope.aractId },
    select: { id: true, status: true, startDate: true, endDate: true },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError(CLUSTER_EVALUATED);
  return cluster;
}

/** The checks only the database can make: the day within the cluster's period, its half-days still free. */
async function checkSlot(
  tx: Tx,
  cluster: { id: string; startDate: Date; endDate: Date },
  input: z.output<typeof SessionInput>,
  sessionId?: string,
) {
  if (!isWithinPeriod(input.date, toDay(cluster.startDate), toDay(cluster.endDate))) {
    throw fieldError(
      "date",
      `Choisissez une date dans la période du cluster, du ${formatDate(cluster.startDate)} au ${formatDate(cluster.endDate)}.`,
    );
  }
  // A cancelled session frees its half-days; two sessions of a cluster never share one.
  const sameDay = await tx.collectiveSession.findMany({
    where: { clusterId: cluster.id, date: parseDay(input.date), cancelledAt: null, id: sessionId ? { not: sessionId } : undefined },
    select: { title: true, slot: true, startTime: true, endTime: true },
  });
  const wanted = occupiedHalves(input);
  const taken = sameDay.find((other) => occupiedHalves(other).some((half) => wanted.includes(half)));
  if (taken) {
    const when = `${formatWeekdayDate(parseDay(input.date))} (${slotText(taken)})`;
    throw fieldError("date", `Une séance est déjà planifiée le ${when} : « ${taken.title} ».`);
  }
}

const columns = (input: z.output<typeof SessionInput>) => ({
  title: input.title,
  date: parseDay(input.date),
  slot: input.slot,
  startTime: input.slot === "TIMED" ? (input.startTime ?? null) : null,
  endTime: input.slot === "TIMED" ? (input.endTime ?? null) : null,
  place: input.place,
  videoUrl: input.videoUrl ?? null,
  agenda: input.agenda ?? null,
});

export async function createSession(scope: AractScope, input: z.output<typeof CreateSessionInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const cluster = await lockOpenCluster(tx, scope, input.clusterId);
    await checkSlot(tx, cluster, input);
    const session = await tx.collectiveSession.create({
      data: { aractId: scope.aractId, clusterId: cluster.id, ...columns(input) },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "session.created",
      entityType: "CollectiveSession",
      entityId: session.id,
      changes: { clusterId: cluster.id, title: input.title, date: input.date, slot: input.slot },
    });
    return { id: session.id, clusterId: cluster.id };
  });
}

/** A session of the caller's Aract that may still change. */
async function findOpenSession(tx: Tx, scope: AractScope, id: string) {
  const session = await tx.collectiveSession.findFirst({ where: { id, aractId: scope.aractId } });
  if (!session) throw new NotFoundError("Cette séance");
  const cluster = await lockOpenCluster(tx, scope, session.clusterId);
  if (session.cancelledAt) throw new AppError(SESSION_CANCELLED);
  return { session, cluster };
}

export async function updateSession(scope: AractScope, { id, ...input }: z.output<typeof UpdateSessionInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const { session, cluster } = await findOpenSession(tx, scope, id);
    await checkSlot(tx, cluster, input, id);
    const next = columns(input);
    await tx.collectiveSession.update({ where: { id }, data: next });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "session.updated",
      entityType: "CollectiveSession",
      entityId: id,
      changes: changedFields(session as unknown as Record<string, unknown>, next) as Prisma.InputJsonValue,
    });
    return { id, clusterId: cluster.id };
  });
}

/** Cancelling keeps the session (struck through in the list, left out of rates and calendars). */
export async function cancelSession(scope: AractScope, { id }: z.output<typeof CancelSessionInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const { session, cluster } = await findOpenSession(tx, scope, id);
    const cancelledAt = new Date();
    await tx.collectiveSession.update({ where: { id }, data: { cancelledAt } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "session.cancelled",
      entityType: "CollectiveSession",
      entityId: id,
      changes: {
        cancelledAt: [null, cancelledAt.toISOString()],
        title: session.title,
        date: toDay(session.date),
        slot: session.slot,
      },
    });
    return { id, clusterId: cluster.id };
  });
}

export const UNEXPECTED_PERSON =
  "Une des personnes de la feuille n'est pas attendue à cette séance (elle ne siège dans aucun binôme actif du cluster) : rien n'a été enregistré. Rechargez la page.";

/**
 * Records the attendance of one session in one go. Only the active pair members of the companies still in
 * the cluster may appear; anyone else (another company's, another cluster's, an unknown id) refuses the whole
 * sheet. People left blank keep what was recorded for them before.
 */
export async function recordAttendance(scope: AractScope, input: z.output<typeof RecordAttendanceInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const { session } = await findOpenSession(tx, scope, input.sessionId);
    const seats = await tx.pairMember.findMany({
      where: {
        aractId: scope.aractId,
        endedAt: null,
        person: { erasedAt: null },
        participation: { clusterId: session.clusterId, ...ACTIVE_PARTICIPATION },
      },
      select: { personId: true, participationId: true },
    });
    const participationOf = new Map(seats.map((s) => [s.personId, s.participationId]));
    const answers = Object.entries(input.statuses).flatMap(([personId, status]) =>
      status ? [{ personId, status }] : [],
    );
    if (answers.some((a) => !participationOf.has(a.personId))) throw new AppError(UNEXPECTED_PERSON);

    const before = new Map(
      (
        await tx.attendance.findMany({ where: { sessionId: session.id }, select: { personId: true, status: true } })
      ).map((a) => [a.personId, a.status]),
    );
    const changes: Record<string, [AttendanceStatus | null, AttendanceStatus]> = {};
    for (const { personId, status } of answers) {
      if (before.get(personId) === status) continue;
      const participationId = participationOf.get(personId) ?? null;
      await tx.attendance.upsert({
        where: { sessionId_personId: { sessionId: session.id, personId } },
        create: { aractId: scope.aractId, sessionId: session.id, personId, participationId, status },
        update: { status, participationId },
      });
      changes[personId] = [before.get(personId) ?? null, status];
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "session.attendance-recorded",
        entityType: "CollectiveSession",
        entityId: session.id,
        changes,
      });
    }
    return { id: session.id, clusterId: session.clusterId, changed: Object.keys(changes).length };
  });
}
