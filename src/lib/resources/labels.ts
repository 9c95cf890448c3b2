import type { ResourceKind } from "@/generated/prisma/enums";

// The words of the resource library, without zod: the list, the forms and the cards share them.

export const KIND_LABELS: Record<ResourceKind, string> = {
  GUIDE: "Guide",
  FICHE: "Fiche",
  DIAGNOSTIC_TOOL: "Outil de diagnostic",
  SESSION_SUPPORT: "Support de séance",
  VIDEO: "Vidéo",
  TESTIMONY: "Témoignage",
};

/** Where a resource comes from, as the library's filter names it. */
export const ORIGINS = { national: "Anact (nationales)", aract: "Mon Aract", reseau: "Partagées par les Aracts" } as const;
export type Origin = keyof typeof ORIGINS;

export const LIBRARY_PAGE_SIZE = 20;
