import { z } from "@/lib/forms/zod";
import { version } from "@/lib/forms/fields";
import { TEXT_MAX_LENGTH } from "./answers";
import { MAX_PRIOR_SAVES, SAVE_ID_PATTERN } from "./autosave";

// The inputs of the diagnostics actions. The shape of an answer is checked here; whether it suits its
// question (a level of 1 to 5, one of the options…) is checked on the server with answers.ts.

const id = z.string().trim().min(1).max(100);

/** Any JSON an answer may be; null clears it. */
export const AnswerValueInput = z.union(
  [
    z.null(),
    z.boolean(),
    z.number(),
    // Longer than allowed is refused by checkAnswer, with the count of characters typed.
    z.string().max(TEXT_MAX_LENGTH * 4),
    z.array(z.string().max(200)).max(100),
  ],
  { error: "Cette réponse n'a pas une forme valide." },
);

const SaveId = z.string().regex(SAVE_ID_PATTERN, "Identifiant d'enregistrement invalide.");

/**
 * One answer saved as the person types. The response is named by its id, or by the cluster and the
 * template (the first save creates it). `baseVersion` is the version of the answer the person saw
 * (0 when there was none): a save based on an older one is refused, unless the stored version was
 * written by this very save (`saveId`, sent again) or by one of the person's own earlier saves whose
 * outcome the browser never learnt (`priorSaveIds`): those are the author's own, not a conflict.
 */
export const SaveAnswerInput = z
  .object({
    responseId: id.optional(),
    clusterId: id.optional(),
    templateId: id.optional(),
    questionId: id,
    value: AnswerValueInput,
    baseVersion: version(),
    saveId: SaveId,
    priorSaveIds: z.array(SaveId).max(MAX_PRIOR_SAVES).default([]),
  })
  .refine((input) => input.responseId || (input.clusterId && input.templateId), {
    message: "Précisez la réponse, ou le cluster et le diagnostic.",
    path: ["responseId"],
  });
export type SaveAnswerInput = z.input<typeof SaveAnswerInput>;

/** The stored answer to one question of one's own response (to settle a refused save). */
export const ReadAnswerInput = z.object({ clusterId: id, templateId: id, questionId: id });

export const SubmitResponseInput = z.object({ responseId: id, version: version(1) });

export const ReopenResponseInput = z.object({ responseId: id, version: version(1) });
