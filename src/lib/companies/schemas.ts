import { z } from "@/lib/forms/zod";
import { EMAIL_MESSAGE, optionalText, requiredNumber, requiredText } from "@/lib/forms/fields";
import { isValidSiret, normalizeSiret } from "./siret";

// The enrolment form: a company (picked among the Aract's, or new) and its pair, on the client and in
// the server action alike.

export const SIRET_MESSAGES = {
  missing: "Saisissez le SIRET.",
  length: "Le SIRET compte 14 chiffres, sans lettre.",
  checksum: "Ce SIRET n'existe pas : sa clé de contrôle ne correspond pas. Vérifiez les 14 chiffres.",
} as const;

export const NAF_MESSAGE =
  "Le code NAF s'écrit comme « 10.20Z » : deux chiffres, un point, deux chiffres et une lettre.";

/** 14 digits passing the checksum; spaces and dots as printed on documents are accepted, then removed. */
export const Siret = z
  .string({ error: SIRET_MESSAGES.missing })
  .trim()
  .min(1, SIRET_MESSAGES.missing)
  .transform(normalizeSiret)
  .superRefine((siret, ctx) => {
    if (!/^\d{14}$/.test(siret)) ctx.addIssue({ code: "custom", message: SIRET_MESSAGES.length });
    else if (!isValidSiret(siret)) ctx.addIssue({ code: "custom", message: SIRET_MESSAGES.checksum });
  });

/** The APE/NAF code of INSEE's nomenclature (rév. 2): "10.20Z"; "1020z" is accepted and rewritten. */
export const NafCode = z
  .string({ error: "Saisissez le code NAF." })
  .trim()
  .min(1, "Saisissez le code NAF.")
  .transform((code) => code.toUpperCase().replace(/\s/g, ""))
  .refine((code) => /^\d{2}\.?\d{2}[A-Z]$/.test(code), NAF_MESSAGE)
  .transform((code) => (code.includes(".") ? code : `${code.slice(0, 2)}.${code.slice(2)}`));

export const PostalCode = optionalText(5).pipe(
  z
    .string()
    .regex(/^\d{5}$/, "Le code postal compte 5 chiffres.")
    .optional(),
);

export const Headcount = requiredNumber("l'effectif").pipe(
  z
    .number()
    .int("Un nombre entier de personnes (salarié·es ou agents).")
    .min(1, "Au moins 1 personne (salarié·e ou agent).")
    .max(1_000_000, "Effectif trop élevé."),
);

export const NewCompanyInput = z.object({
  name: requiredText("le nom de la structure"),
  siret: Siret,
  nafCode: NafCode,
  headcount: Headcount,
  city: optionalText(100),
  postalCode: PostalCode,
});

export const DIRECTION_EMAIL_MESSAGE =
  "Saisissez l'adresse e-mail de la direction : c'est par elle qu'elle est invitée.";
export const SAME_PERSON_MESSAGE = "Les deux membres du binôme sont deux personnes différentes : leurs adresses aussi.";

/** An e-mail address, lower-cased (sign-in links and the outbox compare addresses that way); empty means absent. */
export const OptionalEmail = optionalText(254).pipe(z.string().toLowerCase().pipe(z.email(EMAIL_MESSAGE)).optional());

/** One member of a pair, as the chargé de mission types them. */
export const PairPersonInput = z.object({
  firstName: requiredText("le prénom", 100),
  lastName: requiredText("le nom", 100),
  jobTitle: optionalText(200),
  email: OptionalEmail,
});
export type PairPersonInput = z.input<typeof PairPersonInput>;

/** The direction is the company's contact: without its address nobody can be invited. */
export const DirectionInput = PairPersonInput.extend({
  email: OptionalEmail.refine((email) => email !== undefined, DIRECTION_EMAIL_MESSAGE),
});

export const PickedCompany = z.object({
  mode: z.literal("existing"),
  id: z.string({ error: "Choisissez une entreprise." }).min(1, "Choisissez une entreprise."),
});

export const CompanyChoice = z.discriminatedUnion("mode", [
  PickedCompany,
  NewCompanyInput.extend({ mode: z.literal("new") }),
]);

export const EnrolCompanyInput = z
  .object({
    clusterId: z.string().min(1),
    company: CompanyChoice,
    direction: DirectionInput,
    staffRepresentative: PairPersonInput,
  })
  .superRefine((input, ctx) => {
    if (input.direction.email && input.direction.email === input.staffRepresentative.email) {
      ctx.addIssue({ code: "custom", path: ["staffRepresentative", "email"], message: SAME_PERSON_MESSAGE });
    }
  });
export type EnrolCompanyInput = z.input<typeof EnrolCompanyInput>;

/** The search of the enrolment page: a name or a SIRET (whole or in part). */
export const CompanySearchQuery = z.string().trim().max(100).catch("");
