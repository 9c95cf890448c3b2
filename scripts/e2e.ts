// End-to-end tests: a throw-away PostgreSQL seeded with the demo data, the production build of the
// app on a free port (and a second instance of it on the same database), and Playwright driving
// Debian's Chromium against it. Extra arguments go to Playwright.
// Beside it, the real production path: an empty database, `npm run admin:create`, then `npm start` with
// APP_ENV=production, its e-mails sent by SMTP to a local sink (e2e/production-journey.spec.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb, freePort } from "./lib/embedded-db.ts";
import { embeddedUrls, migrateDatabase, seedAlways } from "./lib/database.ts";
import { buildIfNeeded, bin, run, startNext, waitForHttp } from "./lib/project.ts";
import { CHROMIUM, ensureChromium } from "./lib/chromium.ts";
import { startSmtpSink, type SmtpSink } from "./lib/smtp-sink.ts";

const PRODUCTION_ADMIN = { email: "nadia.benali@anact.fr", name: "Nadia Benali" };

ensureChromium();
const dir = mkdtempSync(path.join(os.tmpdir(), "clusters-e2e-"));
chmodSync(dir, 0o755);
const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
let server: ReturnType<typeof startNext> | undefined;
let second: ReturnType<typeof startNext> | undefined;
let production: ChildProcess | undefined;
let sink: SmtpSink | undefined;
let exitCode = 1;

/** `npm run admin:create`, then `npm start` in production on an empty database; its address. */
async function startProduction(base: NodeJS.ProcessEnv): Promise<{ url: string; databaseUrl: string; inboxUrl: string }> {
  sink = await startSmtpSink();
  await db.ensureDatabase("e2e_prod");
  // Two roles, as on an external server: the owner migrates, the app's role is bound by row-level security.
  const urls = await embeddedUrls(db.urlFor("e2e_prod"));
  const databaseUrl = urls.ownerUrl;
  const { APP_ENV: _a, NEXTAUTH_URL: _u, NEXTAUTH_SECRET: _s, SMTP_URL: _m, DATABASE_URL: _d, DPO_EMAIL: _p, ...inherited } = base;
  const env = { ...inherited, DATABASE_URL: urls.url, MIGRATION_DATABASE_URL: urls.ownerUrl };
  await run(bin("tsx"), ["scripts/admin-create.ts", "--email", PRODUCTION_ADMIN.email, "--name", PRODUCTION_ADMIN.name], { env });
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // Node itself, not the tsx command: a stop signal then reaches start.ts, which drains its server.
  production = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...env,
      APP_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      SMTP_URL: sink.smtpUrl,
      DPO_EMAIL: "dpd@anact.fr",
    },
  });
  await waitForHttp(`${url}/connexion`, 120_000);
  return { url, databaseUrl, inboxUrl: sink.inboxUrl };
}

/** Stops a server and waits until it has exited (killed after 20 s), so that none outlives the run. */
async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}

async function stopProduction() {
  await stop(production);
  await sink?.stop();
}
try {
  await db.ensureDatabase("e2e");
  // The tests read and check the database as its owner; the app connects as its own role.
  const urls = await embeddedUrls(db.urlFor("e2e"));
  const databaseUrl = urls.ownerUrl;
  await migrateDatabase(urls);
  await seedAlways(urls.ownerUrl);

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    DEMO_OUTBOX: "on",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: urls.url,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-00",
    // Every test signs in from 127.0.0.1, and the same demo people sign in in many tests: the limits are
    // raised here; the integration suite tests them at their defaults, e2e/magic-link.spec.ts at these.
    SIGNIN_LIMIT_PER_IP: "100000",
    SIGNIN_LIMIT_PER_EMAIL: "50",
    // e2e/follow-up.spec.ts moves a follow-up's due day to today and waits for its e-mail: looked for every
    // two seconds rather than every minute.
    FOLLOW_UP_ROUND_SECONDS: "2",
  };
  await buildIfNeeded(env);
  server = startNext("start", port, env);
  // A second instance of the same build on the same database: what one shows after a change made
  // through the other (e2e/reports.spec.ts). Cookies ignore the port, so one sign-in serves both.
  const secondPort = await freePort();
  const secondUrl = `http://localhost:${secondPort}`;
  second = startNext("start", secondPort, { ...env, NEXTAUTH_URL: secondUrl });
  await waitForHttp(`${baseUrl}/connexion`);
  await waitForHttp(`${secondUrl}/connexion`);
  const prod = await startProduction(process.env);
  await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: {
      ...env,
      E2E_BASE_URL: baseUrl,
      E2E_SECOND_URL: secondUrl,
      E2E_DATABASE_URL: databaseUrl,
      E2E_PROD_BASE_URL: prod.url,
      E2E_PROD_DATABASE_URL: prod.databaseUrl,
      E2E_PROD_INBOX_URL: prod.inboxUrl,
      E2E_PROD_ADMIN_EMAIL: PRODUCTION_ADMIN.email,
      CHROMIUM_PATH: CHROMIUM,
    },
  });
  exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await Promise.all([stop(server), stop(second), stopProduction()]).catch(() => {});
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
