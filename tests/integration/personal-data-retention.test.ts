import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { RETENTION_LOCK_KEY, retentionCutoff, runRetention } from "@/lib/personal-data/retention";
import { runDailyRetention } from "@/lib/personal-data/mutations";
import { createAract, createCluster, enrolCompany, giveAccount, testDb } from "../factories";

const db = testDb();
const NOW = new Date("2026-12-04T12:00:00.000Z");
const CUTOFF = new Date("2021-12-04T12:00:00.000Z");
let world: Awaited<ReturnType<typeof build>>;

async function evaluatedCluster(
  aractId: string,
  evaluatedAt: Date | null,
  status: "EVALUATED" | "CLOSED" = "EVALUATED",
) {
  const cluster = await createCluster(db, aractId);
  await db.cluster.update({ where: { id: cluster.id }, data: { status } });
  if (evaluatedAt) {
    await db.clusterStatusChange.create({
      data: { aractId, clusterId: cluster.id, fromStatus: "CLOSED", toStatus: "EVALUATED", changedAt: evaluatedAt },
    });
  }
  return cluster;
}

async function build() {
  const aract = await createAract(db, "Aract Normandie");
  // Evaluated a millisecond before the cut-off: due. Exactly at the cut-off: not yet.
  const old = await evaluatedCluster(aract.id, new Date(CUTOFF.getTime() - 1));
  const exact = await evaluatedCluster(aract.id, CUTOFF);
  const recent = await evaluatedCluster(aract.id, new Date("2024-06-30T10:00:00Z"));
  const closed = await evaluatedCluster(aract.id, null, "CLOSED");
  const due = await enrolCompany(db, old.id, aract.id);
  const atCutoff = await enrolCompany(db, exact.id, aract.id);
  const recentPair = await enrolCompany(db, recent.id, aract.id);
  const closedPair = await enrolCompany(db, closed.id, aract.id);
  // The old cluster's staff representative now sits in the recent cluster's pair too: kept.
  await db.pairMember.create({
    data: {
      aractId: aract.id,
      participationId: recentPair.participation.id,
      personId: due.staffRep.id,
      side: "STAFF_REPRESENTATIVE",
      endedAt: new Date(),
    },
  });
  // A second old company whose direction member became a chargée de mission: her account stays, so does she.
  const staffToo = await enrolCompany(db, old.id, aract.id);
  await db.membership.create({ data: { userId: staffToo.user.id, aractId: aract.id, role: "CHARGE_DE_MISSION" } });
  const staffRepAccount = await giveAccount(db, staffToo.staffRep);
  return { aract, old, due, atCutoff, recentPair, closedPair, staffToo, staffRepAccount };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const snapshot = async () => ({
  persons: await db.person.findMany({ orderBy: { id: "asc" } }),
  users: await db.user.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditEvent.count(),
});

describe("retention of pair members' identities", () => {
  it("cuts off at RETENTION_YEARS years before now, to the millisecond", () => {
    expect(retentionCutoff(NOW, 5)).toEqual(CUTOFF);
    expect(retentionCutoff(new Date("2028-02-29T00:00:00Z"), 1)).toEqual(new Date("2027-02-28T00:00:00Z"));
  });

  it("in a dry run, lists exactly those evaluated before the cut-off, and changes nothing", async () => {
    const before = await snapshot();
    const run = await runRetention(db, { years: 5, dryRun: true, now: NOW });
    expect(run.status).toBe("done");
    if (run.status !== "done") return;
    expect(run.cutoff).toEqual(CUTOFF);
    const names = run.candidates.map((c) => c.name).sort();
    expect(names).toEqual(
      [
        `${world.due.direction.firstName} ${world.due.direction.lastName}`,
        `${world.staffToo.staffRep.firstName} ${world.staffToo.staffRep.lastName}`,
      ].sort(),
    );
    const candidate = run.candidates.find((c) => c.personId === world.due.direction.id)!;
    expect(candidate).toMatchObject({ aractName: "Aract Normandie", clusters: [world.old.name] });
    expect(candidate.evaluatedAt).toEqual(new Date(CUTOFF.getTime() - 1));
    expect(await snapshot()).toEqual(before);
  });

  it("anonymizes them, their accounts included, with the « Système » as actor, and then finds nobody", async () => {
    const run = await runRetention(db, { years: 5, dryRun: false, now: NOW });
    expect(run.status === "done" && run.candidates.length).toBe(2);

    const direction = await db.person.findUniqueOrThrow({ where: { id: world.due.direction.id } });
    expect(`${direction.firstName} ${direction.lastName}`).toBe(`Personne supprimée n° ${direction.number}`);
    expect(direction.email).toBeNull();
    expect(direction.erasedAt).toEqual(NOW);
    const user = await db.user.findUniqueOrThrow({ where: { id: world.due.user.id } });
    expect(user).toMatchObject({
      name: `Personne supprimée n° ${direction.number}`,
      email: `supprime-${user.id}@invalid`,
    });
    const account = await db.user.findUniqueOrThrow({ where: { id: world.staffRepAccount.id } });
    expect(account.erasedAt).toEqual(NOW);

    const audit = await db.auditEvent.findMany({ where: { action: "person.erased" } });
    expect(audit).toHaveLength(2);
    for (const event of audit) {
      expect(event).toMatchObject({ actorId: null, aractId: world.aract.id, entityType: "Person" });
      expect(event.changes).toMatchObject({ reason: "conservation" });
    }

    // Kept: evaluated exactly at the cut-off, recently, not evaluated, seated in a recent cluster, or staff.
    for (const kept of [
      world.atCutoff.direction,
      world.recentPair.direction,
      world.closedPair.direction,
      world.due.staffRep,
      world.staffToo.direction,
    ]) {
      expect((await db.person.findUniqueOrThrow({ where: { id: kept.id } })).erasedAt).toBeNull();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: world.staffToo.user.id } })).erasedAt).toBeNull();

    const again = await runRetention(db, { years: 5, dryRun: false, now: NOW });
    expect(again.status === "done" && again.candidates).toEqual([]);
  });

  it("does nothing while another process holds the lock, and runs once it is released", async () => {
    const later = new Date("2027-01-01T00:00:00Z");
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock($1::bigint)", [RETENTION_LOCK_KEY]);
      const before = await snapshot();
      expect(await runRetention(db, { years: 5, dryRun: false, now: later })).toEqual({ status: "locked" });
      expect(await snapshot()).toEqual(before);
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    const run = await runRetention(db, { years: 5, dryRun: false, now: later });
    // Cut-off 2022-01-01: the cluster evaluated at the old cut-off (2021-12-04) is due now; 2024's is not.
    expect(run.status === "done" && run.candidates.map((c) => c.personId).sort()).toEqual(
      [world.atCutoff.direction.id, world.atCutoff.staffRep.id].sort(),
    );
  });

  it("runs daily in the app with RETENTION_YEARS (5 by default)", async () => {
    // 2029-07-01: the 2024-06-30 evaluation is more than 5 years old.
    const run = await runDailyRetention(new Date("2029-07-01T12:00:00Z"));
    expect(run.status === "done" && run.candidates.map((c) => c.personId).sort()).toEqual(
      [world.recentPair.direction.id, world.recentPair.staffRep.id, world.due.staffRep.id].sort(),
    );
    expect((await db.person.findUniqueOrThrow({ where: { id: world.due.staffRep.id } })).erasedAt).not.toBeNull();
  });

  it("deletes applications 12 months after they were decided, or left unanswered", async () => {
    const fields = (n: number) => ({
      aractId: world.aract.id,
      companyName: `Candidate ${n}`,
      siret: "73282932000074",
      nafCode: "88.91A",
      headcount: 10,
      postalCode: "14000",
      directionFirstName: "Anne",
      directionLastName: `Candidate ${n}`,
      directionEmail: `candidate${n}@exemple.fr`,
      staffFirstName: "Loïc",
      staffLastName: "Candidat",
      project: "Projet",
      consentAt: new Date("2025-01-01"),
    });
    const old = await db.application.create({ data: { ...fields(1), status: "DECLINED", decidedAt: new Date("2025-12-03T12:00:00Z") } });
    const recent = await db.application.create({ data: { ...fields(2), status: "ACCEPTED", decidedAt: new Date("2025-12-05T12:00:00Z") } });
    const pending = await db.application.create({ data: { ...fields(3), createdAt: new Date("2026-01-01") } });
    await db.application.create({ data: { ...fields(4), createdAt: new Date("2025-11-01") } });
    const dry = await runRetention(db, { years: 5, dryRun: true, now: NOW });
    expect(dry.status === "done" && dry.applicationsDue).toBe(2);
    expect(await db.application.count()).toBe(4);
    const run = await runRetention(db, { years: 5, dryRun: false, now: NOW });
    expect(run.status === "done" && run.applicationsDue).toBe(2);
    expect((await db.application.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((a) => a.id).sort()).toEqual(
      [recent.id, pending.id].sort(),
    );
    expect(await db.application.findUnique({ where: { id: old.id } })).toBeNull();
  });
});
