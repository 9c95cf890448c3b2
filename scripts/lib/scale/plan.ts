import { FIRST_YEAR, YEARS } from "./calendar.ts";
import { createGen, type PlannedAract } from "./context.ts";
import { planCluster } from "./plan-cluster.ts";
import { planDiagnostics } from "./plan-diagnostics.ts";
import { planOutcomes } from "./plan-outcomes.ts";
import { planParticipations } from "./plan-participations.ts";
import { planSessions } from "./plan-sessions.ts";
import { REGIONS } from "./regions.ts";
import { emptyBatch, type AractRow, type Catalog, type ScaleBatch } from "./rows.ts";

// What to generate, from the factor, the seed and what the database already holds (the Aracts, national
// programmes and templates of the demo). Pure: no database, no clock, no Math.random; the same input gives
// the same rows, one cluster at a time so that memory stays bounded whatever the factor.

export const CLUSTERS_AT_FACTOR_1 = 3000;
/** The network grows: a tenth more clusters each year, from 2017 to 2026. */
const YEAR_WEIGHTS = Array.from({ length: YEARS }, (_, i) => 0.8 + (0.4 * i) / (YEARS - 1));

export type ScalePlanInput = { factor: number; seed: number; catalog: Catalog };

export type ScalePlan = {
  /** The Aracts to create (the regions the database has no Aract for yet). */
  aracts: AractRow[];
  clusterCount: number;
  /** The rows, one cluster (with everything that hangs from it) per batch; each call starts over. */
  batches: () => Generator<ScaleBatch>;
};

export function planScale({ factor, seed, catalog }: ScalePlanInput): ScalePlan {
  if (!(factor > 0)) throw new Error("Le facteur doit être un nombre positif.");
  if (!Number.isInteger(seed)) throw new Error("La graine doit être un nombre entier.");
  const planned: PlannedAract[] = REGIONS.map((region) => ({
    region,
    id: catalog.aractIds.get(region.slug) ?? `scale-aract-${region.slug}`,
  }));
  const aracts: AractRow[] = planned
    .filter(({ region }) => !catalog.aractIds.has(region.slug))
    .map(({ id, region }) => ({
      id,
      slug: region.slug,
      name: region.name,
      region: region.region,
      createdAt: "2016-01-04T09:00:00.000Z",
    }));
  const clusterCount = Math.max(1, Math.round(CLUSTERS_AT_FACTOR_1 * factor));
  const perYear = apportion(clusterCount, YEAR_WEIGHTS);
  const weights = planned.map((aract) => [aract, aract.region.weight] as const);

  function* batches(): Generator<ScaleBatch> {
    const gen = createGen(seed, catalog);
    for (const [i, count] of perYear.entries()) {
      for (let n = 0; n < count; n++) {
        const batch = emptyBatch();
        const cluster = planCluster(gen, gen.rng.weighted(weights), FIRST_YEAR + i);
        batch.Cluster.push(cluster.row);
        const participations = planParticipations(gen, cluster, batch);
        planSessions(gen, cluster, participations, batch);
        planOutcomes(gen, cluster, participations, batch);
        planDiagnostics(gen, cluster, participations, batch);
        yield batch;
      }
    }
  }
  return { aracts, clusterCount, batches };
}

/** Splits `total` in proportion to `weights`, the remainders going to the largest fractions. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const remaining = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remaining; k++) counts[order[k]![1]]! += 1;
  return counts;
}
