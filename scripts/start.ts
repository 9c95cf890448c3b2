// `npm start`: the app with demo data. Without DATABASE_URL, an embedded PostgreSQL keeps its data
// under .data/; migrations are applied, the demo seeded when the database is empty, the app built
// when its sources changed, then served. Ctrl-C stops everything, the database included.
// The embedded PostgreSQL is supervised: if it dies it is started again after a short delay, and the app
// reconnects by itself (its server answers 503 meanwhile). On SIGTERM or SIGINT the app finishes its
// requests first, then the database is stopped, and not restarted.
// With APP_ENV=production nothing demo-shaped is written, whatever the database holds, and no setting is
// made up: a missing or example NEXTAUTH_SECRET, NEXTAUTH_URL or SMTP_URL stops the start in one line.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startSupervisedDb, takeSignalsBack, type SupervisedDb } from "./lib/embedded-db.ts";
import { configuredUrls, databaseProblem, embeddedDataDir, embeddedUrls, migrateDatabase, seedIfEmpty } from "./lib/database.ts";
import { appRoleProblem } from "./lib/app-role.ts";
import { buildIfNeeded, localSecret, root, startNext, waitForHttp } from "./lib/project.ts";
import { productionConfigProblem } from "../src/env.ts";

const dev = process.argv.includes("--dev");
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const port = Number(process.env.PORT ?? 3000);
const production = process.env.APP_ENV === "production";
const started = Date.now();
let embedded: SupervisedDb | null = null;

async function stopDatabase() {
  if (!embedded) return;
  const db = embedded;
  embedded = null;
  await db.stop().catch(() => {});
  console.log("PostgreSQL embarqué arrêté.");
}

let next: ChildProcess | null = null;
let stopping = false;
// Registered before anything starts, with an external database too: a stop asked during the migrations or the
// build stops the embedded database as well, and the app always drains before this process exits.
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  embedded?.stopRestarting();
  // The app drains first (scripts/server.ts); main() stops the database once it has exited.
  if (next && next.exitCode === null) {
    next.kill(signal);
    return;
  }
  await stopDatabase();
  process.exit(signal === "SIGINT" ? 130 : 143);
}
takeSignalsBack();
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

async function main() {
  // `npm start` means development unless APP_ENV says production (a bare `next start` means production).
  const configProblem = productionConfigProblem({ APP_ENV: "development", ...process.env });
  if (configProblem) {
    console.error(configProblem);
    process.exit(1);
  }
  let urls = configuredUrls();
  if (!urls) {
    const dataDir = embeddedDataDir();
    embedded = await startSupervisedDb({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), say: console.log });
    await embedded.ensureDatabase("clusters");
    urls = await embeddedUrls(embedded.urlFor("clusters"));
    process.env.DATABASE_URL = urls.url;
    process.env.MIGRATION_DATABASE_URL = urls.ownerUrl;
    console.log(`PostgreSQL embarqué démarré (données dans ${path.relative(root, dataDir) || dataDir}, port ${embedded.port}).`);
  }
  const problem = (await databaseProblem(urls.ownerUrl)) ?? (await databaseProblem(urls.url));
  if (problem) {
    console.error(problem);
    await stopDatabase();
    process.exit(1);
  }
  const applied = await migrateDatabase(urls);
  if (applied.length) console.log(`Migrations appliquées : ${applied.join(", ")}.`);
  const roleProblem = await appRoleProblem(urls.url);
  if (roleProblem) {
    const line = `le rôle de DATABASE_URL est ${roleProblem.superuser ? "superutilisateur" : roleProblem.bypassRls ? "BYPASSRLS" : "propriétaire des tables"} : la sécurité au niveau des lignes ne le retient pas (voir README, « Base de données externe »).`;
    if (production) {
      console.error(`Démarrage refusé en production : ${line}`);
      await stopDatabase();
      process.exit(1);
    }
    console.warn(`Attention : ${line}`);
  }
  if (!production && (await seedIfEmpty(urls.ownerUrl))) console.log("Données de démonstration chargées.");

  const env: NodeJS.ProcessEnv = production
    ? { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
    : {
        APP_ENV: "development",
        // The demo signs in through the local outbox (for this machine only, see src/lib/email/queries.ts).
        DEMO_OUTBOX: "on",
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
      };
  if (!dev && (await buildIfNeeded(env)) === "built") console.log("Application construite.");

  if (stopping) return;
  const app = (next = startNext(dev ? "dev" : "start", port, env));
  waitForHttp(`http://127.0.0.1:${port}/connexion`, 120_000)
    .then(() => console.log(`Plateforme prête en ${((Date.now() - started) / 1000).toFixed(1)} s : ${env.NEXTAUTH_URL}`))
    .catch(() => {});
  const code = await new Promise<number>((resolve) => app.on("exit", (c) => resolve(c ?? 0)));
  await stopDatabase();
  process.exit(code);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase();
  process.exit(1);
});
