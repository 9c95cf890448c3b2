import "server-only";
import { z } from "@/lib/forms/zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { scheduleFollowUps } from "@/lib/follow-ups/mutations";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import type { Prisma } from "@/generated/prisma/client";
import { ClusterInput, ChangeClusterStatusInput, UpdateClusterInput } from "./schemas";
import { transitionProblem } from "./rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";
import { moveParticipation } from "@/lib/participations/mutations";

/** The reason kept in the history of the journeys finished by the cluster's closing. */
const CLOSING_NOTE = "Clôture du cluster";

type Tx = Prisma.TransactionClient;
type ClusterFields = z.output<typeof ClusterInput>;

export const STALE_CLUSTER =
  "Ce cluster a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rechargez la page pour voir ses nouvelles valeurs : vos changements n'ont pas été enregistrés.";

/** The people put in charge must be staff of the same Aract; the programme national or the Aract's own. */
async function checkReferences(tx: Tx, scope: AractScope, input: ClusterFields) {
  const staff = await tx.membership.count({
    where: {
      aractId: scope.aractId,
      role: { in: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] },
      userId: { in: input.staffUserIds },
      user: { disabledAt: null },
    },
  });
  if (staff !== new Set(input.staffUserIds).size) {
    throw fieldError("staffUserIds", "Choisissez des chargé·es de mission de votre Aract.");
  }
  if (input.programmeId) {
    const programme = await tx.programme.findFirst({
      where: { id: input.programmeId, OR: [{ aractId: null }, { aractId: scope.aractId }] },
      select: { id: true },
    });
    if (!programme) throw fieldError("programmeId", "Ce programme n'existe pas.");
  }
  // A partner picked from the directory must be an entry of the Aract's own directory (archived ones
  // included: a cluster keeps the partners it already had).
  const picked = input.partners.flatMap((p, index) => (p.partnerId ? [{ id: p.partnerId, index }] : []));
  if (picked.length) {
    const own = new Set(
      (
        await tx.partner.findMany({
          where: { aractId: scope.aractId, id: { in: picked.map((p) => p.id) } },
          select: { id: true },
        })
      ).map((p) => p.id),
    );
    const errors = Object.fromEntries(
      picked
        .filter((p) => !own.has(p.id))
        .map((p) => [`partners.${p.index}.partnerId`, "Choisissez un partenaire de l'annuaire de votre Aract."]),
    );
    if (Object.keys(errors).length)
      throw new AppError("Un partenaire choisi n'est pas dans l'annuaire de votre Aract.", errors);
  }
}

function columns(input: ClusterFields) {
  return {
    name: input.name,
    description: input.description ?? null,
    programmeId: input.programmeId ?? null,
    themes: input.themes,
    kind: input.kind,
    territory: input.kind === "TERRITORIAL" ? (input.territory ?? null) : null,
    sector: input.kind === "SECTORAL" ? (input.sector ?? null) : null,
    startDate: parseDay(input.startDate),
    endDate: parseDay(input.endDate),
    plannedCollectiveSessions: input.plannedCollectiveSessions,
    plannedSupportDaysPerCompany: input.plannedSupportDaysPerCompany,
  };
}

const partnerColumns = (p: ClusterFields["partners"][number]) => ({
  partnerId: p.partnerId ?? null,
  name: p.name,
  kind: p.kind,
  role: p.role ?? null,
});

const funderRows = (aractId: string, clusterId: string, input: ClusterFields) =>
  input.funders.map((f) => ({
    aractId,
    clusterId,
    name: f.name,
    amountCents: f.amountEuros === undefined ? null : BigInt(Math.round(f.amountEuros * 100)),
  }));

export async function createCluster(scope: AractScope, input: ClusterFields): Promise<{ id: string }> {
  return scopedDb(scope).$transaction(async (tx) => {
    await checkReferences(tx, scope, input);
    const aractId = scope.aractId;
    const cluster = await tx.cluster.create({ data: { aractId, ...columns(input), status: "DRAFT" } });
    await tx.clusterStaff.createMany({
      data: input.staffUserIds.map((userId) => ({ aractId, clusterId: cluster.id, userId })),
    });
    await tx.clusterPartner.createMany({
      data: input.partners.map((p) => ({ aractId, clusterId: cluster.id, ...partnerColumns(p) })),
    });
    await tx.clusterFunder.createMany({ data: funderRows(aractId, cluster.id, input) });
    await tx.clusterStatusChange.create({
      data: { aractId, clusterId: cluster.id, toStatus: "DRAFT", changedById: scope.userId },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId,
      action: "cluster.created",
      entityType: "Cluster",
      entityId: cluster.id,
      changes: { name: input.name },
    });
    return { id: cluster.id };
  });
}

