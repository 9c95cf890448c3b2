// The benchmark's own PostgreSQL under .data/bench-pg: one database per factor and seed, kept between runs so
// that a second run measures at once. A marker row says which data a database holds; it is written only after
// the generation finished, so an interrupted generation is redone.
import path from "node:path";
import pg from "pg";
import { migrateDatabase, seedAlways, type DatabaseUrls } from "../database.ts";
import { hashSources, root } from "../project.ts";
import { seedScale } from "../scale/index.ts";

export const BENCH_DATA_DIR = path.join(root, ".data/bench-pg");

/** The code that decides what the data are: a change to it makes the kept data stale. */
const GENERATOR_SOURCES = ["scripts/lib/scale", "prisma/seed"];

type ScaleOptions = { factor: number; seed: number; log: (line: string) => void };

/** Migrates the database, then seeds the demo and the scale data unless it already holds exactly these. */
export async function prepareScaleData(urls: DatabaseUrls, { factor, seed, log }: ScaleOptions): Promise<void> {
  const applied = await migrateDatabase(urls);
  if (applied.length) log(`Migrations appliquées : ${applied.join(", ")}.`);

  const generator = hashSources(GENERATOR_SOURCES);
  const client = new pg.Client({ connectionString: urls.ownerUrl });
  await client.connect();
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS bench_marker (factor numeric NOT NULL, seed integer NOT NULL, generator text NOT NULL,
       generated_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ generator: string; generated_at: Date }>(
      "SELECT generator, generated_at FROM bench_marker WHERE factor = $1 AND seed = $2",
      [factor, seed],
    );
    const day = rows[0]?.generated_at.toISOString().slice(0, 10);
    if (rows[0]?.generator === generator) {
      log(`Données déjà générées le ${day} (facteur ${factor}, graine ${seed}) : génération sautée.`);
      return;
    }
    if (rows[0]) log(`Le générateur a changé depuis la génération du ${day} : les données sont refaites.`);
    await client.query("DELETE FROM bench_marker");
    log("Chargement des données de démonstration…");
    await seedAlways(urls.ownerUrl);
    log(`Génération des données à l'échelle (facteur ${factor}, graine ${seed})…`);
    const started = Date.now();
    await seedScale(urls, { factor, seed, log });
    await client.query("INSERT INTO bench_marker (factor, seed, generator) VALUES ($1, $2, $3)", [factor, seed, generator]);
    log(`Données générées en ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await client.end();
  }
}
