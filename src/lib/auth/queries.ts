import "server-only";
import { systemDb } from "@/lib/db";
import type { StaffRole } from "@/generated/prisma/enums";

type Named = { id: string; name: string };
export type UserAccess = {
  id: string;
  name: string | null;
  email: string;
  memberships: { role: StaffRole; aract: Named | null }[];
  persons: { id: string; aract: Named; pairSeats: { participationId: string }[] }[];
};

/**
 * What decides a user's scope: staff memberships and active pair seats (of participations not
 * withdrawn, as ACTIVE_PARTICIPATION). Disabled users get nothing, nor does anyone in a deactivated Aract. Every request runs it, so it is one
 * SQL statement building the whole shape in PostgreSQL (the nested Prisma read took several queries and
 * four times as long).
 */
export async function loadUserAccess(userId: string): Promise<UserAccess | null> {
  const rows = await systemDb.$queryRaw<UserAccess[]>`
    SELECT u.id, u.name, u.email,
      coalesce((
        SELECT json_agg(json_build_object('role', m.role, 'aract', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name) END))
        FROM "Membership" m LEFT JOIN "Aract" a ON a.id = m."aractId"
        WHERE m."userId" = u.id AND (m."aractId" IS NULL OR a."deactivatedAt" IS NULL)
      ), '[]'::json) AS memberships,
      coalesce((
        SELECT json_agg(json_build_object(
          'id', p.id,
          'aract', json_build_object('id', a.id, 'name', a.name),
          'pairSeats', coalesce((
            SELECT json_agg(json_build_object('participationId', pm."participationId"))
            FROM "PairMember" pm JOIN "Participation" pa ON pa.id = pm."participationId"
            WHERE pm."personId" = p.id AND pm."endedAt" IS NULL AND pa.status <> 'WITHDRAWN'
          ), '[]'::json)
        ) ORDER BY p."createdAt", p.id)
        FROM "Person" p JOIN "Aract" a ON a.id = p."aractId"
        WHERE p."userId" = u.id AND p."erasedAt" IS NULL AND a."deactivatedAt" IS NULL
      ), '[]'::json) AS persons
    FROM "User" u WHERE u.id = ${userId} AND u."disabledAt" IS NULL`;
  return rows[0] ?? null;
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await systemDb.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

type SessionRow = { userId: string; expires: Date; userAgent: string | null };

/** The session of a cookie's token: its user, end and browser, or null when there is none. (Raw: every request.) */
export async function findSession(sessionToken: string): Promise<SessionRow | null> {
  const rows = await systemDb.$queryRaw<SessionRow[]>`
    SELECT "userId", expires, "userAgent" FROM "Session" WHERE "sessionToken" = ${sessionToken}`;
  return rows[0] ?? null;
}
