"use server";

import { revalidatePath } from "next/cache";
import { scopedAction } from "@/lib/actions/server";
import { FollowUpInput } from "./schemas";
import { saveFollowUp } from "./mutations";

export const saveFollowUpAction = scopedAction(FollowUpInput, "follow-up:answer", async (input, scope) => {
  const saved = await saveFollowUp(scope, input);
  revalidatePath(`/clusters/${saved.clusterId}`, "layout");
  revalidatePath("/");
  return saved;
});
