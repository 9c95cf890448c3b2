import { z } from "@/lib/forms/zod";
import { Day, optionalNumber, optionalText, version } from "@/lib/forms/fields";
import { IndicatorStage } from "@/generated/prisma/enums";
import { INDICATORS, type IndicatorKind, type IndicatorKey } from "./fields";
import { EMPTY_SET_MESSAGE, indicatorProblems, isEmptySet } from "./rules";

const decimals = (value: number, places: number) => Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6;

/** Each kind's range, with its French messages; every value is optional. */
const KIND_FIELDS: Record<IndicatorKind, z.ZodType<number | undefined, unknown>> = {
  count: optionalNumber().pipe(
    z.number().int("Un nombre entier.").min(0, "Pas de nombre négatif.").max(1_000_000, "Nombre trop élevé.").optional(),
  ),
  percent: optionalNumber().pipe(
    z
      .number()
      .min(0, "Un pourcentage de 0 à 100.")
      .max(100, "Un pourcentage de 0 à 100.")
      .refine((value) => decimals(value, 1), "Une décimale au plus.")
      .optional(),
  ),
  rate: optionalNumber().pipe(
    z
      .number()
      .min(0, "Pas de taux négatif.")
      .max(1000, "Taux trop élevé : il se compte par million d'heures travaillées.")
      .refine((value) => decimals(value, 2), "Deux décimales au plus.")
      .optional(),
  ),
  index: optionalNumber().pipe(
    z.number().int("Une note entière.").min(0, "Une note de 0 à 100.").max(100, "Une note de 0 à 100.").optional(),
  ),
};

export const IndicatorValuesInput = z
  .object(
    Object.fromEntries(INDICATORS.map(({ key, kind }) => [key, KIND_FIELDS[kind].optional()])) as Record<
      IndicatorKey,
      z.ZodOptional<(typeof KIND_FIELDS)[IndicatorKind]>
    >,
  )
  .superRefine((values, ctx) => {
    for (const [key, message] of Object.entries(indicatorProblems(values))) ctx.addIssue({ code: "custom", path: [key], message });
  });

/** One stage's indicators of a company: the day they describe, where they come from, the values. */
export const IndicatorsInput = z
  .object({
    participationId: z.string().min(1),
    stage: z.enum(IndicatorStage),
    measuredOn: Day,
    source: optionalText(200),
    values: IndicatorValuesInput,
    /** The set's version as the form loaded it (0: none yet). */
    version: version(),
  })
  .superRefine((input, ctx) => {
    if (isEmptySet(input.values)) ctx.addIssue({ code: "custom", path: ["values", "headcount"], message: EMPTY_SET_MESSAGE });
  });
export type IndicatorsInput = z.input<typeof IndicatorsInput>;
