"use server";

import { revalidatePath } from "next/cache";
import { aractAction, scopedAction } from "@/lib/actions/server";
import { FollowUpInput, RescheduleFollowUpInput } from "./schemas";
import { rescheduleFollowUp, saveFollowUp } from "./mutations";

export const saveFollowUpAction = scopedAction(FollowUpInput, "follow-up:answer", async (input, scope) => {
  const saved = await saveFollowUp(scope, input);
  revalidatePath(`/clusters/${saved.clusterId}`, "layout");
  revalidatePath("/");
  return saved;
});

export const rescheduleFollowUpAction = aractAction(RescheduleFollowUpInput, "cluster:write", async (input, scope) => {
  const moved = await rescheduleFollowUp(scope, input);
  revalidatePath(`/clusters/${moved.clusterId}`, "layout");
  return moved;
});
