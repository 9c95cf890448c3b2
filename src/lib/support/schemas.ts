import { z } from "@/lib/forms/zod";
import { Day, optionalText, requiredNumber } from "@/lib/forms/fields";
import { SupportKind } from "@/generated/prisma/enums";
import { MAX_DURATION_DAYS, MIN_DURATION_DAYS } from "./rules";

export const DELIVERED_BY = ["ARACT", "PARTNER"] as const;

/** The support day form, on the client and in the server actions alike. */
export const SupportDayInput = z
  .object({
    clusterId: z.string().min(1),
    participationId: z.string({ error: "Choisissez l'entreprise." }).min(1, "Choisissez l'entreprise."),
    date: Day,
    durationDays: requiredNumber("la durée en jours").pipe(
      z
        .number()
        .positive("La durée doit être positive : une demi-journée (0,5) au moins.")
        .max(
          MAX_DURATION_DAYS,
          `${MAX_DURATION_DAYS} jours au plus par saisie : enregistrez un bloc plus long en plusieurs fois.`,
        )
        // Half-days only; the smallest is MIN_DURATION_DAYS. (A negative duration has its own message above.)
        .refine((n) => n <= 0 || Number.isInteger(n / MIN_DURATION_DAYS), "Par demi-journées : 0,5, 1, 1,5…"),
    ),
    kind: z.enum(SupportKind, { error: "Choisissez la nature de l'appui." }),
    deliveredBy: z.enum(DELIVERED_BY, { error: "Indiquez qui a délivré l'appui." }),
    deliveredByUserId: optionalText(50),
    partnerId: optionalText(50),
    notes: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if (input.deliveredBy === "ARACT" && !input.deliveredByUserId) {
      ctx.addIssue({ code: "custom", path: ["deliveredByUserId"], message: "Choisissez la personne de l'Aract." });
    }
    if (input.deliveredBy === "PARTNER" && !input.partnerId) {
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Choisissez le partenaire." });
    }
  });
export type SupportDayInput = z.input<typeof SupportDayInput>;

export const UpdateSupportDayInput = z.object({ id: z.string().min(1), supportDay: SupportDayInput });

export const DeleteSupportDayInput = z.object({ id: z.string().min(1) });
