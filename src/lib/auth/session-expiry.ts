// How long a session lives, and when using it pushes its end back (the sliding expiry next-auth applies).

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;
export const SESSION_UPDATE_AGE_SECONDS = 3600;

/**
 * The session's new end when it is due to be pushed back (at most once per SESSION_UPDATE_AGE_SECONDS of
 * use), null when it stays. An expired session is never renewed.
 */
export function renewedExpiry(expires: Date, now: Date): Date | null {
  if (expires.getTime() <= now.getTime()) return null;
  const lastRenewal = expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000;
  if (now.getTime() - lastRenewal < SESSION_UPDATE_AGE_SECONDS * 1000) return null;
  return new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
}
