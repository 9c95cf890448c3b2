import { parseDay, toDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";

// The follow-up of a company after its cluster closed: when it is due, which e-mail goes when, and how
// its state reads. Days are "YYYY-MM-DD" calendar days in France.

/** The delay of a programme's follow-up unless it sets its own, and of a cluster without programme. */
export const DEFAULT_FOLLOW_UP_MONTHS = 6;
export const FOLLOW_UP_MONTHS_MAX = 24;
/** The reminders after the first e-mail: once a week for a month. */
export const REMINDER_WEEKS = 4;
/** The figure of the reports is read at six months whatever each programme's delay, so that they compare. */
export const OUTCOME_MONTHS = 6;

/** `day` plus `months`, on the same day of the month or the last day of a shorter month (31/08 + 6 → 28/02). */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDay(target);
}

export function followUpDueOn(closedOn: string, months: number | null | undefined): string {
  return addMonths(closedOn, months ?? DEFAULT_FOLLOW_UP_MONTHS);
}

const DAY_MS = 24 * 3600 * 1000;
const daysBetween = (from: string, to: string) => Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);

/** Days after the due day an e-mail may still go: to the end of the last reminder's week. */
const SENDING_DAYS = (REMINDER_WEEKS + 1) * 7 - 1;

/** The last day a follow-up's e-mail may go: the day of its last reminder's week ends. */
export function lastSendingDay(dueOn: string): string {
  return toDay(new Date(parseDay(dueOn).getTime() + SENDING_DAYS * DAY_MS));
}

/** The earliest due day whose follow-up may still send an e-mail today. */
export function earliestDueStillSending(today: string): string {
  return toDay(new Date(parseDay(today).getTime() - SENDING_DAYS * DAY_MS));
}

/**
 * The week whose e-mail is to go today (0: the first e-mail, 1 to 4: the reminders), or null. Week n is due
 * from dueOn + 7n days. A week already sent, or a later one, sends nothing: after a pause of the
 * deployment only the current week's e-mail goes, never a burst of the missed ones. Nothing goes once
 * answered, before the due day, or after the month of reminders.
 */
export function weekToSend(dueOn: string, sentWeeks: readonly number[], today: string, answered: boolean): number | null {
  if (answered) return null;
  const days = daysBetween(dueOn, today);
  if (days < 0) return null;
  const week = Math.floor(days / 7);
  if (week > REMINDER_WEEKS) return null;
  if (sentWeeks.some((sent) => sent >= week)) return null;
  return week;
}

export type FollowUpFacts = { dueOn: string; submittedAt: Date | null };

export type FollowUpState = "scheduled" | "open" | "answered" | "unanswered";

/** Where a follow-up stands: not yet due, open (e-mailed or not), answered, or left unanswered after its month. */
export function followUpState({ dueOn, submittedAt }: FollowUpFacts, today: string): FollowUpState {
  if (submittedAt) return "answered";
  if (today < dueOn) return "scheduled";
  return today > lastSendingDay(dueOn) ? "unanswered" : "open";
}

export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = {
  scheduled: "Prévu",
  open: "En attente de réponse",
  answered: "Répondu",
  unanswered: "Sans réponse",
};

/** The questionnaire opens on its due day, for the pair and the staff alike. */
export function answerProblem(dueOn: string, today: string): string | null {
  return today < dueOn ? `Le questionnaire de suivi s'ouvre le ${formatDate(parseDay(dueOn))}.` : null;
}

/**
 * Why the questionnaire may not open on `dueOn` instead, in French; null when it may. It moves while its
 * e-mail has not gone, to today or later, within the longest delay a programme may set.
 */
export function rescheduleProblem(facts: { closedOn: string; sent: boolean; answered: boolean }, dueOn: string, today: string): string | null {
  if (facts.answered || facts.sent) return "Le questionnaire a déjà été envoyé au binôme : sa date ne change plus.";
  if (dueOn < today) return "Choisissez aujourd'hui ou une date à venir.";
  const latest = addMonths(facts.closedOn, FOLLOW_UP_MONTHS_MAX);
  if (dueOn > latest) return `Choisissez une date avant le ${formatDate(parseDay(latest))} (${FOLLOW_UP_MONTHS_MAX} mois après la clôture).`;
  return null;
}
