import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAttendanceAction } from "@/lib/sessions/actions";
import { listClusterSessions } from "@/lib/sessions/queries";
import { sessionState } from "@/lib/sessions/rules";
import { countClusterRows } from "@/lib/reports/queries";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import { createCluster, createTwoAracts, enrolCompany, markAttendance, planSession, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  // The shared world's enrolled company is the first one here.
  const { member: first, ...shared } = await createTwoAracts(db);
  const { aract, other, charge, cluster } = shared;
  const sibling = await createCluster(db, aract.id, { staffUserId: charge.id });
  const foreignCluster = await createCluster(db, other.id);
  const second = await enrolCompany(db, cluster.id, aract.id);
  const withdrawn = await enrolCompany(db, cluster.id, aract.id);
  await db.participation.update({ where: { id: withdrawn.participation.id }, data: { status: "WITHDRAWN" } });
  // A member replaced in the first company's pair: their seat is kept, ended.
  const replaced = await db.person.create({ data: { aractId: aract.id, firstName: "Ancien", lastName: "Membre" } });
  await db.pairMember.create({
    data: { aractId: aract.id, participationId: first.participation.id, personId: replaced.id, side: "STAFF_REPRESENTATIVE", endedAt: new Date() },
  });
  const elsewhere = await enrolCompany(db, sibling.id, aract.id);
  const foreign = await enrolCompany(db, foreignCluster.id, other.id);
  const session = await planSession(db, cluster, { date: "2026-10-06" });
  return { ...shared, first, second, withdrawn, replaced, elsewhere, foreign, session };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const rowsOf = async (sessionId = world.session.id) =>
  Object.fromEntries(
    (await db.attendance.findMany({ where: { sessionId }, select: { personId: true, status: true } })).map((a) => [a.personId, a.status]),
  );

describe("recording a session's attendance", () => {
  it("saves everyone's answer in one go, with their company, and one audit entry", async () => {
    actAs(world.charge.id);
    const result = await recordAttendanceAction({
      sessionId: world.session.id,
      statuses: {
        [world.first.direction.id]: "PRESENT",
        [world.first.staffRep.id]: "EXCUSED",
        [world.second.direction.id]: "ABSENT",
        [world.second.staffRep.id]: null,
      },
    });
    expect(result).toMatchObject({ ok: true, data: { changed: 3 } });
    const rows = await db.attendance.findMany({ where: { sessionId: world.session.id } });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.personId === world.first.staffRep.id)).toMatchObject({
      status: "EXCUSED",
      participationId: world.first.participation.id,
      aractId: world.aract.id,
    });
    expect(rows.find((r) => r.personId === world.second.direction.id)?.participationId).toBe(world.second.participation.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.session.id, action: "session.attendance-recorded" } });
    expect(audit.actorId).toBe(world.charge.id);
    expect(audit.changes).toEqual({
      [world.first.direction.id]: [null, "PRESENT"],
      [world.first.staffRep.id]: [null, "EXCUSED"],
      [world.second.direction.id]: [null, "ABSENT"],
    });
  });

  it("updates a changed answer, keeps what is left blank, and audits only the change", async () => {
    actAs(world.charge.id);
    const result = await recordAttendanceAction({
      sessionId: world.session.id,
      statuses: { [world.first.direction.id]: "PRESENT", [world.first.staffRep.id]: null, [world.second.direction.id]: "PRESENT" },
    });
    expect(result).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await rowsOf()).toEqual({
      [world.first.direction.id]: "PRESENT",
      [world.first.staffRep.id]: "EXCUSED",
      [world.second.direction.id]: "PRESENT",
    });
    const audits = await db.auditEvent.findMany({ where: { entityId: world.session.id, action: "session.attendance-recorded" }, orderBy: { createdAt: "asc" } });
    expect(audits.at(-1)?.changes).toEqual({ [world.second.direction.id]: ["ABSENT", "PRESENT"] });
  });

  it("refuses the whole sheet when it names anyone not expected, and saves nothing", async () => {
    actAs(world.charge.id);
    const session = await planSession(db, world.cluster, { date: "2026-11-10" });
    const intruders = {
      unknown: "personne-inconnue",
      "another cluster's company": world.elsewhere.direction.id,
      "another Aract's person": world.foreign.direction.id,
      "a withdrawn company": world.withdrawn.direction.id,
      "a replaced pair member": world.replaced.id,
    };
    for (const [why, personId] of Object.entries(intruders)) {
      const result = await recordAttendanceAction({
        sessionId: session.id,
        statuses: { [world.first.direction.id]: "PRESENT", [personId]: "PRESENT" },
      });
      expect(result.ok, why).toBe(false);
      expect(!result.ok && result.error, why).toMatch(/n'est pas attendue à cette séance/);
    }
    expect(await rowsOf(session.id)).toEqual({});
  });

  it("refuses a status that does not exist, next to the person", async () => {
    actAs(world.charge.id);
    const result = await recordAttendanceAction({ sessionId: world.session.id, statuses: { [world.first.direction.id]: "LATE" as never } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [`statuses.${world.first.direction.id}`]: "Choisissez présent, excusé ou absent." } });
  });

  it("refuses a cancelled session", async () => {
    actAs(world.charge.id);
    const cancelled = await planSession(db, world.cluster, { date: "2026-11-17", cancelled: true });
    const result = await recordAttendanceAction({ sessionId: cancelled.id, statuses: { [world.first.direction.id]: "PRESENT" } });
    expect(!result.ok && result.error).toMatch(/annulée/);
    expect(await rowsOf(cancelled.id)).toEqual({});
  });

  it("refuses another Aract's chargé de mission and a company member, and changes nothing", async () => {
    const before = await rowsOf();
    actAs(world.otherCharge.id);
    const foreign = await recordAttendanceAction({ sessionId: world.session.id, statuses: { [world.first.direction.id]: "ABSENT" } });
    expect(foreign).toMatchObject({ ok: false, error: "Cette séance est introuvable, ou vous n'y avez pas accès." });
    actAs(world.first.user.id);
    expect(await recordAttendanceAction({ sessionId: world.session.id, statuses: { [world.first.direction.id]: "ABSENT" } })).toEqual(FORBIDDEN);
    expect(await rowsOf()).toEqual(before);
  });

  it("overwrites an earlier answer: one row per person and session", async () => {
    const session = await planSession(db, world.cluster, { date: "2026-11-24" });
    await markAttendance(db, session, world.first.direction, world.first.participation.id, "ABSENT");
    actAs(world.charge.id);
    expect(await recordAttendanceAction({ sessionId: session.id, statuses: { [world.first.direction.id]: "PRESENT" } })).toMatchObject({ ok: true });
    expect(await rowsOf(session.id)).toEqual({ [world.first.direction.id]: "PRESENT" });
  });
});

describe("a past session", () => {
  it("counts as held in the reports and on the cluster's pages only once its attendance is recorded", async () => {
    const { aract, charge } = world;
    const cluster = await createCluster(db, aract.id, { staffUserId: charge.id });
    const company = await enrolCompany(db, cluster.id, aract.id);
    const session = await planSession(db, cluster, { date: "2026-11-10" });
    const heldOf = async () =>
      (await countClusterRows(readerOf(aract.id), {}, "2026-11-23")).rows.find((row) => row.id === cluster.id)!.counts!.sessionsHeld;
    const stateOf = async () => {
      const { sessions } = await listClusterSessions(readerOf(aract.id), cluster.id);
      return sessionState(sessions[0]!, "2026-11-23");
    };
    expect(await heldOf()).toBe(0);
    expect(await stateOf()).toBe("awaiting-attendance");
    await markAttendance(db, session, company.direction, company.participation.id, "PRESENT");
    expect(await heldOf()).toBe(1);
    expect(await stateOf()).toBe("held");
  });
});
