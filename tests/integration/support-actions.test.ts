import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSupportDayAction, deleteSupportDayAction, updateSupportDayAction } from "@/lib/support/actions";
import type { SupportDayInput } from "@/lib/support/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createPartner, createSupportDay, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, charge, cluster } = shared;
  const sibling = await createCluster(db, aract.id, { staffUserId: charge.id });
  const siblingMember = await enrolCompany(db, sibling.id, aract.id);
  const partner = await createPartner(db, cluster.id, aract.id, "Carsat Ouest");
  const siblingPartner = await createPartner(db, sibling.id, aract.id, "OPCO d'à côté");
  return { ...shared, sibling, siblingMember, partner, siblingPartner };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<SupportDayInput> = {}): SupportDayInput => ({
  clusterId: world.cluster.id,
  participationId: world.member.participation.id,
  date: "2026-10-13",
  durationDays: 1,
  kind: "DIAGNOSTIC",
  deliveredBy: "ARACT",
  deliveredByUserId: world.charge.id,
  partnerId: "",
  notes: "Restitution au comité de pilotage",
  ...overrides,
});

const countDays = () => db.supportDay.count({ where: { clusterId: world.cluster.id } });

describe("logging a support day", () => {
  it("saves a day delivered by the Aract, with its audit entry", async () => {
    actAs(world.charge.id);
    const result = await createSupportDayAction(
      input({ durationDays: 0.5, kind: "PRE_DIAGNOSTIC", date: "2026-06-09" }),
    );
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const saved = await db.supportDay.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      aractId: world.aract.id,
      clusterId: world.cluster.id,
      participationId: world.member.participation.id,
      kind: "PRE_DIAGNOSTIC",
      deliveredByUserId: world.charge.id,
      partnerId: null,
      notes: "Restitution au comité de pilotage",
    });
    expect(Number(saved.durationDays)).toBe(0.5);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "support-day.created" } });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id, entityType: "SupportDay" });
    expect(audit.changes).toMatchObject({ date: "2026-06-09", durationDays: 0.5, kind: "PRE_DIAGNOSTIC" });
  });

  it("saves a day delivered by a partner of the cluster", async () => {
    actAs(world.charge.id);
    const result = await createSupportDayAction(
      input({ deliveredBy: "PARTNER", partnerId: world.partner.id, deliveredByUserId: world.charge.id }),
    );
    expect(result.ok).toBe(true);
    const saved = await db.supportDay.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(saved).toMatchObject({ partnerId: world.partner.id, deliveredByUserId: null });
  });

  it("refuses a zero or negative duration with a French message, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await countDays();
    for (const durationDays of [0, -1]) {
      const result = await createSupportDayAction(input({ durationDays }));
      expect(!result.ok && result.fieldErrors?.durationDays).toBe(
        "La durée doit être positive : une demi-journée (0,5) au moins.",
      );
    }
    expect(await countDays()).toBe(before);
  });

  it("refuses a date outside the cluster's period or in the future", async () => {
    actAs(world.charge.id);
    const before = await countDays();
    const after = await createSupportDayAction(input({ date: "2027-07-01" }));
    expect(!after.ok && after.fieldErrors?.date).toMatch(/période du cluster/);
    const early = await createSupportDayAction(input({ date: "2026-08-31" }));
    expect(!early.ok && early.fieldErrors?.date).toMatch(/commence le 1 septembre 2026/);
    const future = await createSupportDayAction(input({ date: "2099-01-01" }));
    expect(!future.ok && future.fieldErrors?.date).toBeTruthy();
    expect(await countDays()).toBe(before);
  });

  it("refuses a partner of another cluster, a company of another cluster and a deliverer of another Aract", async () => {
    actAs(world.charge.id);
    const before = await countDays();
    const partner = await createSupportDayAction(input({ deliveredBy: "PARTNER", partnerId: world.siblingPartner.id }));
    expect(!partner.ok && partner.fieldErrors?.partnerId).toBe("Choisissez un partenaire de ce cluster.");
    const company = await createSupportDayAction(input({ participationId: world.siblingMember.participation.id }));
    expect(!company.ok && company.fieldErrors?.participationId).toBe("Choisissez une entreprise de ce cluster.");
    const deliverer = await createSupportDayAction(input({ deliveredByUserId: world.otherCharge.id }));
    expect(!deliverer.ok && deliverer.fieldErrors?.deliveredByUserId).toBe("Choisissez une personne de votre Aract.");
    expect(await countDays()).toBe(before);
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist", async () => {
    actAs(world.otherCharge.id);
    const before = await countDays();
    const result = await createSupportDayAction(input({ deliveredByUserId: world.otherCharge.id }));
    expect(!result.ok && result.error).toMatch(/introuvable/);
    expect(await countDays()).toBe(before);
  });

  it("refuses company members and the national team", async () => {
    for (const userId of [world.member.user.id, world.national.id]) {
      actAs(userId);
      expect(await createSupportDayAction(input())).toEqual(FORBIDDEN);
    }
  });
});

