"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { OutcomeInput, UpdateOutcomeInput } from "./schemas";
import { createOutcome, updateOutcome } from "./mutations";

export const createOutcomeAction = aractAction(OutcomeInput, "cluster:write", async (input, scope) => {
  const result = await createOutcome(scope, input);
  revalidatePath(`/clusters/${input.clusterId}`, "layout");
  return result;
});

export const updateOutcomeAction = aractAction(UpdateOutcomeInput, "cluster:write", async (input, scope) => {
  const result = await updateOutcome(scope, input);
  revalidatePath(`/clusters/${input.outcome.clusterId}`, "layout");
  return result;
});
