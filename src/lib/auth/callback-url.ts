/**
 * Only addresses of this site are followed after sign-in, never another origin. next-auth makes the
 * callback URL absolute in its links: an absolute URL of `origin` comes back as its path.
 */
export function safeCallbackUrl(value: string | undefined, origin?: string): string {
  if (!value) return "/";
  if (origin && /^https?:\/\//.test(value)) {
    const url = new URL(value);
    return url.origin === new URL(origin).origin ? `${url.pathname}${url.search}` : "/";
  }
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
