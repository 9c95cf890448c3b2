import { describe, expect, it } from "vitest";
import { chartMax, compareResponses, gapLabel, gapOf, largestGaps, sectionScore, type ComparedSection } from "@/lib/diagnostics/comparison";
import { distributionOf } from "@/lib/diagnostics/distribution";

const scaleOptions = [{ value: "2", label: "Plutôt pas d'accord" }];
const sections: ComparedSection[] = [
  {
    id: "s1",
    title: "Mixité des emplois",
    questions: [
      { id: "q1", label: "Postes ouverts à toutes et tous", type: "SCALE", options: scaleOptions },
      { id: "q2", label: "Recrutements mixtes", type: "SCALE", options: [] },
      { id: "q3", label: "Accord en vigueur", type: "YES_NO", options: [] },
    ],
  },
  {
    id: "s2",
    title: "Temps de travail",
    questions: [
      { id: "q4", label: "Plannings connus", type: "SCALE", options: [] },
      { id: "q5", label: "Temps partiel choisi", type: "SCALE", options: [] },
      { id: "q6", label: "Part de temps partiel", type: "PERCENTAGE", options: [] },
      { id: "q7", label: "Commentaire", type: "TEXT", options: [] },
    ],
  },
];

describe("gaps between the two views", () => {
  it("measures points between numbers, same or different for choices, nothing for texts or missing answers", () => {
    expect(gapOf("SCALE", 5, 2)).toEqual({ kind: "points", size: 3 });
    expect(gapOf("PERCENTAGE", 30.1, 30.3)).toEqual({ kind: "points", size: 0.2 });
    expect(gapOf("YES_NO", true, false)).toEqual({ kind: "different" });
    expect(gapOf("MULTIPLE_CHOICE", ["a", "b"], ["b", "a"])).toEqual({ kind: "same" });
    expect(gapOf("MULTIPLE_CHOICE", ["a"], ["a", "b"])).toEqual({ kind: "different" });
    expect(gapOf("TEXT", "x", "y")).toBeNull();
    expect(gapOf("SCALE", 3, null)).toBeNull();
    expect(gapOf("SCALE", undefined, 3)).toBeNull();
  });

  it("says the gap in words", () => {
    expect(gapLabel("SCALE", { kind: "points", size: 3 })).toBe("écart de 3 points");
    expect(gapLabel("SCALE", { kind: "points", size: 1 })).toBe("écart de 1 point");
    expect(gapLabel("SCALE", { kind: "points", size: 0 })).toBe("même réponse");
    expect(gapLabel("PERCENTAGE", { kind: "points", size: 12.5 })).toBe("écart de 12,5 points de pourcentage");
    expect(gapLabel("NUMBER", { kind: "points", size: 4 })).toBe("écart de 4");
    expect(gapLabel("YES_NO", { kind: "different" })).toBe("réponses différentes");
    expect(gapLabel("SCALE", null)).toBe("—");
  });
});

describe("scores per section", () => {
  it("is the mean of the scale answers, to the tenth, ignoring missing answers and other types", () => {
    expect(sectionScore(sections[0]!.questions, { q1: 4, q2: 3, q3: true })).toBe(3.5);
    expect(sectionScore(sections[1]!.questions, { q4: 1, q5: 2, q6: 80 })).toBe(1.5);
    expect(sectionScore(sections[1]!.questions, { q4: 2, q5: null })).toBe(2);
    expect(sectionScore(sections[0]!.questions, { q3: false })).toBeNull();
    expect(sectionScore(sections[0]!.questions, { q1: 1, q2: 2 })).toBe(1.5);
    expect(sectionScore([...sections[0]!.questions, { id: "x", label: "", type: "SCALE", options: [] }], { q1: 1, q2: 1, x: 2 })).toBe(1.3);
  });
});

