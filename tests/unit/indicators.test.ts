import { describe, expect, it } from "vitest";
import { indicatorProblems, median, medianChanges } from "@/lib/indicators/rules";
import { IndicatorsInput } from "@/lib/indicators/schemas";

const input = (values: Record<string, unknown>) => ({
  participationId: "p",
  stage: "ENTRY",
  measuredOn: "2014-01-31",
  source: "Bilan social 2013",
  values,
  version: 0,
});
const errors = (values: Record<string, unknown>) =>
  Object.fromEntries(IndicatorsInput.safeParse(input(values)).error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);

describe("a set of company indicators", () => {
  it("takes any of its values, each optional, and refuses an empty set", () => {
    expect(IndicatorsInput.safeParse(input({ absenteeismRate: 6.5 })).success).toBe(true);
    expect(errors({})).toEqual({ "values.headcount": "Saisissez au moins un indicateur." });
    // Empty number fields arrive as NaN.
    expect(errors({ headcount: Number.NaN, turnoverRate: Number.NaN })).toEqual({ "values.headcount": "Saisissez au moins un indicateur." });
  });

  it("checks each value's range in French", () => {
    expect(
      errors({ headcount: 12.5, absenteeismRate: 104, turnoverRate: 4.25, accidentFrequency: -1, equalityIndex: 101, accidents: -2 }),
    ).toEqual({
      "values.headcount": "Un nombre entier.",
      "values.absenteeismRate": "Un pourcentage de 0 à 100.",
      "values.turnoverRate": "Une décimale au plus.",
      "values.accidentFrequency": "Pas de taux négatif.",
      "values.equalityIndex": "Une note de 0 à 100.",
      "values.accidents": "Pas de nombre négatif.",
    });
  });

  it("holds its parts against the whole: women and men, the age bands", () => {
    expect(indicatorProblems({ headcount: 130, women: 70, men: 50 })).toEqual({
      men: "Femmes et hommes font 120 personnes, l'effectif total 130.",
    });
    expect(indicatorProblems({ headcount: 130, under30: 20, age30to44: 40, age45to54: 40, age55plus: 20 })).toEqual({
      age55plus: "Les tranches d'âge font 120 personnes, l'effectif 130.",
    });
    // Without the total, the bands are held against women and men.
    expect(indicatorProblems({ women: 60, men: 70, under30: 30, age30to44: 40, age45to54: 40, age55plus: 20 })).toEqual({});
    expect(indicatorProblems({ headcount: 40, women: 45 })).toEqual({ women: "Plus que l'effectif total (40)." });
    expect(indicatorProblems({ headcount: 130, women: 70, men: 60, under30: 30, age30to44: 50, age45to54: 30, age55plus: 20 })).toEqual({});
  });

  it("gives the equality index to companies of 50 or more only", () => {
    expect(indicatorProblems({ headcount: 34, equalityIndex: 88 }).equalityIndex).toMatch(/50 salarié·es ou plus ; l'effectif est de 34/);
    expect(indicatorProblems({ equalityIndex: 88 }, 34).equalityIndex).toBeDefined();
    expect(indicatorProblems({ equalityIndex: 88 }, 62)).toEqual({});
  });
});

describe("the median change", () => {
  it("is the middle value, or the mean of the two middle ones, to the tenth", () => {
    expect(median([])).toBeNull();
    expect(median([3, -1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([0.1, 0.2])).toBe(0.2);
  });

  it("counts per indicator the companies measured at entry and later, the follow-up before the end", () => {
    const changes = medianChanges([
      { entry: { absenteeismRate: 8 }, end: { absenteeismRate: 7 }, followUp: { absenteeismRate: 6 } },
      { entry: { absenteeismRate: 5 }, end: { absenteeismRate: 4.5 } },
      { entry: { absenteeismRate: 6 } },
      { end: { absenteeismRate: 3 } },
      { entry: { absenteeismRate: 10, accidents: 4 }, followUp: { absenteeismRate: 9, accidents: 1 } },
    ]);
    const of = (key: string) => changes.find((change) => change.key === key);
    expect(of("absenteeismRate")).toMatchObject({ companies: 3, change: -1 });
    expect(of("accidents")).toMatchObject({ companies: 1, change: -3 });
    expect(of("turnoverRate")).toMatchObject({ companies: 0, change: null });
  });
});
