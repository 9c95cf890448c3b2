import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSaveId } from "@/lib/diagnostics/autosave";
import { readAnswerAction, reopenResponseAction, saveAnswerAction, submitResponseAction } from "@/lib/diagnostics/actions";
import type { SaveAnswerInput } from "@/lib/diagnostics/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { attachTemplate, createCluster, createDiagnosticTemplate, createTwoAracts, enrolCompany, giveAccount, testDb } from "../factories";

// Saving, submitting and reopening a pair member's own response, through the real server actions.

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, base.cluster, template.id);
  const unused = await createDiagnosticTemplate(db);
  const staffRepUser = await giveAccount(db, base.member.staffRep);
  const elsewhere = await enrolCompany(db, (await createCluster(db, base.aract.id)).id, base.aract.id);
  return { ...base, template, questions, unused, staffRepUser, elsewhere };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const q = (key: string) => world.questions[key]!.id;
/** A save of the direction's answer to the first question; tests override what they need (even with nonsense). */
const at = (overrides: Record<string, unknown> = {}) =>
  ({
    clusterId: world.cluster.id,
    templateId: world.template.id,
    questionId: q("mixite-postes"),
    value: 4,
    baseVersion: 0,
    saveId: newSaveId(),
    ...overrides,
  }) as SaveAnswerInput;
const responseOf = (personId: string) =>
  db.diagnosticResponse.findUnique({
    where: { participationId_templateId_personId: { participationId: world.member.participation.id, templateId: world.template.id, personId } },
    include: { answers: true },
  });

