// The Content-Security-Policy of the app's pages, as Next 16 documents it: the proxy draws a nonce per
// request and gives the policy to the request (Next reads the nonce from it and puts it on its own
// scripts) and to the answer. Scripts run only from this site and with the nonce ('strict-dynamic' lets
// them load the chunks they need); nothing is framed, posted elsewhere or loaded from another site.
// Styles allow inline attributes: the charts' bars are sized by a style attribute.

/** The pages prerendered at build time: their inline scripts were written before any nonce existed. */
export const STATIC_PAGES = ["/accessibilite"];

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy for one answer: with the request's nonce, or for a prerendered page (nonce null), inline
 * scripts of this site's own build (the "without nonces" policy of Next's guide). React's development
 * mode evaluates code: allowed in development only.
 */
export function contentSecurityPolicy(nonce: string | null, { development = false } = {}): string {
  const scripts = nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
