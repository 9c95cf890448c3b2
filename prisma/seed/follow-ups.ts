import type { OutcomeStatus } from "@/generated/prisma/enums";
import { followUpDueOn, weekToSend } from "@/lib/follow-ups/rules";
import { addDays } from "./helpers.ts";

// The demo follow-ups of a closed cluster's companies, six months after its closing: the first e-mail
// on the due day; three companies in four answer within the month (from fixed formulas, so that every
// run writes the same), the others are reminded every week of it.

const ANSWERS: Record<OutcomeStatus | "NONE", { actions: string; changes: string }> = {
  SIGNED: {
    actions:
      "Une commission de suivi de l'accord se réunit chaque trimestre : les premières mesures sont en place, deux autres sont programmées.",
    changes: "Les indicateurs sont suivis et discutés avec le CSE ; les managers connaissent les engagements pris.",
  },
  DEPOSITED: {
    actions: "Plan d'action déposé et présenté aux équipes ; le bilan à un an est programmé avec les représentants du personnel.",
    changes: "Un diagnostic partagé entre direction et représentants du personnel, et des indicateurs suivis au comité de direction.",
  },
  IN_PREPARATION: {
    actions: "La négociation se poursuit : deux réunions depuis la fin du cluster, un projet de texte est en discussion.",
    changes: "Le diagnostic partagé sert de base à la négociation ; le dialogue social est plus concret.",
  },
  NONE: {
    actions: "Des actions ponctuelles issues du diagnostic, sans accord ni plan pour l'instant.",
    changes: "Une prise de conscience dans la direction et chez les représentants du personnel ; la démarche reste à formaliser.",
  },
};

export type DemoFollowUp = {
  closedOn: string;
  dueOn: string;
  answer: { on: string; actionsCarriedOut: string; changes: string; satisfaction: number } | null;
  /** The weeks whose e-mail went, and their day. */
  messages: { week: number; on: string }[];
};

export function demoFollowUp(index: number, closedOn: string, outcome: OutcomeStatus | undefined, today: string): DemoFollowUp {
  const dueOn = followUpDueOn(closedOn, undefined);
  const answered = index % 4 !== 3;
  const answerOn = addDays(dueOn, 2 + (index % 9) * 3);
  const messages: { week: number; on: string }[] = [];
  // The e-mails the schedule would have sent, up to the answer or the end of the month of reminders.
  for (let on = dueOn; on <= today; on = addDays(on, 1)) {
    if (answered && on >= answerOn) break;
    const week = weekToSend(dueOn, messages.map((m) => m.week), on, false);
    if (week !== null) messages.push({ week, on });
    if (messages.length === 5) break;
  }
  const text = ANSWERS[outcome ?? "NONE"];
  return {
    closedOn,
    dueOn,
    answer: answered && answerOn <= today
      ? { on: answerOn, actionsCarriedOut: text.actions, changes: text.changes, satisfaction: 3 + (index % 3) }
      : null,
    messages,
  };
}
