import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSaveId } from "@/lib/diagnostics/autosave";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { saveAnswerAction, submitResponseAction } from "@/lib/diagnostics/actions";
import { getOwnResponse, listMyDiagnostics } from "@/lib/diagnostics/queries";
import { getPairComparison } from "@/lib/diagnostics/pair-comparison/queries";
import { getClusterDistribution, listClusterCompletion } from "@/lib/diagnostics/cluster-view/queries";
import { SMALL_GROUP_MESSAGE } from "@/lib/diagnostics/rules";
import type { SaveAnswerInput } from "@/lib/diagnostics/schemas";
import { actAs } from "../support/session";
import { attachTemplate, createCluster, createDiagnosticTemplate, createTwoAracts, enrolCompany, giveAccount, testDb } from "../factories";

// Who reads which answers: a draft is its author's only; submitted answers are read by the pair (in the
// comparison, once both have submitted), the Aract's staff and the national team; nobody else.

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;
const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;

async function build() {
  const base = await createTwoAracts(db);
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, base.cluster, template.id);
  const staffRepUser = await giveAccount(db, base.member.staffRep);
  const neighbour = await enrolCompany(db, base.cluster.id, base.aract.id);
  // The same company's pair in another cluster of the Aract: not a way into this one's records.
  const otherClusterSeat = await enrolCompany(db, (await createCluster(db, base.aract.id)).id, base.aract.id);
  return {
    ...base,
    template,
    questions,
    neighbour,
    otherClusterSeat,
    scopes: {
      direction: await scopeOf(base.member.user.id),
      staffRep: await scopeOf(staffRepUser.id),
      neighbour: await scopeOf(neighbour.user.id),
      elsewhere: await scopeOf(otherClusterSeat.user.id),
      charge: await scopeOf(base.charge.id),
      otherCharge: await scopeOf(base.otherCharge.id),
      national: await scopeOf(base.national.id),
    },
    staffRepUser,
  };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const q = (key: string) => world.questions[key]!.id;
const ids = () => [world.cluster.id, world.template.id, world.member.participation.id] as const;

async function answer(userId: string, key: string, value: SaveAnswerInput["value"]) {
  actAs(userId);
  const result = await saveAnswerAction({ clusterId: world.cluster.id, templateId: world.template.id, questionId: q(key), value, baseVersion: 0, saveId: newSaveId() });
  if (!result.ok) throw new Error(result.error);
  return result.data.responseId;
}

async function submit(userId: string, responseId: string) {
  actAs(userId);
  const result = await submitResponseAction({ responseId, version: 1 });
  if (!result.ok) throw new Error(result.error);
}

describe("while the direction's response is a draft", () => {
  it("shows its answers to its author only", async () => {
    await answer(world.member.user.id, "mixite-postes", 5);
    await answer(world.member.user.id, "conditions-commentaire", "Les plannings sont anticipés.");

    const own = await getOwnResponse(world.scopes.direction, world.cluster.id, world.template.id);
    expect(own).toMatchObject({ side: "DIRECTION", response: { status: "DRAFT" }, otherSubmitted: false });
    expect(own!.answers[q("mixite-postes")]).toMatchObject({ value: 5, version: 1 });

    const other = await getOwnResponse(world.scopes.staffRep, world.cluster.id, world.template.id);
    expect(other).toMatchObject({ side: "STAFF_REPRESENTATIVE", response: null, answers: {} });
    for (const scope of [world.scopes.charge, world.scopes.national]) {
      expect(await getOwnResponse(scope, world.cluster.id, world.template.id)).toBeNull();
    }
    for (const scope of [world.scopes.staffRep, world.scopes.charge, world.scopes.national]) {
      expect((await getPairComparison(scope, ...ids()))?.answers).toBeNull();
    }
  });

  it("tells the pair and the staff where each member stands, never what they answered", async () => {
    const mine = await listMyDiagnostics(world.scopes.direction, world.cluster.id);
    expect(mine).toMatchObject([
      {
        templateId: world.template.id,
        mine: { state: "DRAFT", progress: { answered: 2, total: 8, requiredAnswered: 1, requiredTotal: 2 } },
        comparisonReady: false,
      },
    ]);
    expect(mine[0]!.pair.map((m) => [m.side, m.isMe, m.state])).toEqual([
      ["DIRECTION", true, "DRAFT"],
      ["STAFF_REPRESENTATIVE", false, "NOT_STARTED"],
    ]);
    const theirs = await listMyDiagnostics(world.scopes.staffRep, world.cluster.id);
    expect(theirs[0]!.mine).toMatchObject({ state: "NOT_STARTED", progress: { answered: 0 } });

    const completion = await listClusterCompletion(world.scopes.charge, world.cluster.id);
    const row = completion[0]!.companies.find((c) => c.participationId === world.member.participation.id)!;
    expect(row.sides.map((s) => [s.side, s.state, s.answered])).toEqual([
      ["DIRECTION", "DRAFT", 2],
      ["STAFF_REPRESENTATIVE", "NOT_STARTED", 0],
    ]);
    expect(JSON.stringify(completion)).not.toContain("plannings");
    expect(await listClusterCompletion(world.scopes.direction, world.cluster.id)).toEqual([]);
  });
});

