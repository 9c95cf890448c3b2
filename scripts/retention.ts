// `npm run retention -- [--dry-run]`: anonymizes the pair members of clusters evaluated more than
// RETENTION_YEARS years ago (5 by default), as the app's daily job does; with --dry-run, lists who would be
// anonymized and changes nothing. DATABASE_URL when set; otherwise the embedded database of `npm start`.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { runRetention } from "../src/lib/personal-data/retention.ts";
import { databaseProblem, embeddedDataDir } from "./lib/database.ts";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db.ts";
import { root } from "./lib/project.ts";

const USAGE = "Usage : npm run retention -- [--dry-run]  (durée de conservation : RETENTION_YEARS, 5 ans par défaut)";

function readArgs(): { dryRun: boolean; years: number } {
  try {
    const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
    const raw = process.env.RETENTION_YEARS?.trim() || "5";
    const years = Number(raw);
    if (!Number.isInteger(years) || years < 1 || years > 50)
      throw new Error(`RETENTION_YEARS invalide : « ${raw} » (entier de 1 à 50)`);
    return { dryRun: values["dry-run"], years };
  } catch (error) {
    const unparsed = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(unparsed ? `Arguments non reconnus : ${process.argv.slice(2).join(" ")}` : (error as Error).message);
    console.error(USAGE);
    process.exit(1);
  }
}

if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const { dryRun, years } = readArgs();
const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" });

type Database = { url: string; embedded: EmbeddedDb | null };

/** As seed:scale: DATABASE_URL, or the embedded database of `npm start` (started for the run when stopped). */
async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/clusters`;
  if ((await databaseProblem(url)) === null) return { url, embedded: null };
  const embedded = await startEmbeddedDb({ dataDir: embeddedDataDir(), port });
  await embedded.ensureDatabase("clusters");
  return { url: embedded.urlFor("clusters"), embedded };
}

let database: Database | null = null;
let db: PrismaClient | null = null;
try {
  database = await openDatabase();
  const problem = await databaseProblem(database.url);
  if (problem) throw new Error(problem);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const run = await runRetention(db, { years, dryRun });
  if (run.status === "locked") {
    console.log("Une autre exécution de la conservation est en cours sur cette base : rien n'a été fait.");
  } else {
    const count = run.candidates.length;
    const rule = `clusters évalués avant le ${day.format(run.cutoff)} (conservation : ${years} ans)`;
    for (const c of run.candidates) {
      console.log(`  ${c.name} · ${c.aractName} · ${c.clusters.join(", ")} · évalué le ${day.format(c.evaluatedAt)}`);
    }
    const persons = count === 1 ? "1 personne" : `${count} personnes`;
    if (count === 0) console.log(`Aucune personne à anonymiser : ${rule}.`);
    else if (dryRun) console.log(`Simulation : ${persons} à anonymiser, ${rule}. Rien n'a été modifié.`);
    else console.log(`${persons} anonymisée${count === 1 ? "" : "s"}, ${rule}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db?.$disconnect();
  await database?.embedded?.stop().catch(() => {});
}
