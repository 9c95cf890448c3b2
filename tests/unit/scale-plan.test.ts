import { describe, expect, it } from "vitest";
import { isValidSiret } from "@/lib/companies/siret";
import { checkAnswer } from "@/lib/diagnostics/answers";
import { egaliteShortfall } from "@/lib/outcomes/rules";
import { THEME_PACKS } from "@/lib/templates/packs";
import { DEMO_TODAY } from "../../prisma/seed/helpers.ts";
import { apportion, planScale } from "../../scripts/lib/scale/plan.ts";
import { TABLE_ORDER, type Catalog, type ScaleBatch, type TableName } from "../../scripts/lib/scale/rows.ts";

// The scale data's plan: what `npm run seed:scale` writes, computed without a database.

const catalog: Catalog = {
  aractIds: new Map(
    ["bretagne", "ile-de-france", "nouvelle-aquitaine", "hauts-de-france"].map((slug) => [slug, `demo-aract-${slug}`]),
  ),
  programmes: [
    {
      id: "p-tempo",
      code: "TEMPO",
      themes: ["EMPLOI_SENIORS", "PREVENTION_PENIBILITE", "EGALITE_PROFESSIONNELLE"],
      startYear: 2011,
      endYear: null,
    },
    { id: "p-egalite", code: "CLUSTERS_EGALITE", themes: ["EGALITE_PROFESSIONNELLE"], startYear: 2014, endYear: null },
    { id: "p-teletravail", code: "TELETRAVAIL_2014", themes: ["TELETRAVAIL"], startYear: 2014, endYear: 2015 },
  ],
  templates: THEME_PACKS.map((pack) => ({
    id: `t-${pack.key}`,
    key: pack.key,
    theme: pack.theme,
    questions: pack.sections.flatMap((section) =>
      section.questions.map((q) => ({
        id: `q-${pack.key}-${q.key}`,
        key: q.key,
        type: q.type,
        options: q.options ?? [],
        required: q.required,
      })),
    ),
  })),
};
const questions = new Map(catalog.templates.flatMap((t) => t.questions.map((q) => [q.id, q] as const)));

function batchesOf(factor: number, seed = 1): ScaleBatch[] {
  return [...planScale({ factor, seed, catalog }).batches()];
}

function rowsOf<T extends TableName>(batches: readonly ScaleBatch[], table: T): ScaleBatch[T] {
  return batches.flatMap((batch) => batch[table]) as ScaleBatch[T];
}

const small = batchesOf(0.02);
const medium = batchesOf(0.2);

describe("the scale data plan", () => {
  it("is the same for the same seed, and different for another", () => {
    expect(JSON.stringify(batchesOf(0.02))).toBe(JSON.stringify(small));
    const other = batchesOf(0.02, 2);
    expect(rowsOf(other, "Cluster").map((c) => c.name)).not.toEqual(rowsOf(small, "Cluster").map((c) => c.name));
    expect(rowsOf(other, "Company").map((c) => c.siret)).not.toEqual(rowsOf(small, "Company").map((c) => c.siret));
  });

  it("starts over on each call", () => {
    const plan = planScale({ factor: 0.02, seed: 1, catalog });
    expect(JSON.stringify([...plan.batches()])).toBe(JSON.stringify([...plan.batches()]));
  });

  it("scales its volumes with the factor", () => {
    const triple = batchesOf(0.06);
    expect(rowsOf(small, "Cluster")).toHaveLength(60);
    expect(rowsOf(triple, "Cluster")).toHaveLength(180);
    for (const table of ["Participation", "CollectiveSession", "Attendance", "DiagnosticAnswer"] as const) {
      const ratio = rowsOf(triple, table).length / rowsOf(small, table).length;
      expect(ratio, table).toBeGreaterThan(2.4);
      expect(ratio, table).toBeLessThan(3.6);
    }
    expect(rowsOf(small, "Participation").length / 60).toBeCloseTo(10, 0);
  });

  it("creates the twelve Aracts the database lacks and spreads clusters over the demo's too", () => {
    const plan = planScale({ factor: 0.02, seed: 1, catalog });
    expect(plan.aracts).toHaveLength(12);
    expect(new Set(plan.aracts.map((a) => a.slug)).size).toBe(12);
    const aracts = new Set(rowsOf(medium, "Cluster").map((c) => c.aractId));
    expect(aracts.size).toBe(16);
    for (const id of catalog.aractIds.values()) expect(aracts.has(id)).toBe(true);
  });

  it("gives every row a scale- id and keeps each row in its cluster's Aract", () => {
    for (const batch of small) {
      const aractId = batch.Cluster[0]!.aractId;
      for (const table of TABLE_ORDER) {
        for (const row of batch[table] as { id?: string; aractId: string }[]) {
          if (row.id !== undefined) expect(row.id).toMatch(/^scale-/);
          expect(row.aractId, table).toBe(aractId);
        }
      }
    }
    // A company met again in a later cluster is one of the same Aract.
    const companyAracts = new Map(rowsOf(small, "Company").map((c) => [c.id, c.aractId]));
    for (const participation of rowsOf(small, "Participation")) {
      expect(companyAracts.get(participation.companyId)).toBe(participation.aractId);
    }
  });

  it("writes valid SIRETs, unique within each Aract", () => {
    const companies = rowsOf(medium, "Company");
    expect(companies.every((c) => isValidSiret(c.siret))).toBe(true);
    expect(new Set(companies.map((c) => `${c.aractId}:${c.siret}`)).size).toBe(companies.length);
  });

  it("places every session inside its cluster's period, on a free half-day, and only current clusters in the future", () => {
    for (const batch of small) {
      const cluster = batch.Cluster[0]!;
      const slots = batch.CollectiveSession.map((s) => `${s.date} ${s.halfDay}`);
      expect(new Set(slots).size).toBe(slots.length);
      for (const session of batch.CollectiveSession) {
        expect(session.date >= cluster.startDate && session.date <= cluster.endDate).toBe(true);
        if (session.date >= DEMO_TODAY) expect(["RUNNING", "RECRUITING", "DRAFT"]).toContain(cluster.status);
      }
    }
  });

  it("records attendance only for sessions held before the demo's today", () => {
    const sessions = new Map(rowsOf(small, "CollectiveSession").map((s) => [s.id, s]));
    for (const attendance of rowsOf(small, "Attendance")) {
      const session = sessions.get(attendance.sessionId)!;
      expect(session.cancelledAt).toBeNull();
      expect(session.date < DEMO_TODAY).toBe(true);
    }
  });

  it("answers each question with a value its type accepts", () => {
    const answers = rowsOf(small, "DiagnosticAnswer");
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      const question = questions.get(answer.questionId)!;
      expect(checkAnswer(question, answer.value), `${question.key}: ${JSON.stringify(answer.value)}`).toEqual({
        ok: true,
        value: answer.value,
      });
    }
  });

  it("keeps the legal minimum of domains in the égalité accords and plans", () => {
    const headcounts = new Map(rowsOf(medium, "Participation").map((p) => [p.id, p.headcountAtEntry]));
    const egalite = rowsOf(medium, "Outcome").filter(
      (o) => o.theme === "EGALITE_PROFESSIONNELLE" && o.domains.length > 0,
    );
    expect(egalite.length).toBeGreaterThan(0);
    for (const outcome of egalite) {
      expect(egaliteShortfall(outcome.domains, headcounts.get(outcome.participationId)!)).toBeNull();
    }
  });

  it("apportions a total in proportion to the weights", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(3000, [0.8, 1, 1.2]).reduce((a, b) => a + b, 0)).toBe(3000);
  });
});
