import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import { getCluster, listActiveClusters } from "@/lib/clusters/queries";
import { countReport } from "@/lib/reports/queries";
import { listMyParticipations } from "@/lib/participations/mine/queries";
import { listAractUsers } from "@/lib/users/queries";
import { createAract, createCluster, createSession, createStaffUser, enrolCompany, testDb } from "../factories";

// Two Aracts, each with an administrator, a chargé de mission, a cluster and two companies.
const db = testDb();
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildAract(name: string) {
  const aract = await createAract(db, name);
  const admin = await createStaffUser(db, "ARACT_ADMIN", aract.id);
  const charge = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  const cluster = await createCluster(db, aract.id, { staffUserId: charge.id });
  await createSession(db, cluster.id, aract.id, "2026-12-10");
  await createSession(db, cluster.id, aract.id, "2026-10-01");
  const first = await enrolCompany(db, cluster.id, aract.id);
  const second = await enrolCompany(db, cluster.id, aract.id);
  await db.outcome.create({
    data: { aractId: aract.id, participationId: first.participation.id, kind: "ACCORD", theme: "QVCT", status: "SIGNED" },
  });
  return { aract, admin, charge, cluster, first, second };
}

async function buildWorld() {
  const national = await createStaffUser(db, "NATIONAL", null);
  return { national, north: await buildAract("Aract Nord"), south: await buildAract("Aract Sud") };
}

async function scopeOf(userId: string): Promise<Scope> {
  const scope = await buildScope(userId);
  if (!scope) throw new Error("no scope");
  return scope;
}

const NOW = new Date("2026-11-23T09:00:00Z");

beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

describe("scopes", () => {
  it("derives each role from memberships and pair seats", async () => {
    expect((await scopeOf(world.national.id)).role).toBe("NATIONAL");
    expect(await scopeOf(world.north.admin.id)).toMatchObject({ role: "ARACT_ADMIN", aractId: world.north.aract.id });
    expect(await scopeOf(world.north.charge.id)).toMatchObject({ role: "CHARGE_DE_MISSION", aractName: "Aract Nord" });
    expect(await scopeOf(world.north.first.user.id)).toMatchObject({
      role: "COMPANY_MEMBER",
      aractId: world.north.aract.id,
      participationIds: [world.north.first.participation.id],
    });
  });

  it("gives no scope to a user without role, a disabled user or a replaced pair member", async () => {
    const loner = await db.user.create({ data: { email: "personne@exemple.fr" } });
    expect(await buildScope(loner.id)).toBeNull();
    const disabled = await createStaffUser(db, "CHARGE_DE_MISSION", world.north.aract.id);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await buildScope(disabled.id)).toBeNull();
    const replaced = await enrolCompany(db, world.south.cluster.id, world.south.aract.id);
    await db.pairMember.updateMany({ where: { personId: replaced.direction.id }, data: { endedAt: new Date() } });
    expect(await buildScope(replaced.user.id)).toBeNull();
  });
});

describe("what each role reads", () => {
  it("national: every Aract's figures and clusters", async () => {
    const scope = await scopeOf(world.national.id);
    const report = await countReport(scope, {}, "2026-11-23");
    const north = report.byAract.find((row) => row.key === world.north.aract.id);
    expect(report.byAract.map((row) => row.key)).toEqual(expect.arrayContaining([world.north.aract.id, world.south.aract.id]));
    expect(north?.counts).toMatchObject({ clusters: 1, companies: 2, accordsSigned: 1, accordsInPreparation: 0 });
    expect(await getCluster(scope, world.south.cluster.id)).not.toBeNull();
  });

  it("chargé de mission: their own Aract's clusters, with the next session; never another Aract's", async () => {
    const scope = await scopeOf(world.north.charge.id);
    const clusters = await listActiveClusters(scope, NOW);
    expect(clusters.map((c) => c.id)).toEqual([world.north.cluster.id]);
    expect(clusters[0]).toMatchObject({ inCharge: true, companyCount: 2 });
    expect(clusters[0]?.nextSession?.date.toISOString().slice(0, 10)).toBe("2026-12-10");
    expect(await getCluster(scope, world.south.cluster.id)).toBeNull();
    expect((await getCluster(scope, world.north.cluster.id))?.companies).toHaveLength(2);
  });

  it("administrator: their Aract's users only", async () => {
    const users = await listAractUsers(await scopeOf(world.north.admin.id));
    const ids = users.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([world.north.admin.id, world.north.charge.id]));
    expect(ids).not.toContain(world.south.admin.id);
    expect(ids).not.toContain(world.national.id);
  });

  it("company member: their own participation, and their own company only in the cluster", async () => {
    const scope = await scopeOf(world.north.first.user.id);
    const mine = await listMyParticipations(scope, NOW);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ company: { name: world.north.first.company.name } });
    expect(mine[0]?.people.map((m) => m.isMe)).toEqual([true, false]);
    expect(mine[0]?.nextSessions.map((s) => s.date.toISOString().slice(0, 10))).toEqual(["2026-12-10"]);
    const cluster = await getCluster(scope, world.north.cluster.id);
    expect(cluster?.companies.map((c) => c.name)).toEqual([world.north.first.company.name]);
    expect(await getCluster(scope, world.south.cluster.id)).toBeNull();
  });

  it("a company member's scope cannot be overridden by the id a query asks for", async () => {
    const scope = await scopeOf(world.north.first.user.id);
    const other = world.north.second.participation.id;
    expect(await db.participation.findFirst({ where: { id: other, ...participationWhere(scope) } })).toBeNull();
    const own = world.north.first.participation.id;
    expect(await db.participation.findFirst({ where: { id: own, ...participationWhere(scope) } })).not.toBeNull();
    expect(await db.cluster.findFirst({ where: { id: world.south.cluster.id, ...clusterWhere(scope) } })).toBeNull();
  });

  it("reads outside the scope return nothing", async () => {
    const southCharge = await scopeOf(world.south.charge.id);
    expect(await getCluster(southCharge, world.north.cluster.id)).toBeNull();
    expect(await listMyParticipations(southCharge)).toEqual([]);
    const southMember = await scopeOf(world.south.second.user.id);
    expect(await listActiveClusters(southMember, NOW)).toHaveLength(1);
    expect(await getCluster(southMember, world.north.cluster.id)).toBeNull();
    expect(await listAractUsers(southMember)).toEqual([]);
  });
});
