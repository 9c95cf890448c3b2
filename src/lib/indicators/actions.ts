"use server";

import { revalidatePath } from "next/cache";
import { scopedAction } from "@/lib/actions/server";
import { IndicatorsInput } from "./schemas";
import { saveIndicators } from "./mutations";

export const saveIndicatorsAction = scopedAction(IndicatorsInput, "indicators:write", async (input, scope) => {
  const saved = await saveIndicators(scope, input);
  revalidatePath(`/clusters/${saved.clusterId}`, "layout");
  revalidatePath("/");
  return saved;
});
