import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportTrail } from "@/app/administration/journal/export/route";
import AuditTrailPage from "@/app/administration/journal/page";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit/queries";
import { parseAuditFilters, SYSTEM_ACTOR_VALUE, type AuditFilters } from "@/lib/audit/schemas";
import { actAs } from "../support/session";
import { createAract, createCluster, createStaffUser, enrolCompany, testDb } from "../factories";

// Two Aracts with their administrators and a few events at known moments, a third Aract with enough
// events for two pages, a national administrator who reads them all.
const db = testDb();
let world: Awaited<ReturnType<typeof buildWorld>>;

async function event(data: {
  aractId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: string;
  changes?: object;
}) {
  return db.auditEvent.create({ data: { ...data, createdAt: new Date(data.createdAt) } });
}

async function buildWorld() {
  const north = await createAract(db, "Aract Nord");
  const south = await createAract(db, "Aract Sud");
  const third = await createAract(db, "Aract Centre");
  const northAdmin = await createStaffUser(db, "ARACT_ADMIN", north.id);
  const southAdmin = await createStaffUser(db, "ARACT_ADMIN", south.id);
  const thirdAdmin = await createStaffUser(db, "ARACT_ADMIN", third.id);
  const northCharge = await createStaffUser(db, "CHARGE_DE_MISSION", north.id);
  const southCharge = await createStaffUser(db, "CHARGE_DE_MISSION", south.id);
  const nationalTeam = await createStaffUser(db, "NATIONAL", null);
  const nationalAdmin = await db.user.create({
    data: {
      email: "admin.national@anact.fr",
      name: "Admin National",
      memberships: { create: { role: "NATIONAL_ADMIN" } },
    },
  });
  const cluster = await createCluster(db, north.id, { staffUserId: northCharge.id });
  const member = await enrolCompany(db, cluster.id, north.id);

  const events = {
    northCreated: await event({
      aractId: north.id,
      actorId: northCharge.id,
      action: "cluster.created",
      entityType: "Cluster",
      entityId: cluster.id,
      createdAt: "2026-11-02T09:15:00Z",
      changes: { name: "Cluster QVT du Nord" },
    }),
    northStatus: await event({
      aractId: north.id,
      actorId: northAdmin.id,
      action: "cluster.status-changed",
      entityType: "Cluster",
      entityId: cluster.id,
      createdAt: "2026-11-20T14:00:00Z",
      changes: { status: ["RECRUITING", "RUNNING"] },
    }),
    // 00:30 on 2 December in Paris, still 1 December in UTC.
    northSystem: await event({
      aractId: north.id,
      actorId: null,
      action: "participation.enrolled",
      entityType: "Participation",
      entityId: "=1+1",
      createdAt: "2026-12-01T23:30:00Z",
      changes: { status: [null, "ENROLLED"] },
    }),
    southCreated: await event({
      aractId: south.id,
      actorId: southCharge.id,
      action: "cluster.created",
      entityType: "Cluster",
      entityId: "cluster-sud",
      createdAt: "2026-11-05T10:00:00Z",
      changes: { name: "Cluster du Sud" },
    }),
    signIn: await event({
      aractId: null,
      actorId: northCharge.id,
      action: "auth.sign-in",
      entityType: "User",
      entityId: northCharge.id,
      createdAt: "2026-11-02T09:00:00Z",
      changes: { provider: "email" },
    }),
  };
  await db.auditEvent.createMany({
    data: Array.from({ length: 55 }, (_, i) => ({
      aractId: third.id,
      actorId: thirdAdmin.id,
      action: "session.created",
      entityType: "CollectiveSession",
      entityId: `seance-${i}`,
      createdAt: new Date(Date.UTC(2026, 9, 1, 8, i)),
    })),
  });
  return {
    north,
    south,
    third,
    northAdmin,
    southAdmin,
    thirdAdmin,
    northCharge,
    nationalTeam,
    nationalAdmin,
    member,
    events,
  };
}

async function scopeOf(userId: string): Promise<Scope> {
  const scope = await buildScope(userId);
  if (!scope) throw new Error("no scope");
  return scope;
}

const idsOf = async (scope: Scope, filters: AuditFilters = {}, page = 1) =>
  (await listAuditEvents(scope, filters, page)).rows.map((row) => row.id);

beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

