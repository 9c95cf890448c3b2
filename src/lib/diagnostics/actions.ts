"use server";

import { revalidatePath } from "next/cache";
import { aractAction, scopedAction } from "@/lib/actions/server";
import { NotFoundError } from "@/lib/errors";
import { ReadAnswerInput, ReopenResponseInput, SaveAnswerInput, SubmitResponseInput } from "./schemas";
import { reopenResponse, saveAnswer, submitResponse } from "./mutations";
import { readOwnAnswer } from "./queries";

// Pair members answer their own diagnostics (no revalidation on each save: the form holds the state);
// the chargé·e de mission reopens a submitted response.

export const saveAnswerAction = scopedAction(SaveAnswerInput, "diagnostic:answer", (input, scope) =>
  saveAnswer(scope, input),
);

export const readAnswerAction = scopedAction(ReadAnswerInput, "diagnostic:answer", async (input, scope) => {
  const answer = await readOwnAnswer(scope, input);
  if (!answer) throw new NotFoundError("Cette réponse");
  return answer;
});

export const submitResponseAction = scopedAction(SubmitResponseInput, "diagnostic:answer", async (input, scope) => {
  const result = await submitResponse(scope, input);
  revalidatePath(`/clusters/${result.clusterId}/diagnostics`, "layout");
  return result;
});

export const reopenResponseAction = aractAction(ReopenResponseInput, "cluster:write", async (input, scope) => {
  const result = await reopenResponse(scope, input);
  revalidatePath(`/clusters/${result.clusterId}/diagnostics`, "layout");
  return result;
});
