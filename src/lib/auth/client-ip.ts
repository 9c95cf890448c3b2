// The client's address, for the per-IP limits. The app's own server (scripts/server.ts) resolves it from the
// socket and the trusted proxies, then hands it on as the only X-Forwarded-For entry: whatever a client
// writes in that header itself is never believed.

/**
 * The address of the client as the nearest untrusted hop saw it: the socket's peer when no proxy is
 * trusted; behind `trustedHops` reverse proxies that each append their peer to X-Forwarded-For, the entry
 * that the outermost trusted proxy appended. Entries before it are whatever the client chose to send.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  chain.push(socketAddress ?? "inconnue");
  // Fewer entries than trusted hops: the request did not come through them all; the first entry is the
  // furthest address anyone vouches for.
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

/** In the app: the address the server resolved (the single X-Forwarded-For entry it set). */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "inconnue";
}

/** The machine itself: IPv4's 127.0.0.0/8 (plain or mapped into IPv6) and IPv6's ::1. */
export function isLoopback(ip: string): boolean {
  return ip === "::1" || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}
