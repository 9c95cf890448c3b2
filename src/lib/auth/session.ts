import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIES } from "./cookies";
import { findSession } from "./queries";
import { recordSessionActivity } from "./mutations";
import { renewedExpiry } from "./session-expiry";

/** What both next/headers' cookies() and a proxy's request.cookies offer. */
export type CookieReader = { get(name: string): { value: string } | undefined };

/** The longest User-Agent kept: real ones are a few hundred characters; the header itself is unbounded. */
const USER_AGENT_MAX_LENGTH = 512;

export type SessionRequest = {
  /** The browser's User-Agent header; undefined when the caller cannot tell (it is then left as stored). */
  userAgent?: string | null;
  now?: Date;
};

/** The session cookie's token, or undefined when there is none. */
export function sessionTokenOf(jar: CookieReader): string | undefined {
  return SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
}

/** The token of this request's session, to tell "this session" apart in a list; never sent to a browser. */
export async function currentSessionToken(): Promise<string | null> {
  return sessionTokenOf(await cookies()) ?? null;
}

/**
 * The only reader of the session: the signed-in user's id, or null. next-auth creates and ends the
 * database sessions; reading one is a lookup of the cookie's token, done here in one query rather than
 * through next-auth's whole request handler on every page (it did the same lookup, at several times the cost).
 * When the session's end is pushed back (at most hourly), its activity is recorded in the same write: the
 * time and the browser, for "Mon compte". A session that has no browser yet (its first request after
 * sign-in) records it at once, so that the list of sessions never shows an unknown browser for an hour.
 */
export async function sessionUserId(
  jar: CookieReader,
  { userAgent, now = new Date() }: SessionRequest = {},
): Promise<string | null> {
  const token = sessionTokenOf(jar);
  // Without a session cookie there is nothing to look up (and no database round trip).
  if (!token) return null;
  const session = await findSession(token);
  if (!session || session.expires <= now) return null;
  const renewed = renewedExpiry(session.expires, now);
  const browser = userAgent ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : undefined;
  const firstSeen = browser !== undefined && session.userAgent === null;
  if (renewed || firstSeen) {
    await recordSessionActivity(token, { at: now, expires: renewed ?? undefined, userAgent: browser });
  }
  return session.userId;
}