describe("the comparison of a pair", () => {
  const direction = { q1: 5, q2: 4, q3: true, q4: 5, q5: 3, q6: 20, q7: "Tout va bien" };
  const staff = { q1: 2, q2: 4, q3: false, q4: 2, q5: 1, q7: "Plannings tardifs" };
  const comparison = compareResponses(sections, direction, staff);

  it("puts both answers side by side with their gap, per section and question", () => {
    const [mixite, temps] = comparison.sections;
    expect(mixite!.rows.map((row) => [row.label, row.directionText, row.staffText, row.gapText])).toEqual([
      ["Postes ouverts à toutes et tous", "5 sur 5", "2 – Plutôt pas d'accord", "écart de 3 points"],
      ["Recrutements mixtes", "4 sur 5", "4 sur 5", "même réponse"],
      ["Accord en vigueur", "Oui", "Non", "réponses différentes"],
    ]);
    expect(temps!.rows.find((row) => row.questionId === "q6")).toMatchObject({ staffText: "sans réponse", gap: null, gapText: "—", large: false });
    expect(temps!.rows.find((row) => row.questionId === "q7")).toMatchObject({ gap: null, large: false });
  });

  it("scores each section for each side", () => {
    expect(comparison.sections.map((s) => [s.directionScore, s.staffScore, s.scoreGap])).toEqual([
      [4.5, 3, 1.5],
      [4, 1.5, 2.5],
    ]);
  });

  it("highlights scale gaps of 2 points or more, and lists the largest first, ties in the template's order", () => {
    expect(comparison.sections.flatMap((s) => s.rows.filter((r) => r.large).map((r) => r.questionId))).toEqual(["q1", "q4", "q5"]);
    expect(comparison.largestGaps.map((row) => [row.questionId, row.sectionTitle, row.gapText])).toEqual([
      ["q1", "Mixité des emplois", "écart de 3 points"],
      ["q4", "Temps de travail", "écart de 3 points"],
      ["q5", "Temps de travail", "écart de 2 points"],
    ]);
  });

  it("lists 5 gaps at most, and none when both views agree", () => {
    const many: ComparedSection[] = [
      { id: "s", title: "S", questions: Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, label: `${i}`, type: "SCALE" as const, options: [] })) },
    ];
    const d = Object.fromEntries(many[0]!.questions.map((q, i) => [q.id, i % 2 ? 5 : 4]));
    const s = Object.fromEntries(many[0]!.questions.map((q) => [q.id, 1]));
    expect(largestGaps(compareResponses(many, d, s).sections).map((r) => r.questionId)).toEqual(["m1", "m3", "m5", "m0", "m2"]);
    expect(compareResponses(sections, direction, direction).largestGaps).toEqual([]);
    expect(compareResponses(sections, {}, {}).sections.map((x) => x.scoreGap)).toEqual([null, null]);
  });

  it("draws bars against the scale of the question", () => {
    expect(chartMax({ type: "SCALE", direction: 2, staff: 5 })).toBe(5);
    expect(chartMax({ type: "PERCENTAGE", direction: 2, staff: null })).toBe(100);
    expect(chartMax({ type: "NUMBER", direction: 12, staff: 30 })).toBe(30);
    expect(chartMax({ type: "YES_NO", direction: true, staff: false })).toBeNull();
  });
});

describe("the distribution of a cluster's answers", () => {
  it("counts each scale level, each option and yes/no, over the answers given", () => {
    const scale = distributionOf({ id: "q", label: "Q", type: "SCALE", options: [{ value: "1", label: "Pas du tout" }] }, [1, 1, 3, null, 5]);
    expect(scale).toMatchObject({ kind: "counts", answered: 4 });
    expect(scale.kind === "counts" && scale.counts).toEqual([
      { label: "1 – Pas du tout", count: 2 },
      { label: "2", count: 0 },
      { label: "3", count: 1 },
      { label: "4", count: 0 },
      { label: "5", count: 1 },
    ]);
    const options = [
      { value: "a", label: "A" },
      { value: "b", label: "B" },
    ];
    const multiple = distributionOf({ id: "m", label: "M", type: "MULTIPLE_CHOICE", options }, [["a", "b"], ["b"]]);
    expect(multiple.kind === "counts" && multiple.counts).toEqual([
      { label: "A", count: 1 },
      { label: "B", count: 2 },
    ]);
    const yesNo = distributionOf({ id: "y", label: "Y", type: "YES_NO", options: [] }, [true, false, true]);
    expect(yesNo.kind === "counts" && yesNo.counts.map((c) => c.count)).toEqual([2, 1]);
  });

  it("gives figures for numbers and never pools free texts", () => {
    expect(distributionOf({ id: "p", label: "P", type: "PERCENTAGE", options: [] }, [10, 40, 20, 30])).toMatchObject({
      kind: "figures",
      answered: 4,
      mean: 25,
      median: 25,
      min: 10,
      max: 40,
    });
    expect(distributionOf({ id: "t", label: "T", type: "TEXT", options: [] }, ["x", "y"])).toEqual({ kind: "text", questionId: "t", label: "T", answered: 2 });
  });
});
