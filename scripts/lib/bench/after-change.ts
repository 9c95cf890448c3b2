// The first request of the national dashboard after a change: an outcome of one Aract moves from signed to
// deposited (or back), as the outcome form would record it, and the next request alone is timed. It pays
// for what a change costs: the facts of that Aract brought up to date, and the figures computed again.
import type pg from "pg";
import { median } from "./stats.ts";
import { timedGet } from "./load.ts";
import type { BenchRequest } from "./pages.ts";
import type { AfterChangeMeasure } from "./results.ts";

/** Even: the last change puts the outcome back as it was, and a request follows every change. */
const RUNS = 6;

async function toggleOutcome(client: pg.Client, id: string): Promise<void> {
  await client.query(
    `UPDATE "Outcome" SET status = (CASE WHEN status = 'SIGNED' THEN 'DEPOSITED' ELSE 'SIGNED' END)::"OutcomeStatus"
      WHERE id = $1`,
    [id],
  );
}

export async function measureAfterChange(client: pg.Client, baseUrl: string, request: BenchRequest): Promise<AfterChangeMeasure> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM "Outcome" WHERE status IN ('SIGNED', 'DEPOSITED') ORDER BY id LIMIT 1`,
  );
  if (!rows[0]) throw new Error("Aucun accord ou plan signé dans la base du banc d'essai.");
  const timings: number[] = [];
  await timedGet(baseUrl, request);
  // Each change followed by its request: no change is left for the next measurement to pay.
  for (let run = 0; run < RUNS; run++) {
    await toggleOutcome(client, rows[0].id);
    timings.push(await timedGet(baseUrl, request));
  }
  return { runs: RUNS, medianMs: median(timings), maxMs: Math.max(...timings) };
}
