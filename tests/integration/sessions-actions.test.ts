import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelSessionAction, createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import type { SessionInput } from "@/lib/sessions/schemas";
import { countClusterRows } from "@/lib/reports/queries";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import { createCluster, createTwoAracts, enrolCompany, markAttendance, planSession, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const evaluated = await createCluster(db, shared.aract.id, { staffUserId: shared.charge.id });
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, evaluated };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<SessionInput & { clusterId: string }> = {}) => ({
  clusterId: world.cluster.id,
  title: "Partage des diagnostics",
  date: "2026-12-08",
  slot: "MORNING" as const,
  place: "Brest, technopôle Brest-Iroise",
  agenda: "Chaque binôme présente ses constats.",
  ...overrides,
});

const sessionsOf = (clusterId = world.cluster.id) => db.collectiveSession.count({ where: { clusterId } });

describe("planning a session", () => {
  it("saves it with its audit entry", async () => {
    actAs(world.charge.id);
    const result = await createSessionAction(input());
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const saved = await db.collectiveSession.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ aractId: world.aract.id, clusterId: world.cluster.id, slot: "MORNING", place: "Brest, technopôle Brest-Iroise", cancelledAt: null });
    expect(saved.date.toISOString()).toBe("2026-12-08T00:00:00.000Z");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "session.created" } });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id, entityType: "CollectiveSession" });
  });

  it("refuses an incomplete form with French messages next to the fields, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await sessionsOf();
    const result = await createSessionAction({ ...input({ title: " ", date: "08/12/2026", place: "" }), slot: undefined as never });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toMatchObject({
      title: "Saisissez le titre de la séance.",
      date: "Saisissez une date valide (jj/mm/aaaa).",
      slot: "Choisissez le matin, l'après-midi, la journée entière ou des horaires précis.",
      place: "Saisissez le lieu.",
    });
    expect(await sessionsOf()).toBe(before);
  });

  it("refuses a date outside the cluster's period, next to the date, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await sessionsOf();
    for (const date of ["2026-08-31", "2027-07-01"]) {
      const result = await createSessionAction(input({ date }));
      expect(!result.ok && result.fieldErrors?.date).toBe("Choisissez une date dans la période du cluster, du 1 septembre 2026 au 30 juin 2027.");
    }
    expect(await sessionsOf()).toBe(before);
  });

  it("refuses a second session on the same half-day, but not on the other one nor over a cancelled one", async () => {
    actAs(world.charge.id);
    await planSession(db, world.cluster, { date: "2027-01-19", slot: "AFTERNOON", title: "Parcours professionnels" });
    await planSession(db, world.cluster, { date: "2027-01-26", slot: "MORNING", cancelled: true });
    const before = await sessionsOf();
    const duplicate = await createSessionAction(input({ date: "2027-01-19", slot: "AFTERNOON" }));
    expect(!duplicate.ok && duplicate.fieldErrors?.date).toBe(
      "Une séance est déjà planifiée le mardi 19 janvier 2027 (après-midi, 14 h – 17 h 30) : « Parcours professionnels ».",
    );
    expect(await sessionsOf()).toBe(before);
    expect((await createSessionAction(input({ date: "2027-01-19", slot: "MORNING" }))).ok).toBe(true);
    expect((await createSessionAction(input({ date: "2027-01-26", slot: "MORNING" }))).ok).toBe(true);
  });

  it("lets only one of several simultaneous plans of the same half-day through", async () => {
    actAs(world.charge.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => createSessionAction(input({ date: "2027-02-02" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.collectiveSession.count({ where: { clusterId: world.cluster.id, date: new Date("2027-02-02") } })).toBe(1);
  });

  it("refuses an evaluated cluster", async () => {
    actAs(world.charge.id);
    const result = await createSessionAction(input({ clusterId: world.evaluated.id }));
    expect(!result.ok && result.error).toMatch(/évalué/);
    expect(await sessionsOf(world.evaluated.id)).toBe(0);
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist", async () => {
    actAs(world.otherCharge.id);
    const before = await sessionsOf();
    const result = await createSessionAction(input({ date: "2027-03-02" }));
    expect(result).toMatchObject({ ok: false, error: "Ce cluster est introuvable, ou vous n'y avez pas accès." });
    expect(await sessionsOf()).toBe(before);
  });

  it("refuses company members, the national team and signed-out callers", async () => {
    const before = await sessionsOf();
    for (const userId of [world.member.user.id, world.national.id, null]) {
      actAs(userId);
      expect(await createSessionAction(input({ date: "2027-03-09" }))).toEqual(FORBIDDEN);
    }
    expect(await sessionsOf()).toBe(before);
  });
});

describe("editing a session", () => {
  it("changes it and records what changed", async () => {
    actAs(world.charge.id);
    const session = await planSession(db, world.cluster, { date: "2027-03-16", title: "Construire son plan" });
    const result = await updateSessionAction({ ...input({ date: "2027-03-16", title: "Construire son plan d'actions", slot: "AFTERNOON" }), id: session.id });
    expect(result.ok).toBe(true);
    expect(await db.collectiveSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      title: "Construire son plan d'actions",
      slot: "AFTERNOON",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: session.id, action: "session.updated" } });
    expect(audit.actorId).toBe(world.charge.id);
    expect(audit.changes).toMatchObject({
      title: ["Construire son plan", "Construire son plan d'actions"],
      slot: ["MORNING", "AFTERNOON"],
    });
    expect(audit.changes).not.toHaveProperty("date");
  });

  it("keeps its own half-day, but refuses another session's and dates outside the period", async () => {
    actAs(world.charge.id);
    const session = await planSession(db, world.cluster, { date: "2027-04-06" });
    await planSession(db, world.cluster, { date: "2027-04-13", title: "Déjà là" });
    expect((await updateSessionAction({ ...input({ date: "2027-04-06", title: "Même créneau" }), id: session.id })).ok).toBe(true);
    const taken = await updateSessionAction({ ...input({ date: "2027-04-13" }), id: session.id });
    expect(!taken.ok && taken.fieldErrors?.date).toMatch(/déjà planifiée .* « Déjà là »/);
    const outside = await updateSessionAction({ ...input({ date: "2027-09-01" }), id: session.id });
    expect(!outside.ok && outside.fieldErrors?.date).toMatch(/période du cluster/);
    expect((await db.collectiveSession.findUniqueOrThrow({ where: { id: session.id } })).date.toISOString()).toBe("2027-04-06T00:00:00.000Z");
  });

  it("refuses another Aract's chargé de mission and a company member, and changes nothing", async () => {
    const session = await planSession(db, world.cluster, { date: "2027-04-20", title: "Intact" });
    actAs(world.otherCharge.id);
    const foreign = await updateSessionAction({ ...input({ date: "2027-04-20", title: "Piraté" }), id: session.id });
    expect(foreign).toMatchObject({ ok: false, error: "Cette séance est introuvable, ou vous n'y avez pas accès." });
    actAs(world.member.user.id);
    expect(await updateSessionAction({ ...input({ date: "2027-04-20", title: "Piraté" }), id: session.id })).toEqual(FORBIDDEN);
    expect((await db.collectiveSession.findUniqueOrThrow({ where: { id: session.id } })).title).toBe("Intact");
  });
});

