"use server";

import { revalidatePath } from "next/cache";
import { aractAction, scopedAction } from "@/lib/actions/server";
import { AddClusterTemplateInput, ClusterTemplateRef, PublishTemplateInput } from "./schemas";
import { addClusterTemplate, publishThemePack, removeClusterTemplate, switchClusterTemplateVersion } from "./mutations";

const clusterPages = (clusterId: string) => revalidatePath(`/clusters/${clusterId}`, "layout");

export const addClusterTemplateAction = aractAction(AddClusterTemplateInput, "cluster:write", async (input, scope) => {
  const result = await addClusterTemplate(scope, input);
  clusterPages(input.clusterId);
  return result;
});

export const removeClusterTemplateAction = aractAction(ClusterTemplateRef, "cluster:write", async (input, scope) => {
  const result = await removeClusterTemplate(scope, input);
  clusterPages(input.clusterId);
  return result;
});

export const switchClusterTemplateVersionAction = aractAction(
  ClusterTemplateRef,
  "cluster:write",
  async (input, scope) => {
    const result = await switchClusterTemplateVersion(scope, input);
    clusterPages(input.clusterId);
    return result;
  },
);

/** Only the national team holds "template:publish": the scope here is always the national one. */
export const publishTemplateAction = scopedAction(PublishTemplateInput, "template:publish", async (input, scope) => {
  const result = await publishThemePack(scope, input);
  revalidatePath("/modeles", "layout");
  return result;
});
