import { z } from "@/lib/forms/zod";
import { optionalText, requiredText } from "@/lib/forms/fields";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { SATISFACTION_VALUES } from "./labels";

/** The evaluation form, for one company (participationId) or for the whole cluster (none). */
export const EvaluationInput = z.object({
  clusterId: z.string().min(1),
  participationId: optionalText(50),
  whatWasDone: requiredText("ce qui a été fait", 5000),
  // Radios give a string, or null when none is ticked: the satisfaction is optional (not every company answers).
  satisfaction: z
    .union([z.enum(SATISFACTION_VALUES, { error: "Choisissez une note de 1 à 5." }), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? Number(value) : null)),
  results: requiredText("les résultats", 5000),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;

/** Evaluations are written once the cluster runs, and frozen when it is declared evaluated. */
export function canBeEvaluated(status: ClusterStatus): boolean {
  return status === "RUNNING" || status === "CLOSED";
}
