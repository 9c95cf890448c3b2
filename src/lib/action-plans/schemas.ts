import { z } from "@/lib/forms/zod";
import { Day, optionalText, requiredText, version } from "@/lib/forms/fields";
import { ActionStatus } from "@/generated/prisma/enums";

/** An optional calendar day: empty means none. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(Day.optional());

/** One action of the plan, as its form edits it. */
export const ActionInput = z.object({
  domain: z.string({ error: "Choisissez un domaine d'action." }).min(1, "Choisissez un domaine d'action."),
  objective: requiredText("l'objectif de l'action", 500),
  owner: requiredText("qui porte l'action (une personne ou une fonction)", 200),
  dueDate: optionalDay,
  indicator: optionalText(500),
  status: z.enum(ActionStatus, { error: "Choisissez où en est l'action." }),
});
export type ActionInput = z.input<typeof ActionInput>;

/** The plan as the editor loaded it: sent back with every change, to tell them what changed since. */
export const PlanSnapshotInput = z.object({
  summary: z.string().max(5000).nullable(),
  actions: z
    .array(
      z.object({
        id: z.string().max(50),
        domain: z.string().max(100),
        objective: z.string().max(1000),
        owner: z.string().max(500),
        dueDate: z.string().max(10).nullable(),
        indicator: z.string().max(1000).nullable(),
        status: z.enum(ActionStatus),
      }),
    )
    .max(200),
});

/** Every change names the plan (by its company), the version the editor loaded, and what they saw. */
const PlanChange = z.object({
  participationId: z.string().min(1),
  version: version(),
  loaded: PlanSnapshotInput,
});

export const SavePlanSummaryInput = PlanChange.extend({ summary: optionalText(5000) });
export type SavePlanSummaryInput = z.input<typeof SavePlanSummaryInput>;

export const AddActionInput = PlanChange.extend({ action: ActionInput });
export type AddActionInput = z.input<typeof AddActionInput>;

export const UpdateActionInput = PlanChange.extend({ actionId: z.string().min(1), action: ActionInput });
export type UpdateActionInput = z.input<typeof UpdateActionInput>;

export const MoveActionInput = PlanChange.extend({ actionId: z.string().min(1), direction: z.enum(["up", "down"]) });
export type MoveActionInput = z.input<typeof MoveActionInput>;

export const RemoveActionInput = PlanChange.extend({ actionId: z.string().min(1) });
export type RemoveActionInput = z.input<typeof RemoveActionInput>;
