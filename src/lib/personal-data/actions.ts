"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { ErasePersonInput } from "./schemas";
import { erasePerson } from "./mutations";

export const erasePersonAction = aractAction(ErasePersonInput, "personal-data:manage", async (input, scope) => {
  const result = await erasePerson(scope, input);
  revalidatePath("/administration/personnes", "layout");
  return result;
});
