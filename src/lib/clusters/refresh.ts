import "server-only";
import { revalidatePath } from "next/cache";

/** The cluster's tabs show its companies (list, company page, diagnostics, sessions): all of them refresh. */
export function refreshCluster<R extends { clusterId: string }>(result: R): R {
  revalidatePath(`/clusters/${result.clusterId}`, "layout");
  return result;
}
