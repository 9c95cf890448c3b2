import { z } from "@/lib/forms/zod";

export const SignInInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Saisissez votre adresse e-mail.")
    .pipe(z.email("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).")),
});
export type SignInInput = z.infer<typeof SignInInput>;
