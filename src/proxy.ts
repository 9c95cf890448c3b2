import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { serveReportPage } from "@/lib/reports/page-cache";

// Sends visitors without a session cookie to the sign-in page (optimistic only: every page, action and
// route handler checks the session and scope again), and serves the report pages from memory
// (page-cache.ts, which authorizes the request through the authorization module first).
// next.config.ts turns off the proxy's URL normalization: the cache must see the request as Next
// renders it, with its RSC headers and `_rsc` parameter.

const PUBLIC_PREFIXES = ["/connexion", "/api/auth", "/boite-d-envoi", "/accessibilite", "/donnees-personnelles", "/_next", "/favicon"];
const RSC_PARAM = "_rsc";

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return (await serveReportPage(request)) ?? NextResponse.next();
  }
  const url = request.nextUrl.clone();
  url.pathname = "/connexion";
  const back = new URLSearchParams(searchParams);
  back.delete(RSC_PARAM);
  const query = back.size > 0 ? `?${back}` : "";
  url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + query)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
