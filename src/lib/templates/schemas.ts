import { z } from "@/lib/forms/zod";

// The forms and actions of the theme packs: a cluster's choice of templates, and the national publication.

const id = z.string().trim().min(1).max(50);

/** Adds the latest national version of a template key to a cluster. */
export const AddClusterTemplateInput = z.object({
  clusterId: id,
  key: z.string({ error: "Choisissez un modèle." }).trim().min(1, "Choisissez un modèle.").max(100),
});
export type AddClusterTemplateInput = z.input<typeof AddClusterTemplateInput>;

/** Removes a template from a cluster, or moves the cluster to the template's latest version. */
export const ClusterTemplateRef = z.object({ clusterId: id, templateId: id });
export type ClusterTemplateRef = z.input<typeof ClusterTemplateRef>;

/** Publishes the content the code holds for one pack (a new version only if it changed). */
export const PublishTemplateInput = z.object({ key: z.string().trim().min(1).max(100) });
export type PublishTemplateInput = z.input<typeof PublishTemplateInput>;
