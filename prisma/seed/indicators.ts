import type { IndicatorStage } from "@/generated/prisma/enums";
import type { IndicatorValues } from "@/lib/indicators/fields";

// The demo companies' indicators at entry, at the end and at the follow-up: derived from the company's
// headcount and its place in the list by fixed formulas (every run writes the same figures), so that the
// parts add up and the changes are those a cluster plausibly brings: less absenteeism, fewer accidents,
// less part-time work for women, a better equality index.

const round1 = (value: number) => Math.round(value * 10) / 10;
const HOURS_PER_EMPLOYEE = 1_607;

function valuesAt(headcount: number, index: number, step: 0 | 1 | 2): IndicatorValues {
  const women = Math.round(headcount * (0.35 + (index % 5) * 0.08));
  const under30 = Math.round(headcount * 0.18);
  const age30to44 = Math.round(headcount * 0.34);
  const age45to54 = Math.round(headcount * 0.27);
  const accidents = Math.max(0, Math.round(headcount * 0.05) + 1 - step);
  const values: IndicatorValues = {
    headcount,
    women,
    men: headcount - women,
    under30,
    age30to44,
    age45to54,
    age55plus: headcount - under30 - age30to44 - age45to54,
    absenteeismRate: round1(5 + (index % 6) - step * (0.6 + (index % 3) * 0.3)),
    turnoverRate: round1(8 + (index % 7) - step * 1.2),
    accidents,
    accidentFrequency: Math.round(((accidents * 1_000_000) / (headcount * HOURS_PER_EMPLOYEE)) * 100) / 100,
    occupationalDiseases: Math.max(0, (index % 3) - (step === 2 ? 1 : 0)),
    partTimeWomen: round1(25 + (index % 4) * 5 - step * 2.5),
    partTimeMen: round1(4 + (index % 3) - step * 0.5),
  };
  if (headcount >= 50) values.equalityIndex = Math.min(100, 70 + (index % 4) * 4 + step * 4);
  return values;
}

/** The three sets of one company: stage, day, source, values. */
export function demoIndicatorSets(headcount: number, index: number, closedOn: string) {
  const year = Number(closedOn.slice(0, 4));
  const sets: { stage: IndicatorStage; measuredOn: string; source: string; values: IndicatorValues }[] = [
    { stage: "ENTRY", measuredOn: `${year - 1}-12-31`, source: `Bilan social ${year - 1}`, values: valuesAt(headcount, index, 0) },
    { stage: "END", measuredOn: `${year}-12-31`, source: `Bilan social ${year}`, values: valuesAt(headcount + (index % 3), index, 1) },
    {
      stage: "FOLLOW_UP",
      measuredOn: `${year + 1}-06-30`,
      source: "Questionnaire de suivi",
      values: valuesAt(headcount + (index % 3) + 1, index, 2),
    },
  ];
  return sets;
}
