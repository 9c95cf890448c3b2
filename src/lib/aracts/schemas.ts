import { z } from "@/lib/forms/zod";
import { optionalText, requiredEmail, requiredText } from "@/lib/forms/fields";
import { StaffIdentity } from "@/lib/users/schemas";

// The national administrator's forms: an Aract (with the départements it covers) and its administrators.

/** A département's code: 01 to 95 (Corsica as 2A and 2B), and the overseas 971 to 976. */
const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;

/** The départements typed as a list ("22, 29, 35 et 56"): codes in order, once each. */
export const Departements = z
  .string({ error: "Saisissez les départements couverts." })
  .transform((text) => [
    ...new Set(
      text
        .toUpperCase()
        .split(/[\s,;]+|\bET\b/)
        .filter(Boolean),
    ),
  ])
  .superRefine((codes, ctx) => {
    const wrong = codes.filter((code) => !DEPARTEMENT.test(code));
    if (wrong.length) {
      ctx.addIssue({
        code: "custom",
        message: `Codes de départements inconnus : ${wrong.join(", ")}. Écrivez par exemple « 22, 29, 35, 56 ».`,
      });
    } else if (codes.length === 0) {
      ctx.addIssue({ code: "custom", message: "Saisissez au moins un département couvert." });
    }
  });

export const AractInput = z.object({
  name: requiredText("le nom de l'Aract", 120),
  region: requiredText("la région", 120),
  departements: Departements,
  contactEmail: optionalText(254).pipe(requiredEmail().optional()),
});
export type AractInput = z.input<typeof AractInput>;

export const UpdateAractInput = AractInput.extend({ id: z.string().min(1) });
export type UpdateAractInput = z.input<typeof UpdateAractInput>;

export const AractIdInput = z.object({ id: z.string().min(1) });
export type AractIdInput = z.input<typeof AractIdInput>;

/** The national administrator appoints an Aract's administrator by e-mail invitation. */
export const AppointAdminInput = StaffIdentity.extend({ aractId: z.string().min(1) });
export type AppointAdminInput = z.input<typeof AppointAdminInput>;

export const EMPTY_ARACT: AractInput = { name: "", region: "", departements: "", contactEmail: "" };
