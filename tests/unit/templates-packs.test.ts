import { describe, expect, it } from "vitest";
import { THEME_PACKS } from "@/lib/templates/packs";
import { definitionProblems } from "@/lib/templates/rules";
import { QuestionType } from "@/generated/prisma/enums";

describe("the national theme packs", () => {
  it.each(THEME_PACKS.map((pack) => [pack.key, pack] as const))("%s is a valid definition", (_, pack) => {
    expect(definitionProblems(pack)).toEqual([]);
  });

  it("each pack has its own key", () => {
    const keys = THEME_PACKS.map((pack) => pack.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("each section asks 2 to 5 questions", () => {
    for (const pack of THEME_PACKS) {
      for (const section of pack.sections) {
        expect(section.questions.length, `${pack.key} › ${section.key}`).toBeGreaterThanOrEqual(2);
        expect(section.questions.length, `${pack.key} › ${section.key}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it("every answer type is used somewhere", () => {
    const used = new Set(THEME_PACKS.flatMap((pack) => pack.sections.flatMap((s) => s.questions.map((q) => q.type))));
    expect([...used].sort()).toEqual(Object.values(QuestionType).sort());
  });

  it("covers the themes and the axes the network works on", () => {
    const sections = (key: string) => THEME_PACKS.find((pack) => pack.key === key)?.sections.map((s) => s.title);
    expect(sections("egalite-professionnelle")).toEqual([
      "Mixité des emplois",
      "Parcours professionnels",
      "Conditions de travail et risques professionnels",
      "Temps de travail et articulation des temps",
    ]);
    expect(sections("qvct")).toHaveLength(6);
    expect(THEME_PACKS.map((pack) => pack.theme).sort()).toEqual(
      ["EGALITE_PROFESSIONNELLE", "EMPLOI_SENIORS", "PREVENTION_PENIBILITE", "QVCT", "TELETRAVAIL"],
    );
  });

  it("scales read from 1 to 5 with a label for each level", () => {
    for (const pack of THEME_PACKS) {
      for (const question of pack.sections.flatMap((s) => s.questions).filter((q) => q.type === "SCALE")) {
        expect(question.options?.map((o) => o.label.slice(0, 1))).toEqual(["1", "2", "3", "4", "5"]);
      }
    }
  });
});