describe("cancelling a session", () => {
  it("keeps the row with its cancellation date and audit entry, and cannot cancel or edit it again", async () => {
    actAs(world.charge.id);
    const session = await planSession(db, world.cluster, { date: "2027-05-04" });
    const result = await cancelSessionAction({ id: session.id });
    expect(result.ok).toBe(true);
    const saved = await db.collectiveSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(saved.cancelledAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: session.id, action: "session.cancelled", actorId: world.charge.id } })).toBe(1);
    const again = await cancelSessionAction({ id: session.id });
    expect(!again.ok && again.error).toMatch(/annulée/);
    const edit = await updateSessionAction({ ...input({ date: "2027-05-04" }), id: session.id });
    expect(!edit.ok && edit.error).toMatch(/annulée/);
  });

  it("refuses another Aract's chargé de mission and a company member", async () => {
    const session = await planSession(db, world.cluster, { date: "2027-05-11" });
    actAs(world.otherCharge.id);
    expect(await cancelSessionAction({ id: session.id })).toMatchObject({ ok: false, error: expect.stringMatching(/introuvable/) });
    actAs(world.member.user.id);
    expect(await cancelSessionAction({ id: session.id })).toEqual(FORBIDDEN);
    expect((await db.collectiveSession.findUniqueOrThrow({ where: { id: session.id } })).cancelledAt).toBeNull();
  });
});

