import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSaveId } from "@/lib/diagnostics/autosave";
import { readAnswerAction, saveAnswerAction, submitResponseAction } from "@/lib/diagnostics/actions";
import { ensureFreshFacts } from "@/lib/reports/facts/freshness";
import { refreshStaleFacts } from "@/lib/reports/facts/mutations";
import { actAs } from "../support/session";
import { attachTemplate, createDiagnosticTemplate, createTwoAracts, giveAccount, testDb } from "../factories";

// What moves a report figure is recorded by the database itself, in the writing transaction, whoever
// writes (triggers on the records, see the migration *_report_changes): every app instance reads it at
// the next request. What moves no figure (a read, an answer autosaved, a description) records nothing.

const db = testDb();
const TODAY = "2026-12-07";
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, base.cluster, template.id);
  await giveAccount(db, base.member.staffRep);
  return { ...base, template, questions };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const versionOf = async (aractId: string) => (await db.reportChange.findUnique({ where: { aractId } }))?.version ?? 0;
const versions = async () => [await versionOf(world.aract.id), await versionOf(world.other.id)];

/** What `work` bumped: the versions of the world's Aract and of the other one, after minus before. */
async function bumps(work: () => Promise<unknown>): Promise<[number, number]> {
  const [own, other] = await versions();
  await work();
  const [ownAfter, otherAfter] = await versions();
  return [ownAfter! - own!, otherAfter! - other!];
}

describe("a change to the records", () => {
  it("bumps its Aract's version once per statement, and no other Aract's", async () => {
    const participation = world.member.participation;
    expect(
      await bumps(() =>
        db.outcome.createMany({
          data: [
            { aractId: world.aract.id, participationId: participation.id, kind: "ACCORD", theme: "QVCT", status: "SIGNED" },
            { aractId: world.aract.id, participationId: participation.id, kind: "PLAN_ACTION", theme: "QVCT", status: "SIGNED" },
          ],
        }),
      ),
    ).toEqual([1, 0]);
    expect(await bumps(() => db.outcome.updateMany({ where: { participationId: participation.id }, data: { status: "DEPOSITED" } }))).toEqual([1, 0]);
    expect(await bumps(() => db.outcome.deleteMany({ where: { participationId: participation.id } }))).toEqual([1, 0]);
    expect(await bumps(() => db.cluster.update({ where: { id: world.cluster.id }, data: { plannedSupportDaysPerCompany: 4.5 } }))).toEqual([1, 0]);
    const company = await db.participation.findUniqueOrThrow({ where: { id: participation.id }, select: { companyId: true } });
    expect(await bumps(() => db.company.update({ where: { id: company.companyId }, data: { nafCode: "86.10Z" } }))).toEqual([1, 0]);
  });

  it("records nothing when no figure moves: a description, a company's name, a read, an answer autosaved", async () => {
    const company = await db.participation.findUniqueOrThrow({ where: { id: world.member.participation.id }, select: { companyId: true } });
    expect(await bumps(() => db.cluster.update({ where: { id: world.cluster.id }, data: { description: "Nouvelle description" } }))).toEqual([0, 0]);
    expect(await bumps(() => db.company.update({ where: { id: company.companyId }, data: { name: "Nouveau nom SAS" } }))).toEqual([0, 0]);
    actAs(world.member.user.id);
    const save = (value: number | boolean, baseVersion: number, question = "mixite-postes") =>
      saveAnswerAction({
        clusterId: world.cluster.id,
        templateId: world.template.id,
        questionId: world.questions[question]!.id,
        value,
        baseVersion,
        saveId: newSaveId(),
      });
    let saved: Awaited<ReturnType<typeof save>> | undefined;
    expect(await bumps(async () => (saved = await save(4, 0)))).toEqual([0, 0]);
    expect(saved).toMatchObject({ ok: true });
    expect(await bumps(() => save(5, 1))).toEqual([0, 0]);
    expect(await bumps(() => save(false, 0, "mixite-accord"))).toEqual([0, 0]);
    expect(
      await bumps(() => readAnswerAction({ clusterId: world.cluster.id, templateId: world.template.id, questionId: world.questions["mixite-postes"]!.id })),
    ).toEqual([0, 0]);
    // Submitting the response moves "diagnostics remis".
    const response = await db.diagnosticResponse.findFirstOrThrow({ where: { participationId: world.member.participation.id }, select: { id: true, version: true } });
    let submitted: Awaited<ReturnType<typeof submitResponseAction>> | undefined;
    const moved = await bumps(async () => (submitted = await submitResponseAction({ responseId: response.id, version: response.version })));
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ ok: true });
    expect(moved).toEqual([1, 0]);
  });
});

describe("the report facts", () => {
  it("are computed once for a change, whichever process asks first, and are then fresh for everyone", async () => {
    await db.outcome.create({
      data: { aractId: world.aract.id, participationId: world.member.participation.id, kind: "ACCORD", theme: "QVCT", status: "SIGNED" },
    });
    // Two processes at once: one computes, the other finds nothing left to compute.
    const [first, second] = await Promise.all([refreshStaleFacts(world.aract.id, TODAY), refreshStaleFacts(world.aract.id, TODAY)]);
    expect([first, second].map((ids) => ids.includes(world.aract.id)).sort()).toEqual([false, true]);
    const key = await ensureFreshFacts(world.aract.id, TODAY);
    expect(await refreshStaleFacts(world.aract.id, TODAY)).toEqual([]);
    expect(await ensureFreshFacts(world.aract.id, TODAY)).toBe(key);
    const fact = await db.reportParticipationFact.findUniqueOrThrow({ where: { participationId: world.member.participation.id } });
    expect(fact.accordsSigned).toBe(1);
    // A change gives another key, and the facts follow.
    await db.outcome.updateMany({ where: { participationId: world.member.participation.id, kind: "ACCORD" }, data: { status: "DEPOSITED" } });
    expect(await ensureFreshFacts(world.aract.id, TODAY)).not.toBe(key);
    expect(await db.reportParticipationFact.findUniqueOrThrow({ where: { participationId: world.member.participation.id } })).toMatchObject({
      accordsSigned: 0,
      accordsDeposited: 1,
    });
  });

  it("are computed again on another day: sessions become held", async () => {
    const key = await ensureFreshFacts(world.aract.id, TODAY);
    expect(await refreshStaleFacts(world.aract.id, "2026-12-08")).toEqual([world.aract.id]);
    expect(await ensureFreshFacts(world.aract.id, "2026-12-08")).not.toBe(key);
  });
});
