// The app's production server: Next's documented custom server around the build in .next, for two things
// `next start` cannot do.
// - The client's address: Next fills X-Forwarded-For from the socket only when the client sent none, so a
//   client could pick its own address for the per-IP limits. Here the address is resolved from the socket
//   and TRUSTED_PROXY_HOPS (0 by default: nothing a client sends is believed) and handed on alone.
// - Security headers on every answer, HSTS in production.
// - A clean stop: on SIGTERM or SIGINT it stops accepting, lets the requests in flight finish, closes the
//   database pools and exits; a busy port is named in one French line.
// Usage: node --import tsx scripts/server.ts (PORT, default 3000; every interface, as `next start`).
import { createServer } from "node:http";
import next from "next";
import { resolveClientIp } from "../src/lib/auth/client-ip.ts";
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

const server = createServer((request, response) => {
  for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = resolveClientIp(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedHops,
  );
  void handle(request, response);
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
  // The app's database pools live on globalThis (src/lib/db.ts), in this very process.
  const pools = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; systemPrisma?: { $disconnect(): Promise<void> } };
  await Promise.all([pools.prisma?.$disconnect(), pools.systemPrisma?.$disconnect()].map((p) => p?.catch(() => {})));
  console.log(`Serveur arrêté proprement (${signal}).`);
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
