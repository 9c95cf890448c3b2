import "server-only";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError } from "@/lib/errors";
import { createInvitationLink, INVITATION_MAX_AGE_SECONDS } from "@/lib/auth/mutations";
import { invitationEmail } from "@/lib/auth/invitation-email";
import { enqueueEmail } from "@/lib/email/mutations";
import type { Prisma } from "@/generated/prisma/client";
import { NO_EMAIL_MESSAGE, participationChangeProblem } from "./rules";

// A pair's seats inside the caller's transaction: finding an active one, and inviting its person.

type Tx = Prisma.TransactionClient;

const seatSelect = {
  id: true,
  side: true,
  role: true,
  roleLabel: true,
  endedAt: true,
  invitedAt: true,
  personId: true,
  person: { select: { firstName: true, lastName: true, email: true, userId: true } },
  participation: {
    select: {
      id: true,
      status: true,
      clusterId: true,
      company: { select: { name: true } },
      cluster: { select: { status: true, name: true, aract: { select: { name: true } } } },
    },
  },
} satisfies Prisma.PairMemberSelect;

/** An active seat of a pair of the caller's Aract whose participation may still change. */
export async function findActiveSeat(tx: Tx, scope: AractScope, id: string) {
  const seat = await tx.pairMember.findFirst({ where: { id, aractId: scope.aractId }, select: seatSelect });
  if (!seat) throw new NotFoundError("Ce membre de l'entreprise");
  if (seat.endedAt)
    throw new AppError("Cette personne ne fait plus partie des membres de l'entreprise (remplacée ou retirée). Rechargez la page.");
  const problem = participationChangeProblem(seat.participation.cluster.status, seat.participation.status);
  if (problem) throw new AppError(problem);
  return seat;
}

type ActiveSeat = Awaited<ReturnType<typeof findActiveSeat>>;

/** The addresses among these whose account is disabled: an invitation cannot go to them. */
export async function disabledAccounts(tx: Tx, emails: string[]): Promise<string[]> {
  const users = await tx.user.findMany({ where: { email: { in: emails }, disabledAt: { not: null } }, select: { email: true } });
  return users.map((user) => user.email);
}

/**
 * Invites a seated person inside the caller's transaction: their account (created at the first invitation)
 * is tied to their person, and a fresh single-use link valid 7 days is e-mailed, queued last so that a
 * failed write sends nothing. Null when another invitation of the seat was sent meanwhile.
 */
export async function inviteSeat(tx: Tx, scope: AractScope, seat: ActiveSeat) {
  const { person, participation } = seat;
  if (!person.email) throw new AppError(NO_EMAIL_MESSAGE);
  const name = `${person.firstName} ${person.lastName}`;

  const existing = await tx.user.findUnique({
    where: { email: person.email },
    select: { id: true, disabledAt: true },
  });
  if (existing?.disabledAt) {
    throw new AppError("Le compte de cette adresse est désactivé : l'administrateur·rice de votre Aract peut le réactiver.");
  }
  const user = existing ?? (await tx.user.create({ data: { email: person.email, name }, select: { id: true } }));
  if (person.userId !== user.id) await tx.person.update({ where: { id: seat.personId }, data: { userId: user.id } });
  const invitedAt = new Date();
  // From the state read: an invitation sent meanwhile by someone else (a colleague, a second click) wins.
  const moved = await tx.pairMember.updateMany({ where: { id: seat.id, invitedAt: seat.invitedAt }, data: { invitedAt } });
  if (moved.count === 0) return null;
  await recordAudit(tx, {
    actorId: scope.userId,
    aractId: scope.aractId,
    action: seat.invitedAt ? "pair.invitation-resent" : "pair.invited",
    entityType: "PairMember",
    entityId: seat.id,
    changes: {
      personId: seat.personId,
      userId: user.id,
      newAccount: !existing,
      invitedAt: [seat.invitedAt, invitedAt],
    },
  });

  const link = await createInvitationLink(person.email);
  await enqueueEmail(
    invitationEmail({
      to: person.email,
      firstName: person.firstName,
      seat,
      aractName: participation.cluster.aract.name,
      invitedBy: scope.name,
      clusterName: participation.cluster.name,
      companyName: participation.company.name,
      link,
      expires: new Date(invitedAt.getTime() + INVITATION_MAX_AGE_SECONDS * 1000),
    }),
    tx,
  );
  return { email: person.email, name, clusterId: participation.clusterId };
}

/** Invites every member of a participation (its pair and the others) who has an address, inside the caller's transaction; how many. */
export async function invitePair(tx: Tx, scope: AractScope, participationId: string): Promise<number> {
  const seats = await tx.pairMember.findMany({
    where: { participationId, aractId: scope.aractId, endedAt: null, person: { email: { not: null } } },
    select: { id: true },
    orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
  });
  let invited = 0;
  for (const { id } of seats) if (await inviteSeat(tx, scope, await findActiveSeat(tx, scope, id))) invited += 1;
  return invited;
}


/** The seats of a cluster's companies (pairs and further members) waiting for their first invitation: active, with an address, never invited. */
export const uninvitedSeatsWhere = (aractId: string, clusterId: string) =>
  ({
    aractId,
    endedAt: null,
    invitedAt: null,
    person: { email: { not: null } },
    participation: { clusterId, status: { in: ["ENROLLED", "COMPLETED"] } },
  }) satisfies Prisma.PairMemberWhereInput;
