import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

/** What decides a user's scope: staff memberships and active pair seats. Disabled users get nothing. */
export async function loadUserAccess(userId: string) {
  return db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { select: { role: true, aract: { select: { id: true, name: true } } } },
      persons: {
        where: { erasedAt: null },
        select: {
          id: true,
          aract: { select: { id: true, name: true } },
          pairSeats: {
            where: { endedAt: null, participation: ACTIVE_PARTICIPATION },
            select: { participationId: true },
          },
        },
      },
    },
  });
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** The session of a cookie's token: its user and end, or null when there is none. */
export async function findSession(sessionToken: string) {
  return db.session.findUnique({ where: { sessionToken }, select: { userId: true, expires: true } });
}
