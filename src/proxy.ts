import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { contentSecurityPolicy, newNonce, STATIC_PAGES } from "@/lib/http/content-security-policy";

// Gives every answer its Content-Security-Policy (a nonce per request, see content-security-policy.ts),
// answers requests no page of the app sends (a malformed address: the 404 page; a write from another site
// or larger than any form: 403 or 413), and sends visitors without a session cookie to the sign-in page
// (optimistic only: every page, action and route handler checks the session and scope again).

const PUBLIC_PREFIXES = ["/candidater", "/connexion", "/api/auth", "/api/health", "/boite-d-envoi", "/accessibilite", "/donnees-personnelles", "/_next", "/favicon"];
const RSC_PARAM = "_rsc";

/** No page answers this path: a malformed address is rewritten to it, and gets the French 404 page. */
const NO_PAGE = "/adresse-invalide";

/** A percent-encoding that decodes to nothing (`%E0%A4%A`): no page can have such an address. */
function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Larger than any form of the app sends (Next's own limit for server actions is 1 MB too). */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A request that changes something, sent by another site (its Origin is not this host), or larger than any
 * form: refused here with a 4xx, before Next's own checks would end it as a 500.
 */
function refusedWrite(request: NextRequest): NextResponse | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (a sandboxed page, a file) or garbage: not this site.
    }
    if (originHost !== host) return plainRefusal(403, "Demande refusée : elle ne vient pas de la plateforme.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return plainRefusal(413, "Demande refusée : elle dépasse la taille d'un formulaire de la plateforme.");
  }
  return null;
}

function plainRefusal(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(STATIC_PAGES.includes(request.nextUrl.pathname) ? null : newNonce(), {
    development: env().NODE_ENV === "development",
  });
  const answer = route(request, policy);
  answer.headers.set("Content-Security-Policy", policy);
  return answer;
}

function route(request: NextRequest, policy: string): NextResponse {
  const { pathname } = request.nextUrl;
  // Next reads the nonce from the request's policy, for the scripts of the page it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  if (isMalformedPath(pathname)) return NextResponse.rewrite(new URL(NO_PAGE, request.url), { request: { headers } });
  const refused = refusedWrite(request);
  if (refused) return refused;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next({ request: { headers } });
  return toSignIn(request);
}

function toSignIn(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = "/connexion";
  const back = new URLSearchParams(searchParams);
  back.delete(RSC_PARAM);
  const query = back.size > 0 ? `?${back}` : "";
  url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + query)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
