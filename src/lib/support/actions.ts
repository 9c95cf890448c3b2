"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { DeleteSupportDayInput, SupportDayInput, UpdateSupportDayInput } from "./schemas";
import { createSupportDay, deleteSupportDay, updateSupportDay } from "./mutations";

export const createSupportDayAction = aractAction(SupportDayInput, "cluster:write", async (input, scope) => {
  const result = await createSupportDay(scope, input);
  revalidatePath(`/clusters/${input.clusterId}/appuis`);
  return result;
});

export const updateSupportDayAction = aractAction(UpdateSupportDayInput, "cluster:write", async (input, scope) => {
  const result = await updateSupportDay(scope, input);
  revalidatePath(`/clusters/${input.supportDay.clusterId}/appuis`);
  return result;
});

export const deleteSupportDayAction = aractAction(DeleteSupportDayInput, "cluster:write", async (input, scope) => {
  const result = await deleteSupportDay(scope, input);
  revalidatePath(`/clusters/${result.clusterId}/appuis`);
  return result;
});
