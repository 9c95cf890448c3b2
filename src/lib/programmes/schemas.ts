import { z } from "@/lib/forms/zod";
import { checkboxList, optionalNumber, optionalText, requiredText } from "@/lib/forms/fields";
import { FunderInput } from "@/lib/clusters/schemas";
import { Theme } from "@/generated/prisma/enums";
import { DEFAULT_FOLLOW_UP_MONTHS, FOLLOW_UP_MONTHS_MAX } from "@/lib/follow-ups/rules";

// The programme form (national programmes by the national administrator, an Aract's regional ones by its
// administrator), on the client and in the server actions alike.

/** A programme's code: upper-case letters and digits in words joined by hyphens or underscores ("TEMPO-2026", "CLUSTERS_EGALITE"). */
export const PROGRAMME_CODE = /^[A-Z0-9]+([-_][A-Z0-9]+)*$/;
const CODE_MESSAGE = "Lettres majuscules, chiffres, tirets et soulignés seulement, par exemple TEMPO-2026.";

export const FIRST_PROGRAMME_YEAR = 1990;
export const LAST_PROGRAMME_YEAR = 2100;

const year = (label: string) =>
  optionalNumber().pipe(
    z
      .number()
      .int(`${label} : une année entière, comme 2026.`)
      .min(FIRST_PROGRAMME_YEAR, `${label} : ${FIRST_PROGRAMME_YEAR} au plus tôt.`)
      .max(LAST_PROGRAMME_YEAR, `${label} : ${LAST_PROGRAMME_YEAR} au plus tard.`)
      .optional(),
  );

export const ProgrammeInput = z
  .object({
    // Typed in lower case, it is read in upper case: the code is a label, not a password.
    code: z
      .string({ error: "Saisissez le code du programme." })
      .trim()
      .toUpperCase()
      .min(1, "Saisissez le code du programme.")
      .max(40, "40 caractères au plus.")
      .regex(PROGRAMME_CODE, CODE_MESSAGE),
    name: requiredText("le nom du programme"),
    description: optionalText(),
    themes: checkboxList(z.enum(Theme), "Choisissez au moins un thème."),
    startYear: year("Début"),
    endYear: year("Fin"),
    budgetEuros: optionalNumber().pipe(
      z.number().min(0, "Le budget ne peut pas être négatif.").max(1_000_000_000, "Budget trop élevé.").optional(),
    ),
    funders: z.array(FunderInput).max(30, "30 financeurs au plus."),
    // Empty: the network's six months.
    followUpMonths: optionalNumber()
      .pipe(
        z
          .number()
          .int("Un nombre entier de mois.")
          .min(1, `De 1 à ${FOLLOW_UP_MONTHS_MAX} mois.`)
          .max(FOLLOW_UP_MONTHS_MAX, `De 1 à ${FOLLOW_UP_MONTHS_MAX} mois.`)
          .optional(),
      )
      .transform((months) => months ?? DEFAULT_FOLLOW_UP_MONTHS),
  })
  .superRefine((input, ctx) => {
    if (input.startYear !== undefined && input.endYear !== undefined && input.endYear < input.startYear) {
      ctx.addIssue({
        code: "custom",
        path: ["endYear"],
        message: "L'année de fin ne peut pas précéder l'année de début.",
      });
    }
  });
export type ProgrammeInput = z.input<typeof ProgrammeInput>;

export const UpdateProgrammeInput = z.object({ id: z.string().min(1), programme: ProgrammeInput });
export type UpdateProgrammeInput = z.input<typeof UpdateProgrammeInput>;
