import type { ResponseStatus } from "@/generated/prisma/enums";

// Who may be reminded to send their diagnostic: a pair member who has not submitted, whom an e-mail
// reaches and whose account lets them sign in, and who was not reminded of it today already.

export type ReminderCandidate = {
  /** Their own response to the template; null when they have not opened it. */
  responseStatus: ResponseStatus | null;
  email: string | null;
  account: "active" | "disabled" | "none";
  remindedToday: boolean;
};

export type ReminderEligibility =
  "eligible" | "submitted" | "no-email" | "no-account" | "account-disabled" | "reminded-today";

export function reminderEligibility(candidate: ReminderCandidate): ReminderEligibility {
  if (candidate.responseStatus === "SUBMITTED") return "submitted";
  if (!candidate.email) return "no-email";
  if (candidate.account === "none") return "no-account";
  if (candidate.account === "disabled") return "account-disabled";
  if (candidate.remindedToday) return "reminded-today";
  return "eligible";
}

/** Whether the chargé·e de mission may pick them at all (a reminder sent today is refused by the server, and said so). */
export function canBePicked(eligibility: ReminderEligibility): boolean {
  return eligibility === "eligible" || eligibility === "reminded-today";
}

export const ELIGIBILITY_LABELS: Record<ReminderEligibility, string> = {
  eligible: "peut être relancé·e",
  submitted: "réponse envoyée",
  "no-email": "pas d'adresse e-mail : ne peut pas être relancé·e",
  "no-account": "pas encore invité·e : ne peut pas être relancé·e (invitez d'abord depuis la fiche de l'entreprise)",
  "account-disabled": "compte désactivé : ne peut pas être relancé·e",
  "reminded-today": "déjà relancé·e aujourd'hui",
};

export function responseLabel(status: ResponseStatus | null): string {
  if (status === "SUBMITTED") return "envoyée";
  if (status === "DRAFT") return "commencée, pas envoyée";
  return "pas commencée";
}

export type RemindersOutcome = {
  sent: string[];
  skipped: { name: string; reason: string }[];
  failed: string[];
};

/** What happened to each person picked, in French sentences. */
export function remindersOutcomeLines({ sent, skipped, failed }: RemindersOutcome): string[] {
  const lines: string[] = [];
  if (sent.length) lines.push(`Relance envoyée à ${sent.join(", ")}.`);
  for (const { name, reason } of skipped) lines.push(`Pas de relance pour ${name} : ${reason}.`);
  if (failed.length)
    lines.push(`L'envoi a échoué pour ${failed.join(", ")} : rien n'a été enregistré pour eux, réessayez.`);
  return lines;
}
