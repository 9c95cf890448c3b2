// `npm run seed:scale -- --factor N [--seed S]`: fills the database with the network's volume (at factor 1,
// 16 Aracts, 3,000 clusters over 2017–2026, about a million diagnostic answers), next to the demo data.
// DATABASE_URL when set; otherwise the embedded database of `npm start` (.data/pg), started for the run and
// stopped after it, or used as it is when `npm start` already runs it.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseProblem, openProjectDatabase, type ProjectDatabase } from "./lib/database.ts";
import { root } from "./lib/project.ts";
import { seedScale } from "./lib/scale/index.ts";

const USAGE = "Usage : npm run seed:scale -- --factor 1 [--seed 1]  (facteur positif, décimales acceptées : 0.02)";

function readArgs(): { factor: number; seed: number } {
  try {
    const { values } = parseArgs({
      options: { factor: { type: "string", default: "1" }, seed: { type: "string", default: "1" } },
    });
    const factor = Number(values.factor);
    const seed = Number(values.seed);
    if (!(factor > 0) || factor > 20) throw new Error(`facteur invalide : « ${values.factor} » (entre 0 et 20)`);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`graine invalide : « ${values.seed} » (entier positif)`);
    return { factor, seed };
  } catch (error) {
    const unparsed = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(unparsed ? `Arguments non reconnus : ${process.argv.slice(2).join(" ")}` : (error as Error).message);
    console.error(USAGE);
    process.exit(1);
  }
}

const { factor, seed } = readArgs();
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

if (process.env.APP_ENV === "production") {
  console.error("seed:scale écrit des données fictives : il est refusé quand APP_ENV=production.");
  process.exit(1);
}

let database: ProjectDatabase | null = null;
try {
  database = await openProjectDatabase();
  const problem = await databaseProblem(database.ownerUrl);
  if (problem) throw new Error(problem);
  const { counts, seconds } = await seedScale(database, { factor, seed, log: (line) => console.log(line) });
  const number = new Intl.NumberFormat("fr-FR");
  console.log("\nLignes par table (dont générées) :");
  for (const { table, total, generated } of counts) {
    console.log(`  ${table.padEnd(20)} ${number.format(total).padStart(11)}  (${number.format(generated)})`);
  }
  console.log(`\nTerminé en ${seconds.toFixed(1).replace(".", ",")} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database?.embedded?.stop().catch(() => {});
}
