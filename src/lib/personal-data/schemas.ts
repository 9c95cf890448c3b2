import { z } from "@/lib/forms/zod";
import { ERASE_CONFIRMATION } from "./form";

// The forms and requests of personal data (RGPD), on the client and on the server alike.

export const ERASE_CONFIRMATION_MESSAGE = `Saisissez « ${ERASE_CONFIRMATION} » pour confirmer la suppression.`;

export const ErasePersonInput = z.object({
  id: z.string().min(1),
  confirmation: z
    .string({ error: ERASE_CONFIRMATION_MESSAGE })
    .trim()
    .toLowerCase()
    .refine((word) => word === ERASE_CONFIRMATION, ERASE_CONFIRMATION_MESSAGE),
});
export type ErasePersonInput = z.input<typeof ErasePersonInput>;

export const PERSONAL_DATA_FORMATS = ["json", "xlsx"] as const;
export type PersonalDataFormat = (typeof PERSONAL_DATA_FORMATS)[number];

/** ?format=json|xlsx of the download routes. */
export const PersonalDataRequest = z.object({
  format: z.enum(PERSONAL_DATA_FORMATS, { error: "Format inconnu : demandez format=json ou format=xlsx." }),
});
