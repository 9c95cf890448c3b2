import { Prisma, type PrismaClient } from "@/generated/prisma/client";

// The erasure of people (RGPD art. 17), shared by the Aract administrator's action, the retention job and
// its command (which has no Next runtime: hence a client passed in, and no `server-only` here).
// What identifies a person goes: names become a stable pseudonym, addresses, phone and job title are
// removed, the account's sign-in means (accounts, sessions, pending links) and roles are deleted. What
// the reports count stays as anonymous facts: pair seats, attendance, diagnostic answers, outcomes, so
// that no figure moves. The User row is pseudonymized, never deleted: the audit trail (append-only,
// enforced by a trigger) references it.

type Transaction = Prisma.TransactionClient | PrismaClient;

export const PSEUDONYM_FIRST_NAME = "Personne supprimée";

/** "Personne supprimée n° 17": the full name an erased person reads as, everywhere. */
export const pseudonym = (number: number) => `${PSEUDONYM_FIRST_NAME} n° ${number}`;

/** An address that can never receive mail (.invalid is reserved, RFC 2606) and stays unique per user. */
export const erasedEmail = (userId: string) => `supprime-${userId}@invalid`;

export type ErasureTarget = {
  /** Person rows to pseudonymize (all of a user's, when the user is erased). */
  personIds: string[];
  /** Users to pseudonymize, with their accounts, sessions and roles removed. */
  userIds: string[];
};

export type ErasureAudit = {
  /** Null: the platform itself (the retention job, shown as « Système »). */
  actorId: string | null;
  /** The Aract the audit events belong to; null to use each person's own Aract. */
  aractId: string | null;
  /** Why, without any personal data: "demande" (on request) or "conservation" (retention). */
  reason: "demande" | "conservation";
};

export type ErasureResult = { persons: { id: string; number: number }[]; users: { id: string; number: number }[] };

/**
 * Erases the given people inside the caller's transaction, set-wise (the retention job erases many at
 * once), and appends one "person.erased" audit event per Person (and per user without a Person). The
 * pseudonym number of a user is that of their first Person, or a fresh one from the same sequence.
 */
export async function eraseInTransaction(
  tx: Transaction,
  { personIds, userIds }: ErasureTarget,
  audit: ErasureAudit,
  now = new Date(),
): Promise<ErasureResult> {
  if (personIds.length === 0 && userIds.length === 0) return { persons: [], users: [] };
  const people = await tx.person.findMany({
    where: { id: { in: personIds } },
    select: { id: true, aractId: true, email: true, number: true },
  });
  const accounts = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } });
  const addresses = [...people.map((p) => p.email), ...accounts.map((u) => u.email)]
    .filter((address): address is string => Boolean(address))
    .map((address) => address.toLowerCase());

  if (personIds.length) {
    await tx.$executeRaw`
      UPDATE "Person" SET "firstName" = ${PSEUDONYM_FIRST_NAME}, "lastName" = 'n° ' || number,
        email = NULL, phone = NULL, "jobTitle" = NULL, "erasedAt" = coalesce("erasedAt", ${now}), "updatedAt" = ${now}
      WHERE id IN (${Prisma.join(personIds)})`;
  }

  let users: { id: string; number: number }[] = [];
  if (userIds.length) {
    await tx.account.deleteMany({ where: { userId: { in: userIds } } });
    await tx.session.deleteMany({ where: { userId: { in: userIds } } });
    await tx.membership.deleteMany({ where: { userId: { in: userIds } } });
    // coalesce evaluates nextval only for a user without any Person (a staff member).
    users = await tx.$queryRaw<{ id: string; number: number }[]>`
      WITH numbered AS (
        SELECT u.id, coalesce(
          (SELECT min(p.number) FROM "Person" p WHERE p."userId" = u.id),
          nextval(pg_get_serial_sequence('"Person"', 'number'))
        )::int AS number
        FROM "User" u WHERE u.id IN (${Prisma.join(userIds)})
      )
      UPDATE "User" u SET name = ${PSEUDONYM_FIRST_NAME} || ' n° ' || n.number, email = 'supprime-' || u.id || '@invalid',
        image = NULL, "emailVerified" = NULL, "erasedAt" = coalesce(u."erasedAt", ${now}),
        "disabledAt" = coalesce(u."disabledAt", ${now}), "updatedAt" = ${now}
      FROM numbered n WHERE n.id = u.id
      RETURNING u.id, n.number`;
  }

  if (addresses.length) {
    // Pending sign-in links, rate-limit records and kept e-mails name the address: they go too.
    await tx.verificationToken.deleteMany({ where: { identifier: { in: addresses, mode: "insensitive" } } });
    await tx.signInRequest.deleteMany({ where: { email: { in: addresses, mode: "insensitive" } } });
    await tx.outboxEmail.deleteMany({ where: { to: { in: addresses, mode: "insensitive" } } });
    // So do the online applications that name it (those row-level security lets the caller reach).
    await tx.applicationRequest.deleteMany({ where: { email: { in: addresses, mode: "insensitive" } } });
    await tx.application.deleteMany({
      where: {
        OR: [
          { directionEmail: { in: addresses, mode: "insensitive" } },
          { staffEmail: { in: addresses, mode: "insensitive" } },
        ],
      },
    });
  }

  const personOfUser = new Set(
    (await tx.person.findMany({ where: { userId: { in: userIds } }, select: { userId: true } })).map((p) => p.userId),
  );
  const reason = audit.reason;
  await tx.auditEvent.createMany({
    data: [
      ...people.map((p) => ({
        actorId: audit.actorId,
        aractId: audit.aractId ?? p.aractId,
        action: "person.erased",
        entityType: "Person",
        entityId: p.id,
        changes: { pseudonym: pseudonym(p.number), reason },
      })),
      ...users
        .filter((u) => !personOfUser.has(u.id))
        .map((u) => ({
          actorId: audit.actorId,
          aractId: audit.aractId,
          action: "person.erased",
          entityType: "User",
          entityId: u.id,
          changes: { pseudonym: pseudonym(u.number), reason },
        })),
    ],
  });
  return { persons: people.map((p) => ({ id: p.id, number: p.number })), users };
}
