import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { authorizeRequest, type Scope } from "@/lib/auth/scope";
import { todayInFrance } from "@/lib/dates/day";
import { cachedPage } from "./cache";
import { reportAractId } from "./queries";
import { log } from "@/lib/log";

// The report pages cost a whole render per request even with their figures in memory. The proxy serves
// them from memory instead: per caller (their whole scope, so a change of role or Aract is a new entry)
// and per address and the request headers Next's answer varies on, after authorizing the request
// like the page does. A missing page is rendered by a request of the proxy's own to this server, which
// the proxy lets through; what it answers is kept and sent when it is a 200 that sets no cookie. The pages are
// dropped with the figures (cache.ts): on a change in their Aract, and at the end of their ten minutes.

/** The pages kept: the dashboards and the drill-down lists. */
export const CACHED_REPORT_PATHS = ["/rapports", "/rapports/clusters"];

/** The request headers Next's answer varies on (its Vary header, Accept-Encoding aside). */
export const RENDER_VARY_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

/** Says whether the page came from memory ("hit") or was rendered for this request ("miss"). */
export const CACHE_STATUS_HEADER = "x-report-cache";

/**
 * Marks the proxy's own render request, with a secret derived from NEXTAUTH_SECRET: nobody else can skip
 * the cache, and every process of the app agrees on it should the render land on another one.
 */
const RENDER_HEADER = "x-report-render";
/** A render taking longer than this is given up: the page then answers the request itself. */
const RENDER_TIMEOUT_MS = 30_000;

/** Headers that belong to one connection or one encoding of the body, never replayed. */
const UNREPLAYED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
]);

export type RenderedPage = { status: number; headers: [string, string][]; body: ArrayBuffer; setsCookie: boolean };
export type PageRenderer = (request: NextRequest) => Promise<RenderedPage>;

let secret: string | undefined;
const renderSecret = () =>
  (secret ??= createHmac("sha256", env().NEXTAUTH_SECRET).update("report-page-render").digest("hex"));

/** The key of a page: the caller's scope, the day, the address and the varying headers. */
export function reportPageKey(scope: Scope, address: string, headers: Headers, today: string): string {
  const caller = createHash("sha256").update(JSON.stringify(scope)).digest("base64url");
  const vary = RENDER_VARY_HEADERS.map((name) => headers.get(name) ?? "").join("\u0000");
  return `page|${today}|${caller}|${address}|${vary}`;
}

/** Only a complete, personal-state-free answer may be replayed. */
export function isReplayable(page: RenderedPage): boolean {
  return page.status === 200 && !page.setsCookie;
}

/** Renders the page through this server, as the proxy's own request: the proxy lets it through. */
export async function renderThroughServer(request: NextRequest): Promise<RenderedPage> {
  const port = env().PORT;
  if (!port) throw new Error("PORT inconnu : la page ne peut pas être rendue pour le cache.");
  const headers = new Headers(request.headers);
  for (const name of ["host", "connection", "content-length"]) headers.delete(name);
  // Uncompressed: what is kept is served as is (Next compresses each answer for its client).
  headers.set("accept-encoding", "identity");
  headers.set(RENDER_HEADER, renderSecret());
  const { pathname, search } = request.nextUrl;
  const response = await fetch(`http://127.0.0.1:${port}${pathname}${search}`, {
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => !UNREPLAYED_HEADERS.has(name)),
    body: await response.arrayBuffer(),
    setsCookie: response.headers.has("set-cookie"),
  };
}

/** Whether this request is the proxy's own render of a page. */
function isPageRender(request: NextRequest): boolean {
  const given = Buffer.from(request.headers.get(RENDER_HEADER) ?? "");
  const secret = Buffer.from(renderSecret());
  return given.length === secret.length && timingSafeEqual(given, secret);
}

/**
 * The answer to a report page request, from memory or rendered for it; null when the page must answer
 * itself: another page or method, the proxy's own render, a caller the page would redirect or refuse, or
 * a render that is not a plain 200 (a redirect, an error), which Next then answers as usual. Under
 * `next dev` every page answers itself.
 */
export async function serveReportPage(request: NextRequest, render: PageRenderer = renderThroughServer) {
  if (request.method !== "GET" || !CACHED_REPORT_PATHS.includes(request.nextUrl.pathname)) return null;
  if (env().NODE_ENV === "development" || isPageRender(request)) return null;
  const scope = await authorizeRequest(request.cookies, "report:read", request.headers.get("user-agent"));
  if (!scope) return null;
  const { pathname, search } = request.nextUrl;
  const key = reportPageKey(scope, pathname + search, request.headers, todayInFrance());
  const { value, hit } = cachedPage(reportAractId(scope), key, () => render(request), isReplayable);
  const page = await value.catch((error: unknown) => {
    log.error({ err: error }, "Rapport : rendu pour le cache impossible, la page répond elle-même.");
    return null;
  });
  if (!page || !isReplayable(page)) return null;
  const response = new Response(page.body, { status: page.status, headers: page.headers });
  response.headers.set(CACHE_STATUS_HEADER, hit ? "hit" : "miss");
  return response;
}