describe("whole days, timed sessions and video", () => {
  it("saves a whole day and a timed session by video, each taking the half-days it covers", async () => {
    actAs(world.charge.id);
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    const whole = await createSessionAction(input({ clusterId: cluster.id, date: "2026-12-15", slot: "FULL_DAY" }));
    expect(whole.ok).toBe(true);
    // The morning of a whole day is taken.
    const morning = await createSessionAction(input({ clusterId: cluster.id, date: "2026-12-15", slot: "MORNING" }));
    expect(!morning.ok && morning.fieldErrors?.date).toMatch(/^Une séance est déjà planifiée le mardi 15 décembre 2026 \(journée entière, 9 h – 17 h 30\)/);
    const timed = await createSessionAction(
      input({ clusterId: cluster.id, date: "2026-12-16", slot: "TIMED", startTime: "10:00", endTime: "15:30", videoUrl: "https://visio.exemple.fr/brest" }),
    );
    expect(timed.ok).toBe(true);
    const saved = await db.collectiveSession.findUniqueOrThrow({ where: { id: timed.ok ? timed.data.id : "" } });
    expect(saved).toMatchObject({ slot: "TIMED", startTime: "10:00", endTime: "15:30", videoUrl: "https://visio.exemple.fr/brest" });
    // Times are kept for timed sessions only.
    const plain = await createSessionAction(input({ clusterId: cluster.id, date: "2026-12-17", slot: "AFTERNOON", startTime: "08:00", endTime: "09:00" }));
    const plainRow = await db.collectiveSession.findUniqueOrThrow({ where: { id: plain.ok ? plain.data.id : "" } });
    expect(plainRow).toMatchObject({ startTime: null, endTime: null });
  });

  it("refuses a timed session without its times or ending before it starts, and a link that is not https", async () => {
    actAs(world.charge.id);
    const before = await sessionsOf();
    const missing = await createSessionAction(input({ date: "2026-12-22", slot: "TIMED", startTime: "", endTime: "" }));
    expect(!missing.ok && missing.fieldErrors).toMatchObject({ startTime: "Saisissez l'heure de début.", endTime: "Saisissez l'heure de fin." });
    const backwards = await createSessionAction(input({ date: "2026-12-22", slot: "TIMED", startTime: "14:00", endTime: "10:00" }));
    expect(!backwards.ok && backwards.fieldErrors).toMatchObject({ endTime: "La séance finit après son début." });
    const link = await createSessionAction(input({ date: "2026-12-22", videoUrl: "http://visio.exemple.fr" }));
    expect(!link.ok && link.fieldErrors).toMatchObject({
      videoUrl: "Saisissez le lien complet de la visioconférence, commençant par https://.",
    });
    expect(await sessionsOf()).toBe(before);
  });

  it("counts a whole day held as two half-days in the reports, and a timed session beyond four hours too", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    const company = await enrolCompany(db, cluster.id, world.aract.id);
    const held = async (slot: "FULL_DAY" | "TIMED" | "MORNING", date: string, times: { startTime?: string; endTime?: string } = {}) => {
      const session = await db.collectiveSession.create({
        data: { aractId: world.aract.id, clusterId: cluster.id, title: slot, date: new Date(date), slot, place: "Brest", ...times },
      });
      await markAttendance(db, session, company.direction, company.participation.id, "PRESENT");
    };
    await held("FULL_DAY", "2026-10-06");
    await held("TIMED", "2026-10-13", { startTime: "09:00", endTime: "15:00" });
    await held("TIMED", "2026-10-20", { startTime: "09:00", endTime: "11:00" });
    await held("MORNING", "2026-10-27");
    const { rows } = await countClusterRows(readerOf(world.aract.id), {}, "2026-11-23");
    expect(rows.find((row) => row.id === cluster.id)?.counts?.sessionsHeld).toBe(2 + 2 + 1 + 1);
  });
});
