import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { isOpen } from "@/lib/clusters/rules";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { createInvitationLink, INVITATION_MAX_AGE_SECONDS } from "@/lib/auth/mutations";
import { enqueueEmail } from "@/lib/email/mutations";
import { SendRemindersInput } from "./schemas";
import { loadReminderTemplates, type ReminderTarget } from "./queries";
import { ELIGIBILITY_LABELS, type RemindersOutcome } from "./rules";
import { reminderEmail } from "./reminder-email";
import { log } from "@/lib/log";

type Context = {
  scope: AractScope;
  day: Date;
  cluster: { id: string; name: string; aractName: string };
  template: { id: string; title: string };
};

/**
 * One reminder: recorded first, so that the unique (person, template, day) decides who sends it when
 * two are sent at once (the second finds the row and sends nothing); then the e-mail, last, inside the
 * transaction: a failed sending records no reminder. Returns false when they were reminded today already.
 */
async function remind(
  { scope, day, cluster, template }: Context,
  target: ReminderTarget & { email: string },
): Promise<boolean> {
  return scopedDb(scope).$transaction(
    async (tx) => {
      const [reminder] = await tx.diagnosticReminder.createManyAndReturn({
        data: [
          {
            aractId: scope.aractId,
            participationId: target.participationId,
            templateId: template.id,
            personId: target.personId,
            responseId: target.responseId,
            sentById: scope.userId,
            day,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!reminder) return false;
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "diagnostic.reminder-sent",
        entityType: "DiagnosticReminder",
        entityId: reminder.id,
        changes: { personId: target.personId, participationId: target.participationId, templateId: template.id },
      });
      const link = await createInvitationLink(target.email);
      await enqueueEmail(
        reminderEmail({
          to: target.email,
          firstName: target.firstName,
          aractName: cluster.aractName,
          sentBy: scope.name,
          clusterName: cluster.name,
          companyName: target.companyName,
          templateTitle: template.title,
          started: target.responseStatus === "DRAFT",
          inPair: target.inPair,
          link,
          expires: new Date(Date.now() + INVITATION_MAX_AGE_SECONDS * 1000),
        }),
        tx,
      );
      return true;
    },
    { timeout: 30_000 },
  );
}

/** Reminds the pair members picked, one by one; says who was reminded, who was not and why. */
export async function sendReminders(
  scope: AractScope,
  input: z.output<typeof SendRemindersInput>,
  now = new Date(),
): Promise<RemindersOutcome & { clusterId: string }> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: input.clusterId, aractId: scope.aractId },
    select: { id: true, name: true, status: true, aract: { select: { name: true } } },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError("Ce cluster est évalué : ses entreprises ne sont plus relancées.");
  const [template] = (await loadReminderTemplates(scope, cluster.id, input.templateId, now)) ?? [];
  if (!template) throw new NotFoundError("Ce diagnostic");

  const byPerson = new Map(template.targets.map((t) => [t.personId, t]));
  const picked = [...new Set(input.personIds)].map((id) => byPerson.get(id));
  if (picked.some((t) => !t)) throw fieldError("personIds", "Choisissez des membres des entreprises de ce cluster.");

  const context: Context = {
    scope,
    day: parseDay(todayInFrance(now)),
    cluster: { id: cluster.id, name: cluster.name, aractName: cluster.aract.name },
    template,
  };
  const outcome: RemindersOutcome = { sent: [], skipped: [], failed: [] };
  for (const target of picked as ReminderTarget[]) {
    if (target.eligibility !== "eligible" || !target.email) {
      outcome.skipped.push({ name: target.name, reason: ELIGIBILITY_LABELS[target.eligibility] });
      continue;
    }
    try {
      if (await remind(context, { ...target, email: target.email })) outcome.sent.push(target.name);
      else outcome.skipped.push({ name: target.name, reason: ELIGIBILITY_LABELS["reminded-today"] });
    } catch (error) {
      // One address failing must not hide who was reminded: the others' reminders stand.
      log.error({ err: error }, "Relance impossible pour une personne.");
      outcome.failed.push(target.name);
    }
  }
  return { clusterId: cluster.id, ...outcome };
}
