"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { SaveNotesInput } from "./schemas";
import { saveNotes } from "./mutations";

export const saveNotesAction = aractAction(SaveNotesInput, "cluster:write", async (input, scope) => {
  const result = await saveNotes(scope, input);
  revalidatePath(`/clusters/${result.clusterId}/entreprises/${input.participationId}`);
  return result;
});
