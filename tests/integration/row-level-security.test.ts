import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { scopedDb, unscopedDb } from "@/lib/db";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { createCluster, createStaffUser, createTwoAracts, enrolCompany, testDb } from "../factories";

// PostgreSQL is the second wall behind the queries' own tenant filters: the app's role owns nothing and
// is bound by row-level security, whose policies read the caller's scope from transaction-local settings.
// These tests query as the app's role, deliberately without any tenant filter in the query.
const db = testDb();
let world: Awaited<ReturnType<typeof createTwoAracts>>;
let otherCluster: { id: string };
let otherMember: Awaited<ReturnType<typeof enrolCompany>>;
let neighbour: Awaited<ReturnType<typeof enrolCompany>>;

async function asApp<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  world = await createTwoAracts(db);
  neighbour = await enrolCompany(db, world.cluster.id, world.aract.id);
  const otherCharge = await createStaffUser(db, "CHARGE_DE_MISSION", world.other.id);
  otherCluster = await createCluster(db, world.other.id, { staffUserId: otherCharge.id });
  otherMember = await enrolCompany(db, otherCluster.id, world.other.id);
  await db.auditEvent.create({
    data: { aractId: world.other.id, actorId: null, action: "cluster.created", entityType: "Cluster", entityId: otherCluster.id },
  });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the database's catalog", () => {
  it("gives the app a role that is not superuser, cannot bypass row-level security and owns nothing", async () => {
    const role = await asApp(async (client) => {
      const { rows } = await client.query(
        `SELECT r.rolsuper, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      return rows[0];
    });
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it("enables and forces row-level security on every table holding an Aract's rows or reached through one", async () => {
    const { rows } = await asApp((client) =>
      client.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
        `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r'
            AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'aractId' AND NOT a.attisdropped)
                 OR c.relname IN ('ProgrammeFunder', 'DiagnosticSection', 'DiagnosticQuestion'))
          ORDER BY 1`,
      ),
    );
    expect(rows.length).toBeGreaterThan(25);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies === 0).map((r) => r.table);
    expect(unprotected).toEqual([]);
  });
});

describe("a query without a scope", () => {
  it("sees no tenant row, even written without any filter", async () => {
    const client = unscopedDb();
    expect(await db.cluster.count()).toBeGreaterThan(0);
    expect(await client.cluster.count()).toBe(0);
    expect(await client.company.count()).toBe(0);
    expect(await client.person.count()).toBe(0);
    expect(await client.participation.count()).toBe(0);
    expect(await client.auditEvent.count()).toBe(0);
  });

  it("cannot write a tenant row", async () => {
    await expect(
      unscopedDb().company.create({ data: { aractId: world.aract.id, name: "Intruse", siret: "73282932000074", nafCode: "10.20Z", headcount: 5 } }),
    ).rejects.toThrow(/row-level security/);
  });
});

describe("reads asked side by side", () => {
  it("each get their own scope's rows, and a failing read fails alone", async () => {
    const charge = scopedDb((await buildScope(world.charge.id)) as Scope);
    const national = scopedDb((await buildScope(world.national.id)) as Scope);
    // Issued in the same turn: the reads of one scope run in one transaction, each scope in its own.
    const [own, all, missing, hidden, count] = await Promise.allSettled([
      charge.cluster.findMany({ select: { aractId: true } }),
      national.cluster.findMany({ select: { aractId: true } }),
      charge.cluster.findUniqueOrThrow({ where: { id: "absent" } }),
      charge.participation.findUnique({ where: { id: otherMember.participation.id } }),
      charge.participation.count(),
    ]);
    expect(own.status === "fulfilled" && new Set(own.value.map((c) => c.aractId))).toEqual(new Set([world.aract.id]));
    expect(all.status === "fulfilled" && new Set(all.value.map((c) => c.aractId))).toEqual(new Set([world.aract.id, world.other.id]));
    expect(missing.status).toBe("rejected");
    expect(hidden).toEqual({ status: "fulfilled", value: null });
    expect(count).toEqual({ status: "fulfilled", value: await db.participation.count({ where: { aractId: world.aract.id } }) });
  });
});

describe("a chargé·e de mission's scope", () => {
  it("sees her own Aract's rows only, through queries that filter nothing", async () => {
    const scope = (await buildScope(world.charge.id)) as Scope;
    const client = scopedDb(scope);
    const clusters = await client.cluster.findMany({ select: { aractId: true } });
    expect(clusters.length).toBeGreaterThan(0);
    expect(new Set(clusters.map((c) => c.aractId))).toEqual(new Set([world.aract.id]));
    expect(await client.participation.findUnique({ where: { id: otherMember.participation.id } })).toBeNull();
    expect(await client.auditEvent.count({ where: { aractId: world.other.id } })).toBe(0);
    // Raw SQL too: the wall is in PostgreSQL, not in Prisma.
    const raw = await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Company" WHERE "aractId" <> ${world.aract.id}`;
    expect(raw[0]!.n).toBe(0);
  });

  it("cannot write into another Aract, nor move a row there", async () => {
    const client = scopedDb((await buildScope(world.charge.id)) as Scope);
    const moved = await client.cluster.updateMany({ where: { id: otherCluster.id }, data: { name: "Pris" } });
    expect(moved.count).toBe(0);
    await expect(client.cluster.update({ where: { id: world.cluster.id }, data: { aractId: world.other.id } })).rejects.toThrow();
    expect((await db.cluster.findUniqueOrThrow({ where: { id: otherCluster.id } })).name).not.toBe("Pris");
    expect((await db.cluster.findUniqueOrThrow({ where: { id: world.cluster.id } })).aractId).toBe(world.aract.id);
  });
});

describe("the national team's scope", () => {
  it("reads every Aract's rows and writes none of them", async () => {
    const client = scopedDb((await buildScope(world.national.id)) as Scope);
    expect(await client.cluster.count()).toBe(await db.cluster.count());
    const renamed = await client.cluster.updateMany({ data: { name: "National" } });
    expect(renamed.count).toBe(0);
  });
});

describe("a company member's scope", () => {
  it("sees their own participation, company and pair, and no other company of their cluster", async () => {
    const client = scopedDb((await buildScope(world.member.user.id)) as Scope);
    expect((await client.participation.findMany({ select: { id: true } })).map((p) => p.id)).toEqual([world.member.participation.id]);
    expect((await client.company.findMany({ select: { id: true } })).map((c) => c.id)).toEqual([world.member.company.id]);
    expect(await client.pairMember.count()).toBe(2);
    expect(await client.participation.findUnique({ where: { id: neighbour.participation.id } })).toBeNull();
    expect(await client.auditEvent.count()).toBe(0);
  });
});

describe("the audit trail", () => {
  it("refuses UPDATE and DELETE to the app's role", async () => {
    await asApp(async (client) => {
      await client.query("SELECT set_config('app.role', 'system', false)");
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'falsifie'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    });
  });
});
