import { z } from "@/lib/forms/zod";
import { checkboxList, optionalText, requiredText, version } from "@/lib/forms/fields";
import { ResourceKind, Theme } from "@/generated/prisma/enums";
import { declaredType, FILE_MESSAGES, MAX_FILE_BYTES } from "./files";

// The resource forms, on the client and in the server actions alike. A resource is a link or a file:
// the file's name is checked here, its content by the server (./files.ts), which alone reads its bytes.

const LINK_MESSAGE = "Saisissez l'adresse complète du lien, commençant par https://.";

const ResourceFields = {
  title: requiredText("le titre", 200),
  summary: requiredText("le résumé", 2000),
  themes: checkboxList(z.enum(Theme), "Choisissez au moins un thème."),
  kind: z.enum(ResourceKind, { error: "Choisissez la nature de la ressource." }),
  shared: z.boolean().optional(),
};

export const ResourceFile = z
  .file({ error: FILE_MESSAGES.missing })
  .min(1, FILE_MESSAGES.empty)
  .max(MAX_FILE_BYTES, FILE_MESSAGES.tooLarge)
  .refine((file) => declaredType(file.name) !== null, FILE_MESSAGES.kind);

export const ResourceLink = z
  .string({ error: LINK_MESSAGE })
  .trim()
  .max(2000, "2000 caractères au plus.")
  .pipe(z.url({ protocol: /^https?$/, error: LINK_MESSAGE }));

/** A new resource: its link, or its file. */
export const ResourceInput = z.discriminatedUnion("source", [
  z.object({ source: z.literal("link"), url: ResourceLink, ...ResourceFields }),
  z.object({ source: z.literal("file"), file: ResourceFile, ...ResourceFields }),
]);
export type ResourceInput = z.input<typeof ResourceInput>;

/** A resource's description changed (its link or file stays). */
export const UpdateResourceInput = z.object({ id: z.string().min(1), version: version(1), ...ResourceFields });
export type UpdateResourceInput = z.input<typeof UpdateResourceInput>;

export const ResourceIdInput = z.object({ id: z.string().min(1) });
export const FeatureResourceInput = z.object({ id: z.string().min(1), featured: z.boolean() });

/** A resource attached to a cluster, or to one of its sessions (its supports). */
export const AttachResourceInput = z.object({
  clusterId: z.string().min(1),
  // Empty: the cluster's own resources.
  sessionId: optionalText(100),
  resourceId: z.string({ error: "Choisissez une ressource." }).min(1, "Choisissez une ressource."),
});
export type AttachResourceInput = z.input<typeof AttachResourceInput>;
