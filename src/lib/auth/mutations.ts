import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { systemDb } from "@/lib/db";
import { env } from "@/env";

// next-auth sends sign-in e-mails without any limit: each request is recorded and counted over a
// sliding window, per address and per IP. The answer never depends on whether the address is known.

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export type SignInVerdict = "allowed" | "too-many-for-address" | "too-many-for-ip";

/** Records a request for a sign-in link and says whether it may be served. */
export async function admitSignInRequest(email: string, ip: string, now = new Date()): Promise<SignInVerdict> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [forAddress, forIp] = await Promise.all([
    systemDb.signInRequest.count({ where: { email, createdAt: { gt: since } } }),
    systemDb.signInRequest.count({ where: { ip, createdAt: { gt: since } } }),
  ]);
  const { SIGNIN_LIMIT_PER_EMAIL, SIGNIN_LIMIT_PER_IP } = env();
  if (forAddress >= SIGNIN_LIMIT_PER_EMAIL) return "too-many-for-address";
  if (forIp >= SIGNIN_LIMIT_PER_IP) return "too-many-for-ip";
  await systemDb.signInRequest.create({ data: { email, ip, createdAt: now } });
  // Old rows serve no purpose once out of the window.
  await systemDb.signInRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
  return "allowed";
}

/** Invitations last longer than a sign-in link, and like it serve once. */
export const INVITATION_MAX_AGE_SECONDS = 7 * 24 * 3600;

/**
 * A single-use sign-in link for an invitation, stored the way next-auth's e-mail provider stores its
 * own (sha256 of token and secret), so that next-auth's callback accepts it; it points at the
 * confirmation page, like the links of the sign-in form.
 */
export async function createInvitationLink(
  email: string,
  maxAgeSeconds = INVITATION_MAX_AGE_SECONDS,
  callbackUrl = "/",
): Promise<string> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const token = randomBytes(32).toString("hex");
  await systemDb.verificationToken.create({
    data: {
      identifier: email,
      token: createHash("sha256").update(`${token}${NEXTAUTH_SECRET}`).digest("hex"),
      expires: new Date(Date.now() + maxAgeSeconds * 1000),
    },
  });
  const params = new URLSearchParams({ callbackUrl, token, email });
  return `${new URL(NEXTAUTH_URL).origin}/connexion/confirmer?${params}`;
}

/**
 * Records a session's activity: its last use, the browser, and its new end when it is pushed back
 * (sliding expiry). A session signed out meanwhile stays gone. Fields left undefined are kept.
 */
export async function recordSessionActivity(
  sessionToken: string,
  activity: { at: Date; expires?: Date; userAgent?: string },
): Promise<void> {
  const { at, expires, userAgent } = activity;
  await systemDb.session.updateMany({ where: { sessionToken }, data: { lastActivityAt: at, expires, userAgent } });
}
