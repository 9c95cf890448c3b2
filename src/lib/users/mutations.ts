import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { createInvitationLink, INVITATION_MAX_AGE_SECONDS } from "@/lib/auth/mutations";
import { enqueueEmail } from "@/lib/email/mutations";
import type { AractScope } from "@/lib/actions/server";
import type { Prisma } from "@/generated/prisma/client";
import type { StaffRole } from "@/generated/prisma/enums";
import { staffInvitationEmail } from "./invitation-email";
import { openClustersInCharge } from "./queries";
import type { ChangeRoleInput, DeactivateStaffInput, InviteStaffInput, UserIdInput } from "./schemas";

type Tx = Prisma.TransactionClient;
type Actor = { userId: string; name: string };

export type StaffInvite = { aractId: string; email: string; name: string; role: "ARACT_ADMIN" | "CHARGE_DE_MISSION" };

const ALREADY_STAFF = "Cette adresse appartient déjà à l'équipe d'une autre Aract ou à l'équipe nationale.";

/**
 * Gives a person a role in an Aract and e-mails them a single-use sign-in link valid 7 days. The account is
 * created at the first invitation (a pair member's account is reused). The e-mail leaves last, inside the
 * transaction: a failed sending records nothing.
 */
export async function inviteToAract(tx: Tx, actor: Actor, invite: StaffInvite): Promise<{ userId: string }> {
  const aract = await tx.aract.findUnique({
    where: { id: invite.aractId },
    select: { name: true, deactivatedAt: true },
  });
  if (!aract) throw new NotFoundError("Cette Aract");
  if (aract.deactivatedAt) throw new AppError("Cette Aract est désactivée : réactivez-la avant d'y inviter quelqu'un.");
  const existing = await tx.user.findUnique({
    where: { email: invite.email },
    select: { id: true, disabledAt: true, erasedAt: true, memberships: { select: { aractId: true } } },
  });
  if (existing?.erasedAt)
    throw fieldError("email", "Cette adresse appartient à une personne supprimée : elle ne peut plus être invitée.");
  if (existing?.memberships.some((m) => m.aractId === invite.aractId)) {
    throw fieldError("email", "Cette personne fait déjà partie de l'équipe : changez son rôle depuis sa fiche.");
  }
  if (existing?.memberships.length) throw fieldError("email", ALREADY_STAFF);
  if (existing?.disabledAt) throw fieldError("email", "Le compte de cette adresse est désactivé.");
  const user =
    existing ?? (await tx.user.create({ data: { email: invite.email, name: invite.name }, select: { id: true } }));
  await tx.membership.create({ data: { userId: user.id, aractId: invite.aractId, role: invite.role } });
  await recordAudit(tx, {
    actorId: actor.userId,
    aractId: invite.aractId,
    action: "user.invited",
    entityType: "User",
    entityId: user.id,
    changes: { role: invite.role, newAccount: !existing },
  });
  await sendInvitation(tx, actor, { ...invite, aractName: aract.name });
  return { userId: user.id };
}

async function sendInvitation(
  tx: Tx,
  actor: Actor,
  invite: { email: string; name: string; role: StaffRole; aractName: string },
) {
  const link = await createInvitationLink(invite.email);
  await enqueueEmail(
    staffInvitationEmail({
      to: invite.email,
      name: invite.name,
      role: invite.role,
      aractName: invite.aractName,
      invitedBy: actor.name,
      link,
      expires: new Date(Date.now() + INVITATION_MAX_AGE_SECONDS * 1000),
    }),
    tx,
  );
}

const actorOf = (scope: AractScope): Actor => ({ userId: scope.userId, name: scope.name });

export async function inviteStaffMember(scope: AractScope, input: z.output<typeof InviteStaffInput>) {
  return scopedDb(scope).$transaction((tx) => inviteToAract(tx, actorOf(scope), { ...input, aractId: scope.aractId }));
}

/** A staff member of the caller's Aract, with their role there. */
async function findStaff(tx: Tx, scope: AractScope, userId: string) {
  const user = await tx.user.findFirst({
    where: { id: userId, memberships: { some: { aractId: scope.aractId } } },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      lastSignInAt: true,
      memberships: { where: { aractId: scope.aractId }, select: { id: true, role: true } },
    },
  });
  if (!user) throw new NotFoundError("Cette personne");
  const [membership] = user.memberships;
  if (!membership) throw new NotFoundError("Cette personne");
  return { ...user, role: membership.role };
}

