import { z } from "@/lib/forms/zod";
import { todayInFrance } from "@/lib/dates/day";
import { Day, optionalText, version } from "@/lib/forms/fields";
import { OutcomeKind, OutcomeStatus, Theme } from "@/generated/prisma/enums";
import { DOMAINS_BY_THEME, isDomainOf } from "./domains";

/** An optional calendar day: empty means absent. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(Day.optional());

/** What an outcome is, whoever records it: its nature, status, dates, deposit and domains. */
export const outcomeFields = {
  kind: z.enum(OutcomeKind, { error: "Choisissez : accord ou plan d'action." }),
  status: z.enum(OutcomeStatus, { error: "Choisissez où en est le résultat." }),
  signedAt: optionalDay,
  depositedAt: optionalDay,
  depositReference: optionalText(100),
  domains: z.array(z.string().max(60)).max(20, "20 domaines au plus."),
};

type OutcomeFacts = {
  kind: OutcomeKind;
  theme: Theme;
  status: OutcomeStatus;
  signedAt?: string;
  depositedAt?: string;
  domains: string[];
};

/** The dates an outcome's status needs, none in the future, and domains of its theme. */
export function checkOutcome(input: OutcomeFacts, ctx: z.RefinementCtx, path: readonly (string | number)[] = []): void {
  const today = todayInFrance();
  const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [...path, field], message });
  const signs = input.status !== "IN_PREPARATION";
  const deposits = input.status === "DEPOSITED";
  const signature = input.kind === "ACCORD" ? "date de signature" : "date d'adoption";
  if (signs && !input.signedAt) issue("signedAt", `Saisissez la ${signature}.`);
  if (signs && input.signedAt && input.signedAt > today) issue("signedAt", `La ${signature} ne peut pas être dans le futur.`);
  if (deposits && !input.depositedAt) issue("depositedAt", "Saisissez la date de dépôt auprès de la DREETS.");
  if (deposits && input.depositedAt) {
    if (input.depositedAt > today) issue("depositedAt", "La date de dépôt ne peut pas être dans le futur.");
    else if (input.signedAt && input.depositedAt < input.signedAt) {
      issue("depositedAt", `La date de dépôt ne peut pas précéder la ${signature}.`);
    }
  }
  if (input.domains.some((code) => !isDomainOf(input.theme, code))) {
    issue("domains", "Choisissez des domaines d'action de ce thème.");
  }
}

/** The dates that do not go with the status are dropped (the form hides them), the domains put in order. */
export function normalizeOutcome<T extends OutcomeFacts & { depositReference?: string }>(input: T): T {
  return {
    ...input,
    domains: DOMAINS_BY_THEME[input.theme].map((d) => d.code).filter((code) => input.domains.includes(code)),
    signedAt: input.status === "IN_PREPARATION" ? undefined : input.signedAt,
    depositedAt: input.status === "DEPOSITED" ? input.depositedAt : undefined,
    depositReference: input.status === "DEPOSITED" ? input.depositReference : undefined,
  };
}

/**
 * The outcome form, on the client and in the server actions alike. The dates that do not go with the
 * status are dropped (the form hides them): an accord in preparation has no signature date yet.
 */
export const OutcomeInput = z
  .object({
    clusterId: z.string().min(1),
    participationId: z.string({ error: "Choisissez l'entreprise." }).min(1, "Choisissez l'entreprise."),
    theme: z.enum(Theme, { error: "Choisissez le thème." }),
    ...outcomeFields,
  })
  .superRefine((input, ctx) => checkOutcome(input, ctx))
  .transform(normalizeOutcome);
export type OutcomeInput = z.input<typeof OutcomeInput>;

export const UpdateOutcomeInput = z.object({ id: z.string().min(1), version: version(), outcome: OutcomeInput });
