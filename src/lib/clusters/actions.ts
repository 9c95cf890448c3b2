"use server";

import { revalidatePath } from "next/cache";
import { aractAction } from "@/lib/actions/server";
import { ChangeClusterStatusInput, ClusterInput, UpdateClusterInput } from "./schemas";
import { changeClusterStatus, createCluster, updateCluster } from "./mutations";

export const createClusterAction = aractAction(ClusterInput, "cluster:write", (input, scope) =>
  createCluster(scope, input),
);

export const updateClusterAction = aractAction(UpdateClusterInput, "cluster:write", async (input, scope) => {
  const result = await updateCluster(scope, input);
  revalidatePath(`/clusters/${input.id}`, "layout");
  return result;
});

export const changeClusterStatusAction = aractAction(
  ChangeClusterStatusInput,
  "cluster:write",
  async (input, scope) => {
    const result = await changeClusterStatus(scope, input);
    revalidatePath(`/clusters/${input.id}`, "layout");
    return result;
  },
);
