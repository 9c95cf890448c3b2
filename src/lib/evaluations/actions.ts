"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { EvaluationInput } from "./schemas";
import { saveEvaluation } from "./mutations";

export const saveEvaluationAction = aractAction(EvaluationInput, "cluster:write", async (input, scope) => {
  const result = await saveEvaluation(scope, input);
  revalidatePath(`/clusters/${input.clusterId}/evaluation`, "layout");
  return result;
});
