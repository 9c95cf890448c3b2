import "server-only";
import { SESSION_COOKIES } from "./cookies";
import { findSession } from "./queries";
import { extendSession } from "./mutations";
import { renewedExpiry } from "./session-expiry";

/** What both next/headers' cookies() and a proxy's request.cookies offer. */
export type CookieReader = { get(name: string): { value: string } | undefined };

/**
 * The only reader of the session: the signed-in user's id, or null. next-auth creates and ends the
 * database sessions; reading one is a lookup of the cookie's token, done here in one query rather than
 * through next-auth's whole request handler on every page (it did the same lookup, at several times the cost).
 */
export async function sessionUserId(jar: CookieReader, now = new Date()): Promise<string | null> {
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  // Without a session cookie there is nothing to look up (and no database round trip).
  if (!token) return null;
  const session = await findSession(token);
  if (!session || session.expires <= now) return null;
  const renewed = renewedExpiry(session.expires, now);
  if (renewed) await extendSession(token, renewed);
  return session.userId;
}
