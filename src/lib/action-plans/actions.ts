"use server";

import { revalidatePath } from "next/cache";
import { scopedAction } from "@/lib/actions/server";
import { AddActionInput, MoveActionInput, RemoveActionInput, SavePlanSummaryInput, UpdateActionInput } from "./schemas";
import { addAction, moveAction, removeAction, savePlanSummary, updateAction } from "./mutations";

// Both pair members and the Aract's staff build the plan: the mutations check whose company it is.

/** The plan shows on its own page, on the cluster's plans tab and overview, and on the pair's home. */
const refresh = <R extends { clusterId: string }>(result: R): R => {
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  revalidatePath("/");
  return result;
};

export const savePlanSummaryAction = scopedAction(SavePlanSummaryInput, "action-plan:write", async (input, scope) =>
  refresh(await savePlanSummary(scope, input)),
);

export const addActionAction = scopedAction(AddActionInput, "action-plan:write", async (input, scope) =>
  refresh(await addAction(scope, input)),
);

export const updateActionAction = scopedAction(UpdateActionInput, "action-plan:write", async (input, scope) =>
  refresh(await updateAction(scope, input)),
);

export const moveActionAction = scopedAction(MoveActionInput, "action-plan:write", async (input, scope) =>
  refresh(await moveAction(scope, input)),
);

export const removeActionAction = scopedAction(RemoveActionInput, "action-plan:write", async (input, scope) =>
  refresh(await removeAction(scope, input)),
);
