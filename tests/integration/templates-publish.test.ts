import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishTemplateAction } from "@/lib/templates/actions";
import { publishTemplate } from "@/lib/templates/mutations";
import { agreement, choices, type TemplateDefinition } from "@/lib/templates/definitions";
import { QVCT } from "@/lib/templates/packs/qvct";
import { actAs, FORBIDDEN } from "../support/session";
import { createResponseWithAnswers, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof createTwoAracts>>;

beforeAll(async () => {
  world = await createTwoAracts(db);
});
afterAll(() => db.$disconnect());

const pack = (key: string, overrides: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  key,
  theme: "EGALITE_PROFESSIONNELLE",
  title: "Égalité : modèle d'essai",
  description: "Pour les tests de publication.",
  sections: [
    {
      key: "mixite",
      title: "Mixité des emplois",
      questions: [
        agreement("acces-metiers", "Les femmes et les hommes accèdent à tous les métiers."),
        { key: "part-femmes", type: "PERCENTAGE", label: "Part des femmes dans l'effectif ?", required: true },
      ],
    },
    {
      key: "temps",
      title: "Temps de travail",
      questions: [
        {
          key: "mesures",
          type: "MULTIPLE_CHOICE",
          label: "Mesures existantes ?",
          options: choices({ horaires: "Horaires variables", teletravail: "Télétravail" }),
          required: true,
        },
        { key: "commentaire", type: "TEXT", label: "Commentaire", required: false },
      ],
    },
  ],
  ...overrides,
});

const versionsOf = (key: string) =>
  db.diagnosticTemplate.findMany({
    where: { key },
    orderBy: { version: "asc" },
    include: { sections: { orderBy: { position: "asc" } }, questions: { orderBy: [{ sectionId: "asc" }, { position: "asc" }] } },
  });

