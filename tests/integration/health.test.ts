import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { testDb } from "../factories";

// /api/health, as a load balancer reads it: the database answers, every committed migration is applied.
describe("the health check", () => {
  it("answers 200 with the migrations applied and none pending, without signing in", async () => {
    const committed = readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      database: "up",
      migrations: { applied: committed.length, last: committed.at(-1), pending: [], failed: [] },
    });
  });

  it("answers 503 when a committed migration is missing from the database", async () => {
    const db = testDb();
    const [last] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last!.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect((await response.json()).migrations.pending).toEqual([last!.migration_name]);
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last!.id}`;
      await db.$disconnect();
    }
  });
});
