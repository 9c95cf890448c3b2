import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeParticipationAction, reopenParticipationAction } from "@/lib/participations/actions";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { buildScope } from "@/lib/auth/scope";
import { countReport } from "@/lib/reports/queries";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
const TODAY = "2026-12-07";
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, cluster, charge } = shared;
  const finishing = await enrolCompany(db, cluster.id, aract.id);
  const recruiting = await createCluster(db, aract.id, { staffUserId: charge.id });
  const early = await enrolCompany(db, recruiting.id, aract.id);
  await db.cluster.update({ where: { id: recruiting.id }, data: { status: "RECRUITING" } });
  const evaluated = await createCluster(db, aract.id);
  const frozen = await enrolCompany(db, evaluated.id, aract.id);
  await db.participation.update({ where: { id: frozen.participation.id }, data: { status: "COMPLETED" } });
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, finishing, early, frozen };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const participationOf = (id: string) =>
  db.participation.findUniqueOrThrow({ where: { id }, include: { statusChanges: { orderBy: { changedAt: "asc" } } } });
const moves = async (id: string) =>
  (await participationOf(id)).statusChanges.map((change) => [change.fromStatus, change.toStatus, change.note]);
const audited = (id: string, action: string) => db.auditEvent.count({ where: { entityId: id, action } });

describe("finishing a company's journey", () => {
  it("refuses another Aract's chargé de mission (not found), a company member and the national team", async () => {
    const input = { participationId: world.finishing.participation.id };
    actAs(world.otherCharge.id);
    const foreign = await completeParticipationAction(input);
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.finishing.user.id);
    expect(await completeParticipationAction(input)).toEqual(FORBIDDEN);
    actAs(world.national.id);
    expect(await completeParticipationAction(input)).toEqual(FORBIDDEN);
    expect((await participationOf(input.participationId)).status).toBe("ENROLLED");
  });

  it("refuses a cluster not started yet and an evaluated one, with French messages, and changes nothing", async () => {
    actAs(world.charge.id);
    const early = await completeParticipationAction({ participationId: world.early.participation.id });
    expect(!early.ok && early.error).toBe("Un parcours se termine une fois le cluster démarré.");
    const frozen = await reopenParticipationAction({ participationId: world.frozen.participation.id, reason: "Erreur." });
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect((await participationOf(world.early.participation.id)).status).toBe("ENROLLED");
    expect((await participationOf(world.frozen.participation.id)).status).toBe("COMPLETED");
    expect(await moves(world.early.participation.id)).toEqual([]);
  });

  it("finishes it, records the move and the audit entry, and keeps the pair's access", async () => {
    actAs(world.charge.id);
    const id = world.finishing.participation.id;
    expect((await completeParticipationAction({ participationId: id })).ok).toBe(true);
    expect((await participationOf(id)).status).toBe("COMPLETED");
    expect(await moves(id)).toEqual([["ENROLLED", "COMPLETED", null]]);
    expect(await audited(id, "participation.completed")).toBe(1);
    expect((await buildScope(world.finishing.user.id))?.role).toBe("COMPANY_MEMBER");
    const again = await completeParticipationAction({ participationId: id });
    expect(!again.ok && again.error).toBe("Cette entreprise a déjà terminé son parcours.");
  });

  it("counts the finished journeys in the reports, of the Aract and of the network", async () => {
    const completed = await db.participation.count({
      where: { aractId: world.aract.id, status: "COMPLETED", cluster: { status: { not: "DRAFT" } } },
    });
    expect(completed).toBe(2);
    expect((await countReport(readerOf(world.aract.id), {}, TODAY)).total.completedCompanies).toBe(completed);
    expect((await countReport(readerOf(world.other.id), {}, TODAY)).total.completedCompanies).toBe(0);
  });

  it("reopens it with a reason, which the history keeps; refuses without one or when not finished", async () => {
    actAs(world.charge.id);
    const id = world.finishing.participation.id;
    const blank = await reopenParticipationAction({ participationId: id, reason: " " });
    expect(!blank.ok && blank.fieldErrors).toEqual({ reason: "Saisissez le motif de la réouverture." });
    expect((await participationOf(id)).status).toBe("COMPLETED");
    const reason = "Plan d'action encore à finaliser.";
    expect((await reopenParticipationAction({ participationId: id, reason })).ok).toBe(true);
    expect((await participationOf(id)).status).toBe("ENROLLED");
    expect(await moves(id)).toEqual([
      ["ENROLLED", "COMPLETED", null],
      ["COMPLETED", "ENROLLED", reason],
    ]);
    expect(await audited(id, "participation.reopened")).toBe(1);
    const twice = await reopenParticipationAction({ participationId: id, reason });
    expect(!twice.ok && twice.error).toBe("Seul un parcours terminé peut être rouvert.");
  });
});

describe("closing a cluster", () => {
  it("refuses to finish the journeys at any other move, and changes nothing", async () => {
    actAs(world.charge.id);
    const result = await changeClusterStatusAction({ id: world.early.participation.clusterId, to: "RUNNING", completeEnrolled: true });
    expect(!result.ok && result.fieldErrors).toEqual({
      completeEnrolled: "Les parcours des entreprises se terminent ensemble à la clôture du cluster seulement.",
    });
    expect((await db.cluster.findUniqueOrThrow({ where: { id: world.early.participation.clusterId } })).status).toBe("RECRUITING");
  });

  it("finishes the journey of every enrolled company when asked, and of no withdrawn one", async () => {
    const { aract, charge, cluster } = world;
    const leaving = await enrolCompany(db, cluster.id, aract.id);
    await db.participation.update({ where: { id: leaving.participation.id }, data: { status: "WITHDRAWN" } });
    actAs(charge.id);
    expect((await changeClusterStatusAction({ id: cluster.id, to: "CLOSED", completeEnrolled: true })).ok).toBe(true);
    const statuses = await db.participation.findMany({ where: { clusterId: cluster.id }, select: { id: true, status: true } });
    const byId = new Map(statuses.map((row) => [row.id, row.status]));
    expect(byId.get(world.member.participation.id)).toBe("COMPLETED");
    expect(byId.get(world.finishing.participation.id)).toBe("COMPLETED");
    expect(byId.get(leaving.participation.id)).toBe("WITHDRAWN");
    expect(await moves(world.member.participation.id)).toEqual([["ENROLLED", "COMPLETED", "Clôture du cluster"]]);
    expect(await audited(world.member.participation.id, "participation.completed")).toBe(1);
  });

  it("leaves the companies' journeys as they are when not asked", async () => {
    const { aract, charge } = world;
    const other = await createCluster(db, aract.id, { staffUserId: charge.id });
    const going = await enrolCompany(db, other.id, aract.id);
    actAs(charge.id);
    expect((await changeClusterStatusAction({ id: other.id, to: "CLOSED" })).ok).toBe(true);
    expect((await participationOf(going.participation.id)).status).toBe("ENROLLED");
    expect(await moves(going.participation.id)).toEqual([]);
  });
});
