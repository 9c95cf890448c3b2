"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { SendRemindersInput } from "./schemas";
import { sendReminders } from "./mutations";

export const sendRemindersAction = aractAction(SendRemindersInput, "cluster:write", async (input, scope) => {
  const result = await sendReminders(scope, input);
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  return result;
});