export async function updateCluster(
  scope: AractScope,
  { id, version, cluster: input }: z.output<typeof UpdateClusterInput>,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({
      where: { id, aractId: scope.aractId },
      include: { staff: true, partners: { include: { _count: { select: { supportDays: true } } } } },
    });
    if (!before) throw new NotFoundError("Ce cluster");
    await checkReferences(tx, scope, input);
    const next = columns(input);

    const outside = await tx.collectiveSession.count({
      where: {
        clusterId: id,
        cancelledAt: null,
        OR: [{ date: { lt: next.startDate } }, { date: { gt: next.endDate } }],
      },
    });
    if (outside > 0) {
      throw fieldError(
        "startDate",
        `${outside} séance(s) collective(s) tombent hors de cette période : déplacez-les d'abord.`,
      );
    }
    const updated = await tx.cluster.updateMany({
      where: { id, version },
      data: { ...next, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError(STALE_CLUSTER);

    await tx.clusterStaff.deleteMany({ where: { clusterId: id } });
    await tx.clusterStaff.createMany({
      data: input.staffUserIds.map((userId) => ({ aractId: scope.aractId, clusterId: id, userId })),
    });

    const kept = new Set(input.partners.flatMap((p) => (p.id ? [p.id] : [])));
    for (const partner of before.partners.filter((p) => !kept.has(p.id))) {
      if (partner._count.supportDays > 0) {
        throw fieldError("partners", `${partner.name} a délivré des appuis : ce partenaire ne peut pas être retiré.`);
      }
      await tx.clusterPartner.delete({ where: { id: partner.id } });
    }
    for (const partner of input.partners) {
      const data = partnerColumns(partner);
      if (partner.id && before.partners.some((p) => p.id === partner.id)) {
        await tx.clusterPartner.update({ where: { id: partner.id }, data });
      } else {
        await tx.clusterPartner.create({ data: { ...data, aractId: scope.aractId, clusterId: id } });
      }
    }
    await tx.clusterFunder.deleteMany({ where: { clusterId: id } });
    await tx.clusterFunder.createMany({ data: funderRows(scope.aractId, id, input) });

    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "cluster.updated",
      entityType: "Cluster",
      entityId: id,
      changes: changedFields(before as unknown as Record<string, unknown>, next) as Prisma.InputJsonValue,
    });
    return { id };
  });
}

export async function changeClusterStatus(
  scope: AractScope,
  { id, to, note, completeEnrolled }: z.output<typeof ChangeClusterStatusInput>,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    const cluster = await tx.cluster.findFirst({ where: { id, aractId: scope.aractId }, select: { status: true } });
    if (!cluster) throw new NotFoundError("Ce cluster");
    const [activeCompanies, evaluations] = await Promise.all([
      tx.participation.count({ where: { clusterId: id, ...ACTIVE_PARTICIPATION } }),
      tx.evaluation.count({ where: { clusterId: id, participationId: null } }),
    ]);
    const problem = transitionProblem(cluster.status, to, { activeCompanies, hasClusterEvaluation: evaluations > 0 });
    if (problem) throw new AppError(problem);
    // The status in the where clause: two people moving the cluster at once cannot both succeed.
    const moved = await tx.cluster.updateMany({
      where: { id, status: cluster.status },
      data: { status: to, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError(STALE_CLUSTER);
    await tx.clusterStatusChange.create({
      data: {
        aractId: scope.aractId,
        clusterId: id,
        fromStatus: cluster.status,
        toStatus: to,
        changedById: scope.userId,
        note: note ?? null,
      },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "cluster.status-changed",
      entityType: "Cluster",
      entityId: id,
      changes: { status: [cluster.status, to] },
    });
    const enrolled = completeEnrolled
      ? await tx.participation.findMany({ where: { clusterId: id, status: "ENROLLED" }, select: { id: true, status: true } })
      : [];
    for (const participation of enrolled) {
      await moveParticipation(tx, scope, participation, {
        to: "COMPLETED",
        note: CLOSING_NOTE,
        action: "participation.completed",
      });
    }
    // The follow-up of the companies still engaged, some months from today.
    if (to === "CLOSED") await scheduleFollowUps(tx, scope.aractId, id);
    return { status: to, completed: enrolled.length };
  });
}
