import pg from "pg";
import { migrateDatabase, seedIfEmpty, type DatabaseUrls } from "../database.ts";
import { SYSTEM_SETTINGS } from "../../../src/lib/db-settings.ts";
import { loadCatalog } from "./catalog.ts";
import { clearScaleRows } from "./clear.ts";
import { countRows, type TableCount } from "./counts.ts";
import { planScale, type ScalePlan } from "./plan.ts";
import { emptyBatch } from "./rows.ts";
import { BulkWriter } from "./write.ts";

// Fills a database with the network's volume (`npm run seed:scale`, and the benchmark): migrations, the
// demo when the database is empty, then the generated rows of a previous run removed and written anew.

export type SeedScaleOptions = { factor: number; seed?: number; log?: (line: string) => void };
export type SeedScaleResult = { counts: TableCount[]; seconds: number };
export type { TableCount };

/** Rows generated before they are sent, in one transaction. */
const FLUSH_ROWS = 20_000;
const number = new Intl.NumberFormat("fr-FR");

export async function seedScale(
  urls: DatabaseUrls,
  { factor, seed = 1, log = () => {} }: SeedScaleOptions,
): Promise<SeedScaleResult> {
  const started = performance.now();
  const applied = await migrateDatabase(urls);
  if (applied.length) log(`Migrations appliquées : ${applied.join(", ")}.`);
  if (await seedIfEmpty(urls.ownerUrl)) log("Données de démonstration chargées.");

  const client = new pg.Client({ connectionString: urls.ownerUrl, connectionTimeoutMillis: 10_000, options: SYSTEM_SETTINGS });
  await client.connect();
  try {
    // The rows can be regenerated at will: no need to wait for each commit to reach the disk.
    await client.query("SET synchronous_commit = off");
    log("Suppression des données de volume d'une exécution précédente…");
    const removed = await clearScaleRows(client);
    if (removed > 0) log(`${number.format(removed)} lignes supprimées.`);

    const plan = planScale({ factor, seed, catalog: await loadCatalog(client) });
    log(`Génération de ${number.format(plan.clusterCount)} clusters (facteur ${factor}, graine ${seed})…`);
    await writePlan(client, plan, log);
    log("Mise à jour des statistiques du planificateur (ANALYZE)…");
    await client.query("ANALYZE");
    return { counts: await countRows(client), seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

/**
 * Generation and writing overlap: while the database inserts one flush, the next one is generated (the
 * event loop gets a turn after each cluster so that the driver can send the queued statements).
 */
async function writePlan(client: pg.Client, plan: ScalePlan, log: (line: string) => void): Promise<void> {
  const writer = new BulkWriter(client);
  writer.add({ ...emptyBatch(), Aract: plan.aracts });
  let inFlight: Promise<void> = Promise.resolve();
  const send = async () => {
    await inFlight;
    const flush = writer.flush();
    // Awaited at the next send; a failure must not surface earlier as an unhandled rejection.
    flush.catch(() => {});
    inFlight = flush;
  };
  let done = 0;
  let reported = 0;
  for (const batch of plan.batches()) {
    writer.add(batch);
    done += 1;
    if (writer.size >= FLUSH_ROWS) await send();
    const tenths = Math.floor((done * 10) / plan.clusterCount);
    if (tenths > reported) {
      reported = tenths;
      log(`  ${number.format(done)} / ${number.format(plan.clusterCount)} clusters (${tenths * 10} %)`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await send();
  await inFlight;
}
