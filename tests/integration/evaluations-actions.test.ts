import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveEvaluationAction } from "@/lib/evaluations/actions";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import type { EvaluationInput } from "@/lib/evaluations/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const sibling = await createCluster(db, shared.aract.id, { staffUserId: shared.charge.id });
  const siblingMember = await enrolCompany(db, sibling.id, shared.aract.id);
  return { ...shared, siblingMember };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<EvaluationInput> = {}): EvaluationInput => ({
  clusterId: world.cluster.id,
  participationId: world.member.participation.id,
  whatWasDone: "Pré-diagnostic, diagnostic partagé par le binôme, deux jours d'appui.",
  satisfaction: "4",
  results: "Plan d'actions adopté en comité de pilotage.",
  ...overrides,
});

describe("evaluating a company", () => {
  it("creates the evaluation, then updates the same row, each with its audit entry", async () => {
    actAs(world.charge.id);
    const first = await saveEvaluationAction(input());
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    const id = first.ok ? first.data.id : "";
    expect(await db.evaluation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      aractId: world.aract.id,
      clusterId: world.cluster.id,
      participationId: world.member.participation.id,
      satisfaction: 4,
    });
    const second = await saveEvaluationAction(input({ satisfaction: "5", results: "Plan d'actions adopté et suivi." }));
    expect(second).toMatchObject({ ok: true, data: { id, created: false } });
    expect(await db.evaluation.count({ where: { participationId: world.member.participation.id } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { entityId: id, action: "evaluation.created", actorId: world.charge.id } }),
    ).toBe(1);
    const update = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "evaluation.updated" } });
    expect(update.changes).toMatchObject({ satisfaction: [4, 5] });
  });

  it("refuses an evaluation without what was done or results, and saves nothing", async () => {
    const company = await enrolCompany(db, world.cluster.id, world.aract.id);
    actAs(world.charge.id);
    const result = await saveEvaluationAction(
      input({ participationId: company.participation.id, whatWasDone: " ", results: "" }),
    );
    expect(!result.ok && result.fieldErrors).toMatchObject({
      whatWasDone: "Saisissez ce qui a été fait.",
      results: "Saisissez les résultats.",
    });
    const satisfaction = await saveEvaluationAction(
      input({ participationId: company.participation.id, satisfaction: "7" as "5" }),
    );
    expect(satisfaction.ok).toBe(false);
    expect(await db.evaluation.count({ where: { participationId: company.participation.id } })).toBe(0);
  });

  it("refuses a company of another cluster", async () => {
    actAs(world.charge.id);
    const result = await saveEvaluationAction(input({ participationId: world.siblingMember.participation.id }));
    expect(!result.ok && result.fieldErrors?.participationId).toBe("Choisissez une entreprise de ce cluster.");
    expect(await db.evaluation.count({ where: { participationId: world.siblingMember.participation.id } })).toBe(0);
  });

  it("answers another Aract's chargé de mission as not found, and refuses company members and the national team", async () => {
    const before = await db.evaluation.count();
    actAs(world.otherCharge.id);
    const result = await saveEvaluationAction(input({ results: "Piraté" }));
    expect(!result.ok && result.error).toMatch(/introuvable/);
    for (const userId of [world.member.user.id, world.national.id]) {
      actAs(userId);
      expect(await saveEvaluationAction(input({ results: "Piraté" }))).toEqual(FORBIDDEN);
    }
    expect(await db.evaluation.count()).toBe(before);
    expect(await db.evaluation.count({ where: { results: "Piraté" } })).toBe(0);
  });
});

describe("evaluating the cluster and declaring it evaluated", () => {
  it("keeps one cluster evaluation, even when several saves arrive together", async () => {
    actAs(world.charge.id);
    const values = input({ participationId: "", satisfaction: null });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => saveEvaluationAction({ ...values, results: `Bilan ${i}` })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.evaluation.findMany({ where: { clusterId: world.cluster.id, participationId: null } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.satisfaction).toBeNull();
    expect(results.filter((r) => r.ok && r.data.created)).toHaveLength(1);
  });

  it("is required before the cluster is declared evaluated; then evaluations are frozen", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    await enrolCompany(db, cluster.id, world.aract.id);
    await db.cluster.update({ where: { id: cluster.id }, data: { status: "CLOSED" } });
    actAs(world.charge.id);
    const early = await changeClusterStatusAction({ id: cluster.id, to: "EVALUATED" });
    expect(!early.ok && early.error).toMatch(/évaluation du cluster/);
    expect((await saveEvaluationAction(input({ clusterId: cluster.id, participationId: "" }))).ok).toBe(true);
    expect((await changeClusterStatusAction({ id: cluster.id, to: "EVALUATED" })).ok).toBe(true);
    const late = await saveEvaluationAction(
      input({ clusterId: cluster.id, participationId: "", results: "Trop tard" }),
    );
    expect(!late.ok && late.error).toMatch(/évalué/);
  });

  it("waits for the cluster to start", async () => {
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    await db.cluster.update({ where: { id: cluster.id }, data: { status: "RECRUITING" } });
    actAs(world.charge.id);
    const result = await saveEvaluationAction(input({ clusterId: cluster.id, participationId: "" }));
    expect(!result.ok && result.error).toBe("L'évaluation s'enregistre une fois le cluster démarré.");
  });
});