describe("editing and deleting a support day", () => {
  it("updates a day and records what changed", async () => {
    const day = await createSupportDay(db, world.member.participation, world.charge.id);
    actAs(world.charge.id);
    const result = await updateSupportDayAction({
      id: day.id,
      supportDay: input({ durationDays: 1.5, kind: "ACTION_PLAN", notes: "Plan d'actions relu" }),
    });
    expect(result.ok).toBe(true);
    const saved = await db.supportDay.findUniqueOrThrow({ where: { id: day.id } });
    expect(Number(saved.durationDays)).toBe(1.5);
    expect(saved).toMatchObject({ kind: "ACTION_PLAN", notes: "Plan d'actions relu" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: day.id, action: "support-day.updated" } });
    expect(audit.actorId).toBe(world.charge.id);
    expect(audit.changes).toMatchObject({
      durationDays: [1, 1.5],
      kind: ["DIAGNOSTIC", "ACTION_PLAN"],
      notes: "modifiées",
    });
  });

  it("refuses bad input on edit and keeps the day as it was", async () => {
    const day = await createSupportDay(db, world.member.participation, world.charge.id);
    actAs(world.charge.id);
    const negative = await updateSupportDayAction({ id: day.id, supportDay: input({ durationDays: -0.5 }) });
    // The form's own schema, nested under the edited day (the form shows the same message before sending).
    expect(!negative.ok && negative.fieldErrors?.["supportDay.durationDays"]).toMatch(/positive/);
    const outside = await updateSupportDayAction({ id: day.id, supportDay: input({ date: "2027-08-01" }) });
    expect(!outside.ok && outside.fieldErrors?.date).toMatch(/période du cluster/);
    expect(Number((await db.supportDay.findUniqueOrThrow({ where: { id: day.id } })).durationDays)).toBe(1);
  });

  it("deletes a day and records it", async () => {
    const day = await createSupportDay(db, world.member.participation, world.charge.id, "2026-10-20", 0.5);
    actAs(world.charge.id);
    expect((await deleteSupportDayAction({ id: day.id })).ok).toBe(true);
    expect(await db.supportDay.count({ where: { id: day.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: day.id, action: "support-day.deleted" } });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id });
    expect(audit.changes).toMatchObject({ date: "2026-10-20", durationDays: 0.5 });
  });

  it("answers another Aract's chargé de mission as not found, and refuses company members", async () => {
    const day = await createSupportDay(db, world.member.participation, world.charge.id);
    actAs(world.otherCharge.id);
    const update = await updateSupportDayAction({ id: day.id, supportDay: input({ durationDays: 3 }) });
    expect(!update.ok && update.error).toMatch(/introuvable/);
    const remove = await deleteSupportDayAction({ id: day.id });
    expect(!remove.ok && remove.error).toMatch(/introuvable/);
    actAs(world.member.user.id);
    expect(await updateSupportDayAction({ id: day.id, supportDay: input({ durationDays: 3 }) })).toEqual(FORBIDDEN);
    expect(await deleteSupportDayAction({ id: day.id })).toEqual(FORBIDDEN);
    const kept = await db.supportDay.findUniqueOrThrow({ where: { id: day.id } });
    expect(Number(kept.durationDays)).toBe(1);
  });

  it("refuses every change once the cluster is evaluated", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    const company = await enrolCompany(db, cluster.id, world.aract.id);
    const day = await createSupportDay(db, company.participation, world.charge.id);
    await db.cluster.update({ where: { id: cluster.id }, data: { status: "EVALUATED" } });
    actAs(world.charge.id);
    const values = input({ clusterId: cluster.id, participationId: company.participation.id });
    const results = [
      await createSupportDayAction(values),
      await updateSupportDayAction({ id: day.id, supportDay: values }),
      await deleteSupportDayAction({ id: day.id }),
    ];
    for (const result of results) expect(!result.ok && result.error).toMatch(/évalué/);
    expect(await db.supportDay.count({ where: { clusterId: cluster.id } })).toBe(1);
  });
});
