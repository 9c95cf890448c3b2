import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay, todayInFrance, toDay } from "@/lib/dates/day";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import { DeleteSupportDayInput, SupportDayInput, UpdateSupportDayInput } from "./schemas";
import { supportDateProblem } from "./rules";

type Tx = Prisma.TransactionClient;
type SupportDayFields = z.output<typeof SupportDayInput>;

export const CLUSTER_EVALUATED = "Ce cluster est évalué : ses appuis individuels ne peuvent plus être modifiés.";

/** The cluster within the Aract and still open; the company, the date and the deliverer checked against it. */
async function checkSupportDay(tx: Tx, scope: AractScope, input: SupportDayFields) {
  const cluster = await tx.cluster.findFirst({
    where: { id: input.clusterId, aractId: scope.aractId },
    select: { id: true, status: true, startDate: true, endDate: true },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError(CLUSTER_EVALUATED);

  const participation = await tx.participation.findFirst({
    where: { id: input.participationId, clusterId: cluster.id, aractId: scope.aractId },
    select: { id: true },
  });
  if (!participation) throw fieldError("participationId", "Choisissez une entreprise de ce cluster.");

  const dateProblem = supportDateProblem(input.date, input.kind, {
    startDate: toDay(cluster.startDate),
    endDate: toDay(cluster.endDate),
    today: todayInFrance(),
  });
  if (dateProblem) throw fieldError("date", dateProblem);

  if (input.deliveredBy === "PARTNER") {
    const partner = await tx.clusterPartner.findFirst({
      where: { id: input.partnerId, clusterId: cluster.id, aractId: scope.aractId },
      select: { id: true },
    });
    if (!partner) throw fieldError("partnerId", "Choisissez un partenaire de ce cluster.");
  } else {
    const staff = await tx.membership.findFirst({
      where: {
        userId: input.deliveredByUserId,
        aractId: scope.aractId,
        role: { in: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] },
      },
      select: { id: true },
    });
    if (!staff) throw fieldError("deliveredByUserId", "Choisissez une personne de votre Aract.");
  }
}

function columns(input: SupportDayFields) {
  const byPartner = input.deliveredBy === "PARTNER";
  return {
    participationId: input.participationId,
    date: parseDay(input.date),
    durationDays: input.durationDays,
    kind: input.kind,
    deliveredByUserId: byPartner ? null : (input.deliveredByUserId ?? null),
    partnerId: byPartner ? (input.partnerId ?? null) : null,
    notes: input.notes ?? null,
  };
}

/** What the audit trail keeps of a support day: no notes (they may name people). */
const summary = (row: ReturnType<typeof columns>) => ({
  participationId: row.participationId,
  date: toDay(row.date),
  durationDays: row.durationDays,
  kind: row.kind,
  deliveredByUserId: row.deliveredByUserId,
  partnerId: row.partnerId,
});

export async function createSupportDay(scope: AractScope, input: SupportDayFields): Promise<{ id: string }> {
  return scopedDb(scope).$transaction(async (tx) => {
    await checkSupportDay(tx, scope, input);
    const data = columns(input);
    const row = await tx.supportDay.create({
      data: { ...data, aractId: scope.aractId, clusterId: input.clusterId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "support-day.created",
      entityType: "SupportDay",
      entityId: row.id,
      changes: summary(data),
    });
    return { id: row.id };
  });
}

export async function updateSupportDay(
  scope: AractScope,
  { id, supportDay: input }: z.output<typeof UpdateSupportDayInput>,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.supportDay.findFirst({ where: { id, clusterId: input.clusterId, aractId: scope.aractId } });
    if (!before) throw new NotFoundError("Cet appui");
    await checkSupportDay(tx, scope, input);
    const data = columns(input);
    await tx.supportDay.update({ where: { id }, data });
    const { notes: _notes, ...audited } = data;
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "support-day.updated",
      entityType: "SupportDay",
      entityId: id,
      changes: {
        ...changedFields(before as unknown as Record<string, unknown>, audited),
        ...(before.notes !== data.notes ? { notes: "modifiées" } : {}),
      } as Prisma.InputJsonValue,
    });
    return { id };
  });
}

export async function deleteSupportDay(scope: AractScope, { id }: z.output<typeof DeleteSupportDayInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const row = await tx.supportDay.findFirst({
      where: { id, aractId: scope.aractId },
      select: {
        clusterId: true,
        participationId: true,
        date: true,
        durationDays: true,
        kind: true,
        deliveredByUserId: true,
        partnerId: true,
        cluster: { select: { status: true } },
      },
    });
    if (!row) throw new NotFoundError("Cet appui");
    if (!isOpen(row.cluster.status)) throw new AppError(CLUSTER_EVALUATED);
    await tx.supportDay.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "support-day.deleted",
      entityType: "SupportDay",
      entityId: id,
      changes: {
        participationId: row.participationId,
        date: toDay(row.date),
        durationDays: Number(row.durationDays),
        kind: row.kind,
        deliveredByUserId: row.deliveredByUserId,
        partnerId: row.partnerId,
      },
    });
    return { clusterId: row.clusterId };
  });
}
