import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { aractWhere } from "@/lib/auth/where";

export type AractSummary = {
  id: string;
  name: string;
  region: string;
  clusters: number;
  runningClusters: number;
  companies: number;
  outcomes: { signed: number; deposited: number; inPreparation: number };
};

/** Per Aract of the scope: clusters, companies reached and outcomes, counted in the database. */
export async function listAractSummaries(scope: Scope): Promise<AractSummary[]> {
  const where = scope.role === "NATIONAL" ? {} : { id: scope.aractId };
  const [aracts, running, reached, outcomes] = await Promise.all([
    db.aract.findMany({
      where,
      select: { id: true, name: true, region: true, _count: { select: { clusters: true } } },
    }),
    db.cluster.groupBy({ by: ["aractId"], where: { ...aractWhere(scope), status: "RUNNING" }, _count: true }),
    // Companies reached: those with at least one participation, whatever its cluster.
    db.company.groupBy({ by: ["aractId"], where: { ...aractWhere(scope), participations: { some: {} } }, _count: true }),
    db.outcome.groupBy({ by: ["aractId", "status"], where: aractWhere(scope), _count: true }),
  ]);
  const countFor = (rows: { aractId: string; _count: number }[], aractId: string) =>
    rows.find((row) => row.aractId === aractId)?._count ?? 0;
  const outcomeCount = (aractId: string, status: string) =>
    outcomes.find((row) => row.aractId === aractId && row.status === status)?._count ?? 0;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");
  return aracts.sort(byName).map((aract) => ({
    id: aract.id,
    name: aract.name,
    region: aract.region,
    clusters: aract._count.clusters,
    runningClusters: countFor(running, aract.id),
    companies: countFor(reached, aract.id),
    outcomes: {
      signed: outcomeCount(aract.id, "SIGNED"),
      deposited: outcomeCount(aract.id, "DEPOSITED"),
      inPreparation: outcomeCount(aract.id, "IN_PREPARATION"),
    },
  }));
}
