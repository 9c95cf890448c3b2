import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSaveId } from "@/lib/diagnostics/autosave";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { saveAnswerAction, submitResponseAction } from "@/lib/diagnostics/actions";
import { listMyDiagnostics } from "@/lib/diagnostics/queries";
import { getPairComparison } from "@/lib/diagnostics/pair-comparison/queries";
import { getClusterDistribution, listClusterCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { loadReminderTemplates } from "@/lib/reminders/queries";
import type { SaveAnswerInput } from "@/lib/diagnostics/schemas";
import type { AractScope } from "@/lib/actions/server";
import { actAs } from "../support/session";
import { attachTemplate, createDiagnosticTemplate, createTwoAracts, giveAccount, testDb } from "../factories";

// A cluster's diagnostics opened to the members beyond the pairs: closed, a référente neither answers nor
// reads the comparison; open, she answers, and her submitted answers are a further view beside the pair's,
// shown once the pair's two views are in. The pair stays the comparison and the cluster's distribution.

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;
const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;

async function build() {
  const base = await createTwoAracts(db);
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, base.cluster, template.id);
  const staffRepUser = await giveAccount(db, base.member.staffRep);
  const referente = await db.person.create({
    data: { aractId: base.aract.id, firstName: "Soizic", lastName: "Le Roux", email: "soizic@entreprise.fr" },
  });
  await db.pairMember.create({
    data: { aractId: base.aract.id, participationId: base.member.participation.id, personId: referente.id, role: "QVT_REFERENT" },
  });
  const referenteUser = await giveAccount(db, referente);
  return { ...base, template, questions, staffRepUser, referenteUser };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const q = (key: string) => world.questions[key]!.id;
const ids = () => [world.cluster.id, world.template.id, world.member.participation.id] as const;
const open = (diagnosticsOpenToMembers: boolean) =>
  db.cluster.update({ where: { id: world.cluster.id }, data: { diagnosticsOpenToMembers } });

async function answer(userId: string, key: string, value: SaveAnswerInput["value"]) {
  actAs(userId);
  return saveAnswerAction({ clusterId: world.cluster.id, templateId: world.template.id, questionId: q(key), value, baseVersion: 0, saveId: newSaveId() });
}

async function answerAndSubmit(userId: string, postes: number, accord: boolean) {
  await answer(userId, "mixite-postes", postes);
  const last = await answer(userId, "mixite-accord", accord);
  if (!last.ok) throw new Error(last.error);
  actAs(userId);
  const submitted = await submitResponseAction({ responseId: last.data.responseId, version: 1 });
  if (!submitted.ok) throw new Error(submitted.error);
}

describe("a cluster whose diagnostics are the pairs' only", () => {
  it("gives the référente no diagnostic to answer nor the pair's comparison, and no reminder", async () => {
    const scope = await scopeOf(world.referenteUser.id);
    expect(await listMyDiagnostics(scope, world.cluster.id)).toEqual([]);
    const refused = await answer(world.referenteUser.id, "mixite-postes", 3);
    expect(!refused.ok && refused.error).toMatch(/introuvable/);
    expect(await db.diagnosticResponse.count({ where: { side: null } })).toBe(0);
    expect(await getPairComparison(scope, ...ids())).toBeNull();
    const [reminders] = (await loadReminderTemplates((await scopeOf(world.charge.id)) as AractScope, world.cluster.id)) ?? [];
    expect(reminders!.targets.map((t) => t.label)).toEqual(["Direction", "Représentant·e du personnel"]);
  });
});

describe("once the cluster opens its diagnostics to the members", () => {
  beforeAll(async () => {
    await open(true);
    await answerAndSubmit(world.referenteUser.id, 1, false);
  });

  it("lets the référente answer as what she is, and keeps her answers out of sight until the pair's two views are in", async () => {
    const scope = await scopeOf(world.referenteUser.id);
    const mine = await listMyDiagnostics(scope, world.cluster.id);
    expect(mine).toMatchObject([{ myRole: "Référent·e QVT", mine: { state: "SUBMITTED" }, comparisonReady: false }]);
    expect(mine[0]!.pair.map((m) => m.side)).toEqual(["DIRECTION", "STAFF_REPRESENTATIVE"]);
    const response = await db.diagnosticResponse.findFirstOrThrow({ where: { side: null } });
    expect(response.status).toBe("SUBMITTED");
    for (const reader of [scope, await scopeOf(world.charge.id)]) {
      const comparison = await getPairComparison(reader, ...ids());
      expect(comparison?.answers).toBeNull();
      expect(comparison?.further).toMatchObject([{ label: "Référent·e QVT", name: "Soizic Le Roux", state: "SUBMITTED", answers: null }]);
    }
  });

  it("shows her view beside the pair's once both have submitted; the completion counts her, the distribution does not", async () => {
    await answerAndSubmit(world.member.user.id, 5, true);
    await answerAndSubmit(world.staffRepUser.id, 2, false);
    for (const userId of [world.referenteUser.id, world.member.user.id, world.charge.id, world.national.id]) {
      const comparison = await getPairComparison(await scopeOf(userId), ...ids());
      expect(comparison?.answers?.DIRECTION[q("mixite-postes")]).toBe(5);
      expect(comparison?.further.map((view) => view.answers?.[q("mixite-postes")])).toEqual([1]);
    }
    const completion = await listClusterCompletion(await scopeOf(world.charge.id), world.cluster.id);
    expect(completion[0]!.companies[0]!.others).toEqual({ seated: 1, submitted: 1 });
    const distribution = await getClusterDistribution(await scopeOf(world.charge.id), world.cluster.id, world.template.id);
    expect(distribution?.responseCount).toBe(2);
    // Another Aract's chargé de mission reads nothing of it.
    expect(await getPairComparison(await scopeOf(world.otherCharge.id), ...ids())).toBeNull();
  });

  it("hides her view again once the cluster closes its diagnostics to the members, her response kept", async () => {
    await open(false);
    const comparison = await getPairComparison(await scopeOf(world.charge.id), ...ids());
    expect(comparison?.further).toEqual([]);
    expect(comparison?.answers).not.toBeNull();
    expect(await getPairComparison(await scopeOf(world.referenteUser.id), ...ids())).toBeNull();
    expect(await db.diagnosticResponse.count({ where: { side: null } })).toBe(1);
  });
});
