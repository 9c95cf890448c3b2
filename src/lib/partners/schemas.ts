import { z } from "@/lib/forms/zod";
import { EMAIL_MESSAGE, optionalText, requiredText } from "@/lib/forms/fields";
import { PartnerKind } from "@/generated/prisma/enums";

// The Aract's partners directory (Carsat, OPCO, pôles, unions…), kept by its administrator and offered by
// the cluster form. One schema for the form and the server actions.

const PHONE = /^\+?[0-9 .()-]{6,25}$/;

export const DirectoryPartnerInput = z.object({
  name: requiredText("le nom du partenaire", 200),
  kind: z.enum(PartnerKind, { error: "Choisissez le type de partenaire." }),
  contactName: optionalText(120),
  email: optionalText(254).pipe(z.email(EMAIL_MESSAGE).toLowerCase().optional()),
  phone: optionalText(25).pipe(
    z.string().regex(PHONE, "Saisissez un numéro de téléphone, comme 02 99 12 34 56 ou +33 2 99 12 34 56.").optional(),
  ),
  notes: optionalText(2000),
});
export type DirectoryPartnerInput = z.input<typeof DirectoryPartnerInput>;

export const UpdateDirectoryPartnerInput = z.object({ id: z.string().min(1), partner: DirectoryPartnerInput });
export type UpdateDirectoryPartnerInput = z.input<typeof UpdateDirectoryPartnerInput>;

export const PartnerIdInput = z.object({ id: z.string().min(1) });
export type PartnerIdInput = z.input<typeof PartnerIdInput>;
