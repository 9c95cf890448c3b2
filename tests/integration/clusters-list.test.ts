import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClusters } from "@/lib/clusters/list-queries";
import { ClusterListQuery } from "@/lib/clusters/schemas";
import { readerOf } from "../support/scopes";
import { testDb } from "../factories";
import { seedDemo } from "../../prisma/seed/demo";

const db = testDb();
beforeAll(async () => {
  await seedDemo(db);
});
afterAll(() => db.$disconnect());

// The demo network's cluster of the Pays de Brest runs from September 2026 to June 2027.
const BREST = "demo-cluster-bretagne-qvct-usure-2026";
const names = async (params: Record<string, string>) =>
  (await listClusters(readerOf("demo-aract-bretagne"), ClusterListQuery.parse({ ...params, page: "1" }))).rows.map((row) => row.id);

describe("the clusters list's years", () => {
  it("tell a cluster running during the year from one started in it", async () => {
    expect(await names({ year: "2027" })).toContain(BREST);
    expect(await names({ started: "2027" })).not.toContain(BREST);
    expect(await names({ started: "2026" })).toContain(BREST);
    expect(await names({ year: "2027", started: "2026" })).toContain(BREST);
    expect(await names({ year: "2025" })).not.toContain(BREST);
  });

  it("keep, started in a year, exactly the clusters whose start falls in it", async () => {
    const started = await names({ started: "2014" });
    const expected = await db.cluster.findMany({
      where: { aractId: "demo-aract-bretagne", startDate: { gte: new Date("2014-01-01"), lte: new Date("2014-12-31") } },
      select: { id: true },
    });
    expect(started.sort()).toEqual(expected.map((row) => row.id).sort());
    expect(started.length).toBeGreaterThan(0);
  });
});
