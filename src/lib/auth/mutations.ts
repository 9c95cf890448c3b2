import "server-only";
import { db } from "@/lib/db";
import { env } from "@/env";

// next-auth sends sign-in e-mails without any limit: each request is recorded and counted over a
// sliding window, per address and per IP. The answer never depends on whether the address is known.

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export type SignInVerdict = "allowed" | "too-many-for-address" | "too-many-for-ip";

/** Records a request for a sign-in link and says whether it may be served. */
export async function admitSignInRequest(email: string, ip: string, now = new Date()): Promise<SignInVerdict> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [forAddress, forIp] = await Promise.all([
    db.signInRequest.count({ where: { email, createdAt: { gt: since } } }),
    db.signInRequest.count({ where: { ip, createdAt: { gt: since } } }),
  ]);
  const { SIGNIN_LIMIT_PER_EMAIL, SIGNIN_LIMIT_PER_IP } = env();
  if (forAddress >= SIGNIN_LIMIT_PER_EMAIL) return "too-many-for-address";
  if (forIp >= SIGNIN_LIMIT_PER_IP) return "too-many-for-ip";
  await db.signInRequest.create({ data: { email, ip, createdAt: now } });
  // Old rows serve no purpose once out of the window.
  await db.signInRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
  return "allowed";
}
