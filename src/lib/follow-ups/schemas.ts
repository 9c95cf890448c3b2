import { z } from "@/lib/forms/zod";
import { Day, requiredText, version } from "@/lib/forms/fields";
import { Theme, type OutcomeStatus } from "@/generated/prisma/enums";
import { checkOutcome, normalizeOutcome, outcomeFields } from "@/lib/outcomes/schemas";
import { SATISFACTION_VALUES } from "@/lib/evaluations/labels";

/** "Rien sur ce thème": a theme of the cluster on which the company has no accord nor plan. */
export const NO_OUTCOME = "NONE";
const STATUSES = [NO_OUTCOME, "IN_PREPARATION", "SIGNED", "DEPOSITED"] as const satisfies readonly (OutcomeStatus | typeof NO_OUTCOME)[];

/**
 * Where the company's accord or plan stands on one theme of the cluster: the one recorded (with the
 * version its form loaded), or a new one, or none.
 */
export const FollowUpOutcomeInput = z
  .object({
    theme: z.enum(Theme),
    outcomeId: z.string().min(1).max(200).optional(),
    outcomeVersion: version().optional(),
    ...outcomeFields,
    status: z.enum(STATUSES, { error: "Choisissez où en est le résultat." }),
  })
  .superRefine((input, ctx) => {
    if (input.status === NO_OUTCOME) {
      if (input.outcomeId) {
        ctx.addIssue({
          code: "custom",
          path: ["status"],
          message: "Un résultat est enregistré sur ce thème : dites où il en est (votre chargé·e de mission peut le retirer).",
        });
      }
      return;
    }
    checkOutcome({ ...input, status: input.status }, ctx);
  })
  .transform((input) =>
    input.status === NO_OUTCOME
      ? { ...input, status: NO_OUTCOME as typeof NO_OUTCOME }
      : normalizeOutcome({ ...input, status: input.status as OutcomeStatus }),
  );
export type FollowUpOutcomeInput = z.input<typeof FollowUpOutcomeInput>;

/** The follow-up questionnaire, on the client and in the server action alike. */
export const FollowUpInput = z.object({
  followUpId: z.string().min(1),
  version: version(1),
  outcomes: z.array(FollowUpOutcomeInput).max(10),
  actionsCarriedOut: requiredText("les actions menées depuis la fin du cluster", 5000),
  changes: requiredText("ce que le cluster a changé", 5000),
  // Radios give null when none is ticked.
  satisfaction: z.enum(SATISFACTION_VALUES, { error: "Choisissez une note de 1 à 5." }).transform(Number),
});
export type FollowUpInput = z.input<typeof FollowUpInput>;

/** The questionnaire opened earlier or later than the programme's delay, before its e-mail went. */
export const RescheduleFollowUpInput = z.object({
  followUpId: z.string().min(1),
  dueOn: z.string({ error: "Saisissez la date d'ouverture." }).min(1, "Saisissez la date d'ouverture.").pipe(Day),
});
export type RescheduleFollowUpInput = z.input<typeof RescheduleFollowUpInput>;
