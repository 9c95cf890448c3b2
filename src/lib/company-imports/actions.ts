"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { ImportFileInput } from "./schemas";
import { previewImport } from "./queries";
import { importCompanies } from "./mutations";

/** Reads the file and says what importing it would do, row by row; writes nothing. */
export const previewCompanyImportAction = aractAction(ImportFileInput, "company:write", (input, scope) =>
  previewImport(scope, input),
);

export const importCompaniesAction = aractAction(ImportFileInput, "company:write", async (input, scope) => {
  const outcome = await importCompanies(scope, input);
  revalidatePath(`/clusters/${input.clusterId}`, "layout");
  return outcome;
});
