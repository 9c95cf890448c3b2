import type { IndicatorStage } from "@/generated/prisma/enums";

// The company indicators, defined once: what each is, how it is measured, how it is grouped. The schema,
// the form, the company page, the cluster's and the reports' median changes all read this table.

/** count: people or events; percent: 0–100 with one decimal; rate: accidents per million hours worked; index: 0–100. */
export type IndicatorKind = "count" | "percent" | "rate" | "index";

export const INDICATORS = [
  { key: "headcount", label: "Effectif total", kind: "count", group: "Effectifs" },
  { key: "women", label: "Femmes", kind: "count", group: "Effectif par sexe" },
  { key: "men", label: "Hommes", kind: "count", group: "Effectif par sexe" },
  { key: "under30", label: "Moins de 30 ans", kind: "count", group: "Effectif par âge" },
  { key: "age30to44", label: "30 à 44 ans", kind: "count", group: "Effectif par âge" },
  { key: "age45to54", label: "45 à 54 ans", kind: "count", group: "Effectif par âge" },
  { key: "age55plus", label: "55 ans et plus", kind: "count", group: "Effectif par âge" },
  { key: "absenteeismRate", label: "Taux d'absentéisme", kind: "percent", group: "Santé et parcours" },
  { key: "turnoverRate", label: "Taux de rotation du personnel", kind: "percent", group: "Santé et parcours" },
  { key: "accidents", label: "Accidents du travail avec arrêt", kind: "count", group: "Santé et parcours" },
  { key: "accidentFrequency", label: "Taux de fréquence des accidents du travail", kind: "rate", group: "Santé et parcours" },
  { key: "occupationalDiseases", label: "Maladies professionnelles reconnues", kind: "count", group: "Santé et parcours" },
  { key: "partTimeWomen", label: "Part de temps partiel, femmes", kind: "percent", group: "Temps partiel" },
  { key: "partTimeMen", label: "Part de temps partiel, hommes", kind: "percent", group: "Temps partiel" },
  { key: "equalityIndex", label: "Index de l'égalité professionnelle", kind: "index", group: "Égalité professionnelle" },
] as const satisfies readonly { key: string; label: string; kind: IndicatorKind; group: string }[];

export type IndicatorKey = (typeof INDICATORS)[number]["key"];
export const INDICATOR_KEYS = INDICATORS.map((indicator) => indicator.key) as IndicatorKey[];

export type IndicatorValues = Partial<Record<IndicatorKey, number>>;

/** One indicator's definition, by its key. */
export const indicatorOf = (key: IndicatorKey) => INDICATORS.find((indicator) => indicator.key === key)!;

export const AGE_BANDS = ["under30", "age30to44", "age45to54", "age55plus"] as const satisfies readonly IndicatorKey[];

/** The index de l'égalité professionnelle is published by companies of 50 employees or more. */
export const EQUALITY_INDEX_MIN_HEADCOUNT = 50;

export const STAGE_LABELS: Record<IndicatorStage, string> = {
  ENTRY: "À l'entrée",
  END: "À la fin du cluster",
  FOLLOW_UP: "Au suivi",
};

/** The stages in URL form, for the entry page (`?etape=entree`). */
export const STAGE_PARAMS: Record<IndicatorStage, string> = { ENTRY: "entree", END: "fin", FOLLOW_UP: "suivi" };

/** The hint of each kind of value, under its field. */
export const KIND_HINTS: Record<IndicatorKind, string> = {
  count: "Nombre entier.",
  percent: "En %, de 0 à 100 (une décimale).",
  rate: "Accidents avec arrêt par million d'heures travaillées.",
  index: "Note de 0 à 100 (entreprises de 50 salarié·es ou plus).",
};
