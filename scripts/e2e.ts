// End-to-end tests: a throw-away PostgreSQL seeded with the demo data, the production build of the
// app on a free port, and Playwright driving Debian's Chromium against it. Extra arguments go to Playwright.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb, freePort } from "./lib/embedded-db.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { seedAlways } from "./lib/database.ts";
import { buildIfNeeded, bin, run, startNext, waitForHttp } from "./lib/project.ts";
import { CHROMIUM, ensureChromium } from "./lib/chromium.ts";

ensureChromium();
const dir = mkdtempSync(path.join(os.tmpdir(), "clusters-e2e-"));
chmodSync(dir, 0o755);
const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
let server: ReturnType<typeof startNext> | undefined;
let exitCode = 1;
try {
  await db.ensureDatabase("e2e");
  const databaseUrl = db.urlFor("e2e");
  await applyMigrations(databaseUrl);
  await seedAlways(databaseUrl);

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-00",
    // Every test signs in from 127.0.0.1, and the same demo people sign in in many tests: the limits are
    // raised here; the integration suite tests them at their defaults, e2e/magic-link.spec.ts at these.
    SIGNIN_LIMIT_PER_IP: "100000",
    SIGNIN_LIMIT_PER_EMAIL: "50",
  };
  await buildIfNeeded(env);
  server = startNext(["start", "-p", String(port)], env);
  await waitForHttp(`${baseUrl}/connexion`);
  await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: { ...env, E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: databaseUrl, CHROMIUM_PATH: CHROMIUM },
  });
  exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  server?.kill("SIGTERM");
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