describe("publishing a theme pack", () => {
  it("writes version 1 with its sections and ordered questions, and an audit entry", async () => {
    const result = await publishTemplate(db, pack("essai-v1"), world.national.id);
    expect(result).toMatchObject({ published: true, version: 1 });
    const [saved] = await versionsOf("essai-v1");
    expect(saved).toMatchObject({ version: 1, aractId: null, theme: "EGALITE_PROFESSIONNELLE" });
    expect(saved!.publishedAt).toBeInstanceOf(Date);
    expect(saved!.sections.map((s) => [s.key, s.position])).toEqual([["mixite", 1], ["temps", 2]]);
    const scale = saved!.questions.find((q) => q.key === "acces-metiers");
    expect(scale).toMatchObject({ type: "SCALE", required: true, position: 1 });
    expect((scale!.options as { label: string }[]).map((o) => o.label)).toHaveLength(5);
    expect(saved!.questions.find((q) => q.key === "commentaire")).toMatchObject({ options: null, required: false });
    expect(
      await db.auditEvent.count({ where: { action: "template.published", entityId: saved!.id, actorId: world.national.id } }),
    ).toBe(1);
  });

  it("publishes nothing when the content is identical", async () => {
    await publishTemplate(db, pack("essai-identique"));
    const again = await publishTemplate(db, pack("essai-identique"));
    expect(again).toMatchObject({ published: false, version: 1 });
    expect(await versionsOf("essai-identique")).toHaveLength(1);
  });

  it("publishes version 2 with the same keys when the content changed", async () => {
    const first = await publishTemplate(db, pack("essai-v2"));
    const changed = pack("essai-v2", { title: "Égalité professionnelle : version révisée" });
    const second = await publishTemplate(db, changed);
    expect(second).toMatchObject({ published: true, version: 2 });
    const [v1, v2] = await versionsOf("essai-v2");
    expect(v2!.id).not.toBe(first.templateId);
    expect(v2!.sections.map((s) => s.key)).toEqual(v1!.sections.map((s) => s.key));
    expect(v2!.questions.map((q) => q.key).sort()).toEqual(v1!.questions.map((q) => q.key).sort());
    expect(v1!.title).toBe("Égalité : modèle d'essai");
  });

  it("never touches the answers given to an earlier version", async () => {
    const v1 = await publishTemplate(db, pack("essai-reponses"));
    const question = await db.diagnosticQuestion.findFirstOrThrow({ where: { templateId: v1.templateId, key: "acces-metiers" } });
    const response = await createResponseWithAnswers(db, world.member.participation, {
      templateId: v1.templateId,
      personId: world.member.direction.id,
      answers: { [question.id]: 4 },
    });
    const before = await db.diagnosticAnswer.findMany({ where: { responseId: response.id } });
    const questionsBefore = await db.diagnosticQuestion.findMany({ where: { templateId: v1.templateId }, orderBy: { key: "asc" } });

    const relabelled = pack("essai-reponses");
    const v2 = await publishTemplate(db, {
      ...relabelled,
      sections: relabelled.sections.map((s) => ({
        ...s,
        questions: s.questions.map((q) => (q.key === "acces-metiers" ? { ...q, label: "Tous les métiers sont ouverts à toutes et tous." } : q)),
      })),
    });
    expect(v2).toMatchObject({ published: true, version: 2 });

    expect(await db.diagnosticAnswer.findMany({ where: { responseId: response.id } })).toEqual(before);
    expect(await db.diagnosticResponse.findUniqueOrThrow({ where: { id: response.id } })).toMatchObject({ templateId: v1.templateId });
    expect(await db.diagnosticQuestion.findMany({ where: { templateId: v1.templateId }, orderBy: { key: "asc" } })).toEqual(questionsBefore);
  });

  it("refuses an invalid definition and saves nothing", async () => {
    const broken = pack("essai-invalide", { sections: [{ key: "vide", title: "Vide", questions: [] }] });
    await expect(publishTemplate(db, broken)).rejects.toThrow(/Section « vide » : aucune question/);
    expect(await versionsOf("essai-invalide")).toHaveLength(0);
  });

  it("refuses a kept question key whose answer type changes", async () => {
    await publishTemplate(db, pack("essai-type"));
    const base = pack("essai-type");
    const retyped = {
      ...base,
      sections: base.sections.map((s) => ({
        ...s,
        questions: s.questions.map((q) => (q.key === "part-femmes" ? { ...q, type: "NUMBER" as const } : q)),
      })),
    };
    await expect(publishTemplate(db, retyped)).rejects.toThrow(/son type change/);
    expect(await versionsOf("essai-type")).toHaveLength(1);
  });
});

describe("the national publish action", () => {
  it("lets the national team publish a pack from the code, then reports that nothing changed", async () => {
    actAs(world.national.id);
    const first = await publishTemplateAction({ key: QVCT.key });
    expect(first).toMatchObject({ ok: true, data: { published: true, version: 1 } });
    const again = await publishTemplateAction({ key: QVCT.key });
    expect(again).toMatchObject({ ok: true, data: { published: false, version: 1 } });
    expect(again.ok && !again.data.published && again.data.reason).toMatch(/aucune nouvelle version/);
    expect(await db.diagnosticTemplate.count({ where: { key: QVCT.key } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "template.published", actorId: world.national.id } })).toBeGreaterThanOrEqual(1);
  });

  it("answers not found for a key the code does not hold", async () => {
    actAs(world.national.id);
    const result = await publishTemplateAction({ key: "inconnu" });
    expect(result).toMatchObject({ ok: false, error: "Ce modèle est introuvable, ou vous n'y avez pas accès." });
  });

  it("refuses chargés de mission (of any Aract), company members and the signed-out", async () => {
    const before = await db.diagnosticTemplate.count();
    for (const userId of [world.charge.id, world.otherCharge.id, world.member.user.id, null]) {
      actAs(userId);
      expect(await publishTemplateAction({ key: "teletravail" })).toEqual(FORBIDDEN);
    }
    expect(await db.diagnosticTemplate.count()).toBe(before);
  });
});
