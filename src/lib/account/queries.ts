import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { describeUserAgent } from "./user-agent";

/** One of the caller's open sessions, as "Mon compte" shows it. The token never leaves the server. */
export type AccountSession = {
  id: string;
  /** The browser in words ("Chrome sur Linux"). */
  browser: string;
  openedAt: Date;
  lastActivityAt: Date;
  /** The session of this very request. */
  current: boolean;
};

/** The caller's unexpired sessions, the current one first, then the most recently used. */
export async function listAccountSessions(
  scope: Scope,
  currentToken: string | null,
  now = new Date(),
): Promise<AccountSession[]> {
  const sessions = await scopedDb(scope).session.findMany({
    where: { userId: scope.userId, expires: { gt: now } },
    select: { id: true, sessionToken: true, userAgent: true, createdAt: true, lastActivityAt: true },
    orderBy: [{ lastActivityAt: "desc" }, { createdAt: "desc" }],
  });
  return sessions
    .map((session) => ({
      id: session.id,
      browser: describeUserAgent(session.userAgent),
      openedAt: session.createdAt,
      lastActivityAt: session.lastActivityAt,
      current: currentToken !== null && session.sessionToken === currentToken,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