describe("once both members have submitted", () => {
  beforeAll(async () => {
    const direction = await answer(world.member.user.id, "mixite-accord", true);
    await submit(world.member.user.id, direction);
    await answer(world.staffRepUser.id, "mixite-postes", 2);
    const staffRep = await answer(world.staffRepUser.id, "mixite-accord", false);
    await submit(world.staffRepUser.id, staffRep);
  });

  it("shows both views to both members, the chargé de mission and the national team", async () => {
    for (const scope of [world.scopes.direction, world.scopes.staffRep, world.scopes.charge, world.scopes.national]) {
      const comparison = await getPairComparison(scope, ...ids());
      expect(comparison?.companyName).toBe(world.member.company.name);
      expect(comparison?.answers?.DIRECTION[q("mixite-postes")]).toBe(5);
      expect(comparison?.answers?.STAFF_REPRESENTATIVE[q("mixite-postes")]).toBe(2);
      expect(comparison?.sides.STAFF_REPRESENTATIVE.state).toBe("SUBMITTED");
    }
  });

  it("shows nothing to another company of the cluster, a member elsewhere, or another Aract", async () => {
    for (const scope of [world.scopes.neighbour, world.scopes.elsewhere, world.scopes.otherCharge]) {
      expect(await getPairComparison(scope, ...ids())).toBeNull();
    }
    expect(await listMyDiagnostics(world.scopes.elsewhere, world.cluster.id)).toEqual([]);
    expect(await getOwnResponse(world.scopes.elsewhere, world.cluster.id, world.template.id)).toBeNull();
    expect(await listClusterCompletion(world.scopes.otherCharge, world.cluster.id)).toEqual([]);
    expect(await getClusterDistribution(world.scopes.otherCharge, world.cluster.id, world.template.id)).toBeNull();
  });

  it("hides the answers again when a response is reopened", async () => {
    const response = await db.diagnosticResponse.findFirstOrThrow({ where: { personId: world.member.staffRep.id } });
    await db.diagnosticResponse.update({ where: { id: response.id }, data: { status: "DRAFT" } });
    try {
      expect((await getPairComparison(world.scopes.direction, ...ids()))?.answers).toBeNull();
      expect((await getPairComparison(world.scopes.charge, ...ids()))?.answers).toBeNull();
    } finally {
      await db.diagnosticResponse.update({ where: { id: response.id }, data: { status: "SUBMITTED" } });
    }
  });
});

describe("the cluster-level distribution", () => {
  it("is never given to company members", async () => {
    expect(await getClusterDistribution(world.scopes.direction, world.cluster.id, world.template.id)).toBeNull();
  });

  it("is not broken down below 5 companies", async () => {
    const distribution = await getClusterDistribution(world.scopes.charge, world.cluster.id, world.template.id);
    expect(distribution).toMatchObject({ companyCount: 1, responseCount: 2, sections: null });
    expect(SMALL_GROUP_MESSAGE).toBe("Moins de 5 entreprises ont répondu : la répartition n'est pas affichée, pour ne pas identifier leurs réponses.");
  });

  it("counts the submitted answers from 5 companies on, and leaves drafts out", async () => {
    for (let i = 0; i < 4; i++) {
      const company = await enrolCompany(db, world.cluster.id, world.aract.id);
      const response = await db.diagnosticResponse.create({
        data: {
          aractId: world.aract.id,
          participationId: company.participation.id,
          templateId: world.template.id,
          personId: company.direction.id,
          side: "DIRECTION",
          status: "SUBMITTED",
          submittedAt: new Date(),
        },
      });
      await db.diagnosticAnswer.create({ data: { aractId: world.aract.id, responseId: response.id, questionId: q("mixite-postes"), value: 4 } });
    }
    // A draft of the neighbour: not counted.
    await answer(world.neighbour.user.id, "mixite-postes", 1);

    const distribution = await getClusterDistribution(world.scopes.charge, world.cluster.id, world.template.id);
    expect(distribution).toMatchObject({ companyCount: 5, responseCount: 6 });
    const postes = distribution!.sections![0]!.questions[0]!;
    expect(postes).toMatchObject({ kind: "counts", answered: 6 });
    expect(postes.kind === "counts" && postes.counts.map((c) => c.count)).toEqual([0, 1, 0, 4, 1]);
    const comment = distribution!.sections![1]!.questions.find((x) => x.questionId === q("conditions-commentaire"));
    expect(comment).toEqual({ kind: "text", questionId: q("conditions-commentaire"), label: "Commentaire", answered: 1 });
    expect((await getClusterDistribution(world.scopes.national, world.cluster.id, world.template.id))?.companyCount).toBe(5);
  });
});
