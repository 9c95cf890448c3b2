import { z } from "@/lib/forms/zod";
import { requiredText, version } from "@/lib/forms/fields";
import {
  DirectionInput,
  Headcount,
  NafCode,
  PairPersonInput,
  SAME_PERSON_MESSAGE,
  Siret,
} from "@/lib/companies/schemas";
import { optionalText } from "@/lib/forms/fields";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { APPLICATION_STATUS_PARAMS } from "./labels";

// The public application form (on the client and in its action), and the decisions on an application.

export const CONSENT_MESSAGE =
  "Cochez la case pour accepter que l'Aract traite ces données afin d'étudier votre candidature.";

export const ApplicationTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cluster"), id: z.string().min(1) }),
  z.object({ kind: z.literal("programme"), id: z.string().min(1) }),
]);

export const ApplicationInput = z
  .object({
    target: ApplicationTarget,
    company: z.object({
      name: requiredText("le nom de la structure"),
      siret: Siret,
      nafCode: NafCode,
      headcount: Headcount,
      postalCode: requiredText("le code postal", 5).regex(/^\d{5}$/, "Le code postal compte 5 chiffres."),
      city: optionalText(100),
    }),
    direction: DirectionInput,
    staffRepresentative: PairPersonInput,
    project: requiredText("votre projet en quelques lignes", 2000),
    consent: z.literal(true, { error: CONSENT_MESSAGE }),
    /** Hidden from people (off screen, out of the tab order, no label read): filled, the sender is a robot. */
    website: z.string().max(500).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.direction.email && input.direction.email === input.staffRepresentative.email) {
      ctx.addIssue({ code: "custom", path: ["staffRepresentative", "email"], message: SAME_PERSON_MESSAGE });
    }
  });
export type ApplicationInput = z.input<typeof ApplicationInput>;

const ApplicationRef = { applicationId: z.string().min(1), version: version(1) };

export const AcceptApplicationInput = z.object({
  ...ApplicationRef,
  clusterId: z.string({ error: "Choisissez le cluster où inscrire la structure." }).min(1, "Choisissez le cluster où inscrire la structure."),
});
export type AcceptApplicationInput = z.input<typeof AcceptApplicationInput>;

export const DeclineApplicationInput = z.object({
  ...ApplicationRef,
  reason: requiredText("le motif, qui sera envoyé à la structure", 2000),
});
export type DeclineApplicationInput = z.input<typeof DeclineApplicationInput>;

export const RouteApplicationInput = z.object({
  ...ApplicationRef,
  aractId: z.string({ error: "Choisissez l'Aract." }).min(1, "Choisissez l'Aract."),
});
export type RouteApplicationInput = z.input<typeof RouteApplicationInput>;

/** The list's tab from its address ("a-examiner" by default), read through the tabs' own table of addresses. */
export const ApplicationStatusParam = z
  .string()
  .optional()
  .catch(undefined)
  .transform((param): ApplicationStatus => {
    const status = (Object.keys(APPLICATION_STATUS_PARAMS) as ApplicationStatus[]).find(
      (key) => APPLICATION_STATUS_PARAMS[key] === param,
    );
    return status ?? "PENDING";
  });