describe("reading the audit trail", () => {
  it("gives an Aract's administrator the events of that Aract only, the most recent first", async () => {
    const { events } = world;
    const scope = await scopeOf(world.northAdmin.id);
    const { rows, total } = await listAuditEvents(scope, {}, 1);
    expect(rows.map((row) => row.id)).toEqual([events.northSystem.id, events.northStatus.id, events.northCreated.id]);
    expect(total).toBe(3);
    expect(rows.map((row) => row.actor)).toEqual(["Système", world.northAdmin.name, world.northCharge.name]);
    expect(await idsOf(await scopeOf(world.southAdmin.id))).toEqual([events.southCreated.id]);
  });

  it("gives the national administrator every event, with its Aract, and filters by Aract", async () => {
    const scope = await scopeOf(world.nationalAdmin.id);
    const { rows, total } = await listAuditEvents(scope, {}, 1);
    expect(total).toBe(5 + 55);
    expect(rows.find((row) => row.id === world.events.southCreated.id)?.aract).toBe("Aract Sud");
    expect(rows.find((row) => row.id === world.events.signIn.id)?.aract).toBeNull();
    expect(await idsOf(scope, { aract: world.south.id })).toEqual([world.events.southCreated.id]);
  });

  it("filters by person, the system, record type, action and period (days in France, both included)", async () => {
    const { events } = world;
    const scope = await scopeOf(world.northAdmin.id);
    expect(await idsOf(scope, { actor: world.northCharge.id })).toEqual([events.northCreated.id]);
    expect(await idsOf(scope, { actor: SYSTEM_ACTOR_VALUE })).toEqual([events.northSystem.id]);
    expect(await idsOf(scope, { entityType: "Participation" })).toEqual([events.northSystem.id]);
    expect(await idsOf(scope, { action: "cluster.status-changed" })).toEqual([events.northStatus.id]);
    expect(await idsOf(scope, { from: "2026-12-02" })).toEqual([events.northSystem.id]);
    expect(await idsOf(scope, { to: "2026-12-01" })).toEqual([events.northStatus.id, events.northCreated.id]);
    expect(await idsOf(scope, { from: "2026-11-02", to: "2026-11-02", entityType: "Cluster" })).toEqual([
      events.northCreated.id,
    ]);
  });

  it("offers in the filters only what the caller's events hold, and sets aside the rest", async () => {
    const scope = await scopeOf(world.northAdmin.id);
    const options = await listAuditFilterOptions(scope);
    expect(options.people.map((p) => p.id).sort()).toEqual([world.northAdmin.id, world.northCharge.id].sort());
    expect(options).toMatchObject({
      system: true,
      entityTypes: ["Cluster", "Participation"],
      actions: ["cluster.created", "cluster.status-changed", "participation.enrolled"],
      aracts: null,
    });
    const parsed = parseAuditFilters(
      {
        personne: world.southAdmin.id,
        type: "Cluster",
        action: "auth.sign-in",
        du: "2026-12-31",
        au: "2026-12-01",
        aract: world.south.id,
      },
      options,
    );
    expect(parsed.filters).toEqual({ entityType: "Cluster", from: "2026-12-31" });
    expect(parsed.rejected.sort()).toEqual(["action", "actor", "aract", "to"]);
    // Whatever a filter says, the scope stays: another Aract's id finds nothing.
    expect(await idsOf(scope, { aract: world.south.id })).toEqual([]);
  });

  it("pages by 50", async () => {
    const scope = await scopeOf(world.thirdAdmin.id);
    const first = await listAuditEvents(scope, {}, 1);
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.entityId).toBe("seance-54");
    const second = await listAuditEvents(scope, {}, 2);
    expect(second.rows.map((row) => row.entityId)).toEqual([
      "seance-4",
      "seance-3",
      "seance-2",
      "seance-1",
      "seance-0",
    ]);
    expect((await listAuditEvents(scope, {}, 40)).page).toBe(2);
  });
});

describe("the audit trail page", () => {
  const open = (params: Record<string, string> = {}) => AuditTrailPage({ searchParams: Promise.resolve(params) });

  it("renders for the administrators, even with filters that make no sense", async () => {
    actAs(world.northAdmin.id);
    await expect(open({ du: "hier", personne: "personne-inconnue", page: "-3" })).resolves.toBeTruthy();
    actAs(world.nationalAdmin.id);
    await expect(open()).resolves.toBeTruthy();
  });

  it("answers 404 to a chargé de mission, the national team and a pair member", async () => {
    for (const userId of [world.northCharge.id, world.nationalTeam.id, world.member.user.id]) {
      actAs(userId);
      await expect(open()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});

describe("GET /administration/journal/export", () => {
  const download = (query = "") => exportTrail(new Request(`http://localhost/administration/journal/export${query}`));

  it("gives the Aract's administrator its filtered events as a French CSV, and records the export", async () => {
    actAs(world.northAdmin.id);
    const response = await download("?type=Cluster&au=pas-une-date");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="journal-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await response.text();
    expect(csv).toContain("Journal d'audit de l'Aract Nord");
    expect(csv).toContain("Type d'enregistrement;Cluster");
    expect(csv).toContain("Le filtre « Au » n'était pas valide : il a été ignoré.");
    expect(csv).toContain(`02/11/2026 10:15:00;${world.northCharge.name};Cluster créé;cluster.created;Cluster;`);
    expect(csv).toContain("Étape du cluster changée");
    expect(csv).toContain("étape : Recrutement → En cours");
    expect(csv).not.toContain("Cluster du Sud");
    expect(csv).not.toContain("participation.enrolled");

    const recorded = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.exported", actorId: world.northAdmin.id },
    });
    expect(recorded).toMatchObject({
      aractId: world.north.id,
      entityType: "AuditTrail",
      changes: { filters: { type: "Cluster" }, rows: 2 },
    });
  });

  it("keeps text a spreadsheet would run as a formula as text", async () => {
    actAs(world.northAdmin.id);
    const csv = await (await download(`?type=Participation`)).text();
    expect(csv).toContain(";'=1+1;");
  });

  it("gives the national administrator every Aract's events with an Aract column", async () => {
    actAs(world.nationalAdmin.id);
    const csv = await (await download(`?aract=${world.south.id}`)).text();
    expect(csv).toContain("Date et heure (heure de Paris);Aract;Personne");
    expect(csv).toContain(";Aract Sud;");
    expect(csv).not.toContain("Aract Nord;");
    const recorded = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.exported", actorId: world.nationalAdmin.id },
    });
    expect(recorded).toMatchObject({
      aractId: world.south.id,
      changes: { filters: { aract: world.south.id }, rows: 1 },
    });
  });

  it("answers 404 to a chargé de mission, the national team, a pair member and the signed out, and records nothing", async () => {
    const before = await db.auditEvent.count();
    for (const userId of [world.northCharge.id, world.nationalTeam.id, world.member.user.id, null]) {
      actAs(userId);
      expect((await download()).status).toBe(404);
    }
    expect(await db.auditEvent.count()).toBe(before);
  });
});
