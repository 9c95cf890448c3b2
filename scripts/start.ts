// `npm start`: the app with demo data. Without DATABASE_URL, an embedded PostgreSQL keeps its data
// under .data/; migrations are applied, the demo seeded when the database is empty, the app built
// when its sources changed, then served. Ctrl-C stops everything, the database included.
// With APP_ENV=production nothing demo-shaped is written, whatever the database holds, and no setting is
// made up: a missing or example NEXTAUTH_SECRET, NEXTAUTH_URL or SMTP_URL stops the start in one line.
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { databaseProblem, seedIfEmpty } from "./lib/database.ts";
import { buildIfNeeded, localSecret, root, startNext, waitForHttp } from "./lib/project.ts";
import { productionConfigProblem } from "../src/env.ts";

const dev = process.argv.includes("--dev");
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const port = Number(process.env.PORT ?? 3000);
const production = process.env.APP_ENV === "production";
const started = Date.now();
let embedded: EmbeddedDb | null = null;

async function stopDatabase() {
  if (!embedded) return;
  const db = embedded;
  embedded = null;
  await db.stop().catch(() => {});
}

async function main() {
  // `npm start` means development unless APP_ENV says production (a bare `next start` means production).
  const configProblem = productionConfigProblem({ APP_ENV: "development", ...process.env });
  if (configProblem) {
    console.error(configProblem);
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) {
    const dataDir = path.join(root, ".data/pg");
    embedded = await startEmbeddedDb({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
    await embedded.ensureDatabase("clusters");
    process.env.DATABASE_URL = embedded.urlFor("clusters");
    console.log(`PostgreSQL embarqué démarré (données dans .data/pg, port ${embedded.port}).`);
  }
  const url = process.env.DATABASE_URL;
  const problem = await databaseProblem(url);
  if (problem) {
    console.error(problem);
    await stopDatabase();
    process.exit(1);
  }
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Migrations appliquées : ${applied.join(", ")}.`);
  if (!production && (await seedIfEmpty(url))) console.log("Données de démonstration chargées.");

  const env: NodeJS.ProcessEnv = production
    ? { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
    : {
        APP_ENV: "development",
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
      };
  if (!dev && (await buildIfNeeded(env)) === "built") console.log("Application construite.");

  const next = startNext(dev ? ["dev", "-p", String(port)] : ["start", "-p", String(port)], env);
  const shutdown = (signal: NodeJS.Signals) => {
    if (next.exitCode === null) next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  waitForHttp(`http://127.0.0.1:${port}/connexion`, 120_000)
    .then(() => console.log(`Plateforme prête en ${((Date.now() - started) / 1000).toFixed(1)} s : ${env.NEXTAUTH_URL}`))
    .catch(() => {});
  const code = await new Promise<number>((resolve) => next.on("exit", (c) => resolve(c ?? 0)));
  await stopDatabase();
  process.exit(code);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase();
  process.exit(1);
});
