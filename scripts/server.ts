// The app's production server: Next's documented custom server around the build in .next, for two things
// `next start` cannot do.
// - The client's address: Next fills X-Forwarded-For from the socket only when the client sent none, so a
//   client could pick its own address for the per-IP limits. Here the address is resolved from the socket
//   and TRUSTED_PROXY_HOPS (0 by default: nothing a client sends is believed) and handed on alone.
// - Security headers on every answer, HSTS in production.
// - A request id for every request (X-Request-Id, generated here; a trusted proxy's own is kept), on the
//   answer and on every log line written while serving it (src/lib/log.ts).
// - While the database does not answer, a French 503 page at once for everything but the build's files and
//   /api/health (which says 503 itself), rather than requests that wait and fail; it ends by itself when the
//   database is back (scripts/lib/availability.ts).
// - A clean stop: on SIGTERM or SIGINT it stops accepting, lets the requests in flight finish, closes the
//   database pools and exits; a busy port is named in one French line.
// Usage: node --import tsx scripts/server.ts (PORT, default 3000; every interface, as `next start`).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { resolveClientIp } from "../src/lib/auth/client-ip.ts";
import { log, withRequestId } from "../src/lib/log.ts";
import { RETRY_AFTER_SECONDS, servedWithoutDatabase, unavailablePage, watchDatabase } from "./lib/availability.ts";
import { root } from "./lib/project.ts";

const port = Number(process.env.PORT ?? 3000);
const hopsSetting = process.env.TRUSTED_PROXY_HOPS ?? "0";
if (!/^\d{1,2}$/.test(hopsSetting)) {
  console.error(`TRUSTED_PROXY_HOPS doit être un nombre de proxys (0 sans proxy) : « ${hopsSetting} » refusé.`);
  process.exit(1);
}
const trustedHops = Number(hopsSetting);
/** How long requests in flight may take to finish once a stop is asked. */
const DRAIN_MS = 10_000;

const app = next({ dev: false, dir: root, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

// On every answer, errors and files included (next.config.ts's headers() do not reach the answers Next gives
// before routing, such as a malformed URL's). HSTS in production only: browsers then refuse plain http.
const SECURITY_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "same-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  // For the answers the proxy does not see (the build's files): nothing may run. The proxy gives every
  // other answer the pages' policy, with its nonce, in place of this one.
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
  ...(process.env.APP_ENV === "production"
    ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as [string, string][])
    : []),
];

const database = watchDatabase(process.env.DATABASE_URL ?? "", {
  onChange: (available, reason) =>
    available
      ? log.info({ database: "up" }, "Base de données de retour : les pages répondent de nouveau.")
      : log.error({ database: "down", reason }, "Base de données injoignable : les pages répondent 503 jusqu'à son retour."),
});

/** A proxy's id is kept only from trusted proxies (nginx: proxy_set_header X-Request-ID $request_id). */
const SANE_REQUEST_ID = /^[\w.:@-]{8,128}$/;
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return trustedHops > 0 && typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

const server = createServer((request, response) => {
  for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
  const requestId = requestIdOf(request);
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = resolveClientIp(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedHops,
  );
  const url = request.url ?? "/";
  const path = url.split("?", 1)[0]!;
  if (!database.available() && !servedWithoutDatabase(path)) {
    response.writeHead(503, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      // Its own styles only, inline: nothing runs.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    response.end(request.method === "HEAD" ? undefined : unavailablePage(url, request.method ?? "GET"));
    return;
  }
  const started = performance.now();
  response.on("finish", () => {
    if (response.statusCode < 500 || path === "/api/health") return;
    const ms = Math.round(performance.now() - started);
    log.error({ requestId, method: request.method, path, status: response.statusCode, ms }, "Réponse en erreur.");
  });
  void withRequestId(requestId, () => handle(request, response));
});

server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    console.error(`Le port ${port} est déjà utilisé par un autre programme : arrêtez-le, ou choisissez un autre port (PORT=…).`);
  } else {
    console.error(`Le serveur n'a pas pu écouter sur le port ${port} : ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, () => console.log(`▲ Next.js prêt sur http://localhost:${port}`));

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => {
    console.error(`Arrêt forcé : des requêtes duraient encore après ${DRAIN_MS / 1000} s.`);
    process.exit(1);
  }, DRAIN_MS);
  forced.unref();
  // Stop accepting; idle keep-alive connections go now, busy ones once their answer is sent.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await app.close().catch(() => {});
  await database.stop();
  // The app's database pools live on globalThis (src/lib/db.ts), in this very process.
  const pools = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; systemPrisma?: { $disconnect(): Promise<void> } };
  await Promise.all([pools.prisma?.$disconnect(), pools.systemPrisma?.$disconnect()].map((p) => p?.catch(() => {})));
  console.log(`Serveur arrêté proprement (${signal}).`);
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
