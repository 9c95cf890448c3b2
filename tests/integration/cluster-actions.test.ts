import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeClusterStatusAction, createClusterAction, updateClusterAction } from "@/lib/clusters/actions";
import type { ClusterInput } from "@/lib/clusters/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createSession, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

function build() {
  return createTwoAracts(db);
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<ClusterInput> = {}): ClusterInput => ({
  name: "Cluster égalité du Pays de Brest",
  description: "",
  programmeId: "",
  themes: ["EGALITE_PROFESSIONNELLE"],
  kind: "TERRITORIAL",
  territory: "Pays de Brest",
  sector: "",
  startDate: "2027-01-10",
  endDate: "2027-07-10",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 2.5,
  staffUserIds: [world.charge.id],
  partners: [{ name: "Carsat Bretagne", kind: "CARSAT", role: "" }],
  funders: [{ name: "FSE", amountEuros: 12000 }],
  ...overrides,
});

describe("creating a cluster", () => {
  it("saves it as a draft with its partners, funders, staff, first status and audit entry", async () => {
    actAs(world.charge.id);
    const result = await createClusterAction(input());
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const saved = await db.cluster.findUniqueOrThrow({ where: { id }, include: { partners: true, funders: true, staff: true, statusChanges: true } });
    expect(saved).toMatchObject({ aractId: world.aract.id, status: "DRAFT", territory: "Pays de Brest", sector: null });
    expect(Number(saved.plannedSupportDaysPerCompany)).toBe(2.5);
    expect(saved.partners.map((p) => p.name)).toEqual(["Carsat Bretagne"]);
    expect(saved.funders.map((f) => Number(f.amountCents))).toEqual([1_200_000]);
    expect(saved.staff.map((s) => s.userId)).toEqual([world.charge.id]);
    expect(saved.statusChanges.map((c) => c.toStatus)).toEqual(["DRAFT"]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "cluster.created", actorId: world.charge.id } })).toBe(1);
  });

  it("refuses bad input with French messages next to the fields, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await db.cluster.count();
    const result = await createClusterAction(
      input({ name: "", themes: [], endDate: "2026-12-01", territory: "", plannedSupportDaysPerCompany: -1 }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toMatchObject({
      name: "Saisissez le nom du cluster.",
      themes: "Choisissez au moins un thème.",
      plannedSupportDaysPerCompany: "Ce nombre ne peut pas être négatif.",
    });
    expect(await db.cluster.count()).toBe(before);
  });

  it("refuses staff from another Aract", async () => {
    actAs(world.charge.id);
    const result = await createClusterAction(input({ staffUserIds: [world.otherCharge.id] }));
    expect(!result.ok && result.fieldErrors?.staffUserIds).toMatch(/de votre Aract/);
  });

  it("refuses the national team and company members", async () => {
    for (const userId of [world.national.id, world.member.user.id, null]) {
      actAs(userId);
      const result = await createClusterAction(input());
      expect(result).toEqual(FORBIDDEN);
    }
  });
});

describe("editing a cluster", () => {
  it("updates it, and refuses a stale version without saving", async () => {
    actAs(world.charge.id);
    const ok = await updateClusterAction({ id: world.cluster.id, version: 1, cluster: input({ name: "Nouveau nom" }) });
    expect(ok.ok).toBe(true);
    const stale = await updateClusterAction({ id: world.cluster.id, version: 1, cluster: input({ name: "Autre nom" }) });
    expect(!stale.ok && stale.error).toMatch(/modifié par quelqu'un d'autre/);
    expect((await db.cluster.findUniqueOrThrow({ where: { id: world.cluster.id } })).name).toBe("Nouveau nom");
  });

  it("refuses a period that would leave sessions outside it", async () => {
    actAs(world.charge.id);
    await createSession(db, world.cluster.id, world.aract.id, "2027-03-01");
    const result = await updateClusterAction({
      id: world.cluster.id,
      version: 2,
      cluster: input({ startDate: "2027-04-01", endDate: "2027-06-01" }),
    });
    expect(!result.ok && result.fieldErrors?.startDate).toMatch(/hors de cette période/);
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist", async () => {
    actAs(world.otherCharge.id);
    const result = await updateClusterAction({ id: world.cluster.id, version: 2, cluster: input({ staffUserIds: [world.otherCharge.id] }) });
    expect(!result.ok && result.error).toMatch(/introuvable/);
  });
});

describe("moving a cluster through its statuses", () => {
  it("goes one step at a time, records each move, and refuses skipping", async () => {
    actAs(world.charge.id);
    const created = await createClusterAction(input({ startDate: "2027-02-01" }));
    const id = created.ok ? created.data.id : "";
    expect((await changeClusterStatusAction({ id, to: "RUNNING" })).ok).toBe(false);
    expect((await changeClusterStatusAction({ id, to: "RECRUITING" })).ok).toBe(true);
    const noCompany = await changeClusterStatusAction({ id, to: "RUNNING" });
    expect(!noCompany.ok && noCompany.error).toMatch(/au moins une entreprise/);
    const history = await db.clusterStatusChange.findMany({ where: { clusterId: id }, orderBy: { changedAt: "asc" } });
    expect(history.map((c) => [c.fromStatus, c.toStatus])).toEqual([[null, "DRAFT"], ["DRAFT", "RECRUITING"]]);
  });

  it("refuses another Aract's chargé de mission and a company member", async () => {
    actAs(world.otherCharge.id);
    expect((await changeClusterStatusAction({ id: world.cluster.id, to: "CLOSED" })).ok).toBe(false);
    actAs(world.member.user.id);
    expect(await changeClusterStatusAction({ id: world.cluster.id, to: "CLOSED" })).toEqual(FORBIDDEN);
    expect((await db.cluster.findUniqueOrThrow({ where: { id: world.cluster.id } })).status).toBe("RUNNING");
  });
});
