"use server";

import { revalidatePath } from "next/cache";
import { aractAction, scopedAction } from "@/lib/actions/server";
import { AttachResourceInput, FeatureResourceInput, ResourceIdInput, ResourceInput, UpdateResourceInput } from "./schemas";
import { attachResource, createResource, deleteResource, detachResource, featureResource, updateResource } from "./mutations";

export const createResourceAction = scopedAction(ResourceInput, "resource:publish", async (input, scope) => {
  const created = await createResource(scope, input);
  revalidatePath("/ressources");
  return created;
});

export const updateResourceAction = scopedAction(UpdateResourceInput, "resource:publish", async (input, scope) => {
  const updated = await updateResource(scope, input);
  revalidatePath("/ressources", "layout");
  return updated;
});

export const deleteResourceAction = scopedAction(ResourceIdInput, "resource:publish", async (input, scope) => {
  await deleteResource(scope, input);
  revalidatePath("/ressources", "layout");
  revalidatePath("/clusters", "layout");
  return null;
});

export const featureResourceAction = scopedAction(FeatureResourceInput, "resource:feature", async (input, scope) => {
  await featureResource(scope, input);
  revalidatePath("/ressources", "layout");
  return null;
});

export const attachResourceAction = aractAction(AttachResourceInput, "cluster:write", async (input, scope) => {
  const result = await attachResource(scope, input);
  revalidatePath(`/clusters/${input.clusterId}`, "layout");
  return result;
});

export const detachResourceAction = aractAction(AttachResourceInput, "cluster:write", async (input, scope) => {
  await detachResource(scope, input);
  revalidatePath(`/clusters/${input.clusterId}`, "layout");
  return null;
});