/** An Aract keeps at least one active administrator: nobody else could manage its team. */
async function assertAnotherAdmin(tx: Tx, aractId: string, userId: string, message: string) {
  const others = await tx.membership.count({
    where: { aractId, role: "ARACT_ADMIN", userId: { not: userId }, user: { disabledAt: null } },
  });
  if (others === 0) throw new AppError(message);
}

export async function resendStaffInvitation(scope: AractScope, { userId }: z.output<typeof UserIdInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const user = await findStaff(tx, scope, userId);
    if (user.disabledAt) throw new AppError("Cette personne est désactivée : réactivez-la d'abord.");
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "user.invitation-resent",
      entityType: "User",
      entityId: user.id,
    });
    await sendInvitation(tx, actorOf(scope), {
      email: user.email,
      name: user.name ?? user.email,
      role: user.role,
      aractName: scope.aractName,
    });
    return null;
  });
}

export async function changeStaffRole(scope: AractScope, { userId, role }: z.output<typeof ChangeRoleInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const user = await findStaff(tx, scope, userId);
    if (user.role === role) return null;
    if (user.role === "ARACT_ADMIN") {
      await assertAnotherAdmin(
        tx,
        scope.aractId,
        userId,
        "L'Aract garde au moins un·e administrateur·rice actif·ve : nommez-en un·e autre d'abord.",
      );
    }
    await tx.membership.deleteMany({ where: { userId, aractId: scope.aractId } });
    await tx.membership.create({ data: { userId, aractId: scope.aractId, role } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "user.role-changed",
      entityType: "User",
      entityId: userId,
      changes: { role: [user.role, role] },
    });
    return null;
  });
}

/**
 * Deactivates a staff member: every cluster they were in charge of is handed to an active colleague first
 * (in the same transaction), then their sessions end at once and they can no longer sign in.
 */
export async function deactivateStaff(scope: AractScope, { userId, handovers }: z.output<typeof DeactivateStaffInput>) {
  if (userId === scope.userId) throw new AppError("Vous ne pouvez pas désactiver votre propre compte.");
  return scopedDb(scope).$transaction(async (tx) => {
    const user = await findStaff(tx, scope, userId);
    if (user.disabledAt) return null;
    if (user.role === "ARACT_ADMIN") {
      await assertAnotherAdmin(tx, scope.aractId, userId, "L'Aract garde au moins un·e administrateur·rice actif·ve.");
    }
    const clusters = await openClustersInCharge(scope, userId, tx);
    const colleagues = new Set(
      (
        await tx.membership.findMany({
          where: { aractId: scope.aractId, userId: { not: userId }, user: { disabledAt: null } },
          select: { userId: true },
        })
      ).map((m) => m.userId),
    );
    const errors: Record<string, string> = {};
    const handoverOf = new Map(handovers.map((h, index) => [h.clusterId, { ...h, index }]));
    for (const cluster of clusters) {
      const handover = handoverOf.get(cluster.id);
      if (!handover)
        throw new AppError(`Confiez d'abord le cluster « ${cluster.name} » à quelqu'un d'autre. Rechargez la page.`);
      if (!colleagues.has(handover.toUserId))
        errors[`handovers.${handover.index}.toUserId`] = "Choisissez une personne active de l'équipe.";
    }
    if (Object.keys(errors).length)
      throw new AppError("Chaque cluster doit être confié à une personne active de l'équipe.", errors);

    for (const cluster of clusters) {
      const { toUserId } = handoverOf.get(cluster.id)!;
      await tx.clusterStaff.delete({ where: { clusterId_userId: { clusterId: cluster.id, userId } } });
      await tx.clusterStaff.upsert({
        where: { clusterId_userId: { clusterId: cluster.id, userId: toUserId } },
        create: { aractId: scope.aractId, clusterId: cluster.id, userId: toUserId },
        update: {},
      });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "cluster.handed-over",
        entityType: "Cluster",
        entityId: cluster.id,
        changes: { staff: [userId, toUserId] },
      });
    }
    await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    const { count: sessionsEnded } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "user.deactivated",
      entityType: "User",
      entityId: userId,
      changes: { clustersHandedOver: clusters.length, sessionsEnded },
    });
    return null;
  });
}

export async function reactivateStaff(scope: AractScope, { userId }: z.output<typeof UserIdInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const user = await findStaff(tx, scope, userId);
    if (!user.disabledAt) return null;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "user.reactivated",
      entityType: "User",
      entityId: userId,
    });
    return null;
  });
}