describe("saving an answer as one types", () => {
  it("creates the member's own response on the first save, on their side of the pair, with the answer and audit entries", async () => {
    actAs(world.member.user.id);
    const result = await saveAnswerAction(at());
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const response = await responseOf(world.member.direction.id);
    expect(response).toMatchObject({ side: "DIRECTION", status: "DRAFT", version: 1, aractId: world.aract.id });
    expect(result.ok && result.data.responseId).toBe(response!.id);
    expect(response!.answers.map((a) => [a.questionId, a.value, a.version])).toEqual([[q("mixite-postes"), 4, 1]]);
    expect(await db.auditEvent.count({ where: { entityId: response!.id, action: "diagnostic-response.started", actorId: world.member.user.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: response!.answers[0]!.id, action: "diagnostic-answer.saved" } });
    expect(audit.changes).toEqual({ question: "mixite-postes", version: [0, 1] });
  });

  it("saves again on the current version, by the response's id too", async () => {
    actAs(world.member.user.id);
    expect(await saveAnswerAction(at({ value: 5, baseVersion: 1 }))).toMatchObject({ ok: true, data: { version: 2 } });
    const response = await responseOf(world.member.direction.id);
    const byId = await saveAnswerAction({ responseId: response!.id, questionId: q("mixite-effectif"), value: 12.5, baseVersion: 0, saveId: newSaveId() });
    expect(byId).toMatchObject({ ok: true, data: { responseId: response!.id, version: 1 } });
  });

  it("refuses a save based on an older version, says what is stored now, and keeps it", async () => {
    actAs(world.member.user.id);
    const result = await saveAnswerAction(at({ value: 1, baseVersion: 1 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/modifiée ailleurs entre-temps.*« 5 – Tout à fait d'accord »/);
    expect(!result.ok && result.fieldErrors?.baseVersion).toBe(!result.ok && result.error);
    const answer = (await responseOf(world.member.direction.id))!.answers.find((a) => a.questionId === q("mixite-postes"));
    expect(answer).toMatchObject({ value: 5, version: 2 });
    expect(await readAnswerAction({ clusterId: world.cluster.id, templateId: world.template.id, questionId: q("mixite-postes") })).toEqual({
      ok: true,
      data: { value: 5, version: 2, text: "5 – Tout à fait d'accord" },
    });
  });

  it("refuses a save of a never-seen answer (version 0) once another save created it", async () => {
    actAs(world.member.user.id);
    const result = await saveAnswerAction(at({ value: 3, baseVersion: 0 }));
    expect(!result.ok && result.error).toMatch(/« 5 – Tout à fait d'accord »/);
  });

  it("recognises the same save sent again (its answer lost) as the author's own: nothing written twice, no conflict", async () => {
    actAs(world.member.user.id);
    const save = at({ questionId: q("conditions-charge"), value: 3, baseVersion: 0 });
    const first = await saveAnswerAction(save);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const events = () => db.auditEvent.count({ where: { action: "diagnostic-answer.saved", actorId: world.member.user.id } });
    const before = await events();
    expect(await saveAnswerAction(save)).toEqual(first);
    expect(await events()).toBe(before);
    const answer = (await responseOf(world.member.direction.id))!.answers.find((a) => a.questionId === q("conditions-charge"));
    expect(answer).toMatchObject({ value: 3, version: 1 });
  });

  it("takes a newer value typed over the author's own save whose answer was lost, and still refuses another device's", async () => {
    actAs(world.member.user.id);
    const lost = at({ questionId: q("conditions-horaires"), value: "semaine", baseVersion: 0 });
    expect(await saveAnswerAction(lost)).toMatchObject({ ok: true, data: { version: 1 } });
    // The browser never learnt of that save: its next value still builds on version 0, naming the lost save.
    const newer = at({ questionId: q("conditions-horaires"), value: "mois", baseVersion: 0, priorSaveIds: [lost.saveId] });
    expect(await saveAnswerAction(newer)).toMatchObject({ ok: true, data: { version: 2 } });
    // Another tab, which saw version 0 and knows none of these saves: a real conflict.
    const elsewhere = await saveAnswerAction(at({ questionId: q("conditions-horaires"), value: "semaine", baseVersion: 0 }));
    expect(!elsewhere.ok && elsewhere.fieldErrors?.baseVersion).toMatch(/modifiée ailleurs/);
    const answer = (await responseOf(world.member.direction.id))!.answers.find((a) => a.questionId === q("conditions-horaires"));
    expect(answer).toMatchObject({ value: "mois", version: 2 });
  });

  it("clears an answer with null, keeping its version chain", async () => {
    actAs(world.member.user.id);
    expect(await saveAnswerAction(at({ questionId: q("mixite-effectif"), value: null, baseVersion: 1 }))).toMatchObject({ ok: true, data: { version: 2 } });
    const answer = (await responseOf(world.member.direction.id))!.answers.find((a) => a.questionId === q("mixite-effectif"));
    expect(answer).toMatchObject({ value: null, version: 2 });
  });

  it("refuses an answer that does not suit its question, with a French message, and stores nothing", async () => {
    actAs(world.member.user.id);
    const before = await db.diagnosticAnswer.count();
    const cases: [string, unknown, string][] = [
      ["mixite-postes", 7, "Choisissez un niveau de 1 à 5."],
      ["mixite-accord", "oui", "Répondez par oui ou par non."],
      ["mixite-effectif", -3, "Le nombre ne peut pas être négatif."],
      ["mixite-part", 120, "Saisissez un pourcentage entre 0 et 100, par exemple 35 ou 37,5."],
      ["conditions-horaires", "demain", "Choisissez une des réponses proposées."],
      ["conditions-risques", [], "Cochez au moins une réponse, ou laissez la question sans réponse."],
      ["conditions-commentaire", "x".repeat(5001), "5\u202f000 caractères au plus (vous en avez saisi 5\u202f001)."],
    ];
    for (const [key, value, message] of cases) {
      const result = await saveAnswerAction(at({ questionId: q(key), value, baseVersion: 0 }));
      expect(result, key).toEqual({ ok: false, error: message, fieldErrors: { value: message } });
    }
    const malformed = await saveAnswerAction(at({ value: { level: 4 } }));
    expect(!malformed.ok && malformed.fieldErrors?.value).toBe("Cette réponse n'a pas une forme valide.");
    expect(await db.diagnosticAnswer.count()).toBe(before);
  });

  it("does not create a response for a refused first save", async () => {
    actAs(world.staffRepUser.id);
    await saveAnswerAction(at({ value: 9 }));
    expect(await responseOf(world.member.staffRep.id)).toBeNull();
  });

  it("answers not found for a template the cluster does not use, a question of another template, or another cluster", async () => {
    actAs(world.member.user.id);
    const notUsed = await saveAnswerAction(at({ templateId: world.unused.template.id, questionId: world.unused.questions["mixite-postes"]!.id }));
    expect(!notUsed.ok && notUsed.error).toMatch(/introuvable/);
    const foreignQuestion = await saveAnswerAction(at({ questionId: world.unused.questions["mixite-postes"]!.id }));
    expect(!foreignQuestion.ok && foreignQuestion.error).toMatch(/introuvable/);
    actAs(world.elsewhere.user.id);
    const otherCluster = await saveAnswerAction(at());
    expect(!otherCluster.ok && otherCluster.error).toMatch(/introuvable/);
    const otherResponse = await saveAnswerAction({ responseId: (await responseOf(world.member.direction.id))!.id, questionId: q("mixite-part"), value: 10, baseVersion: 0, saveId: newSaveId() });
    expect(!otherResponse.ok && otherResponse.error).toMatch(/introuvable/);
  });

  it("is for pair members only", async () => {
    for (const userId of [world.charge.id, world.national.id, world.otherCharge.id, null]) {
      actAs(userId);
      expect(await saveAnswerAction(at())).toEqual(FORBIDDEN);
      expect(await submitResponseAction({ responseId: "x", version: 1 })).toEqual(FORBIDDEN);
    }
  });
});

describe("submitting one's response", () => {
  let responseId = "";

  it("is refused while required questions are unanswered, naming them next to the questions", async () => {
    actAs(world.staffRepUser.id);
    const saved = await saveAnswerAction(at({ questionId: q("conditions-charge"), value: 2 }));
    responseId = saved.ok ? saved.data.responseId : "";
    const result = await submitResponseAction({ responseId, version: 1 });
    expect(result).toEqual({
      ok: false,
      error: "2 questions obligatoires sont encore sans réponse : « Les postes sont ouverts aux femmes comme aux hommes », « Un accord égalité est en vigueur ».",
      fieldErrors: {
        [`answers.${q("mixite-postes")}`]: "Question obligatoire : répondez-y avant d'envoyer.",
        [`answers.${q("mixite-accord")}`]: "Question obligatoire : répondez-y avant d'envoyer.",
      },
    });
    expect(await db.diagnosticResponse.findUnique({ where: { id: responseId } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("is accepted once complete, then the response is locked", async () => {
    actAs(world.staffRepUser.id);
    await saveAnswerAction(at({ value: 2 }));
    await saveAnswerAction(at({ questionId: q("mixite-accord"), value: false }));
    expect(await submitResponseAction({ responseId, version: 2 })).toEqual({
      ok: false,
      error: "Cette réponse a changé entre-temps (envoyée ou rouverte ailleurs). Rechargez la page : rien n'a été enregistré.",
    });
    const result = await submitResponseAction({ responseId, version: 1 });
    expect(result).toMatchObject({ ok: true, data: { clusterId: world.cluster.id } });
    const response = await db.diagnosticResponse.findUniqueOrThrow({ where: { id: responseId } });
    expect(response).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(response.submittedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: responseId, action: "diagnostic-response.submitted" } })).toBe(1);

    const late = await saveAnswerAction(at({ questionId: q("mixite-part"), value: 40 }));
    expect(!late.ok && late.error).toMatch(/envoyée : elle ne peut plus être modifiée/);
    expect(await submitResponseAction({ responseId, version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/ne peut plus être modifiée/) });
  });

  it("cannot submit another member's response", async () => {
    actAs(world.member.user.id);
    const result = await submitResponseAction({ responseId, version: 2 });
    expect(!result.ok && result.error).toMatch(/introuvable/);
  });
});

describe("reopening a submitted response", () => {
  const submitted = () => db.diagnosticResponse.findFirstOrThrow({ where: { personId: world.member.staffRep.id, templateId: world.template.id } });

  it("is refused to company members and, like a missing record, to another Aract's chargé de mission", async () => {
    const response = await submitted();
    actAs(world.member.user.id);
    expect(await reopenResponseAction({ responseId: response.id, version: response.version })).toEqual(FORBIDDEN);
    actAs(world.otherCharge.id);
    const foreign = await reopenResponseAction({ responseId: response.id, version: response.version });
    expect(!foreign.ok && foreign.error).toBe("Cette réponse est introuvable, ou vous n'y avez pas accès.");
    expect(await submitted()).toMatchObject({ status: "SUBMITTED", version: 2 });
  });

  it("makes it a draft again for its author, with an audit entry; a second reopen is refused", async () => {
    const response = await submitted();
    actAs(world.charge.id);
    expect(await reopenResponseAction({ responseId: response.id, version: response.version })).toMatchObject({ ok: true });
    const reopened = await submitted();
    expect(reopened).toMatchObject({ status: "DRAFT", version: 3, submittedAt: null });
    expect(reopened.reopenedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: response.id, action: "diagnostic-response.reopened", actorId: world.charge.id } })).toBe(1);
    const again = await reopenResponseAction({ responseId: response.id, version: 3 });
    expect(!again.ok && again.error).toMatch(/n'est pas envoyée/);

    actAs(world.staffRepUser.id);
    expect(await saveAnswerAction(at({ questionId: q("mixite-part"), value: 40 }))).toMatchObject({ ok: true });
  });

  it("stops every change once the cluster is evaluated", async () => {
    await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "EVALUATED" } });
    try {
      actAs(world.member.user.id);
      const result = await saveAnswerAction(at({ questionId: q("mixite-part"), value: 10 }));
      expect(!result.ok && result.error).toBe("Ce cluster est évalué : ses diagnostics ne peuvent plus être modifiés.");
    } finally {
      await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "RUNNING" } });
    }
  });
});
