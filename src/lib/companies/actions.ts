"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { EnrolCompanyInput } from "./schemas";
import { enrolCompany } from "./mutations";

export const enrolCompanyAction = aractAction(EnrolCompanyInput, "company:write", async (input, scope) => {
  const result = await enrolCompany(scope, input);
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  return result;
});
