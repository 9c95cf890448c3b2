import "server-only";
import { systemDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { parseDay, toDay, todayInFrance } from "@/lib/dates/day";
import { createInvitationLink, INVITATION_MAX_AGE_SECONDS } from "@/lib/auth/mutations";
import { enqueueEmail } from "@/lib/email/mutations";
import { log } from "@/lib/log";
import { earliestDueStillSending, weekToSend } from "../rules";
import { followUpEmail } from "../email";

// The follow-ups' e-mails, sent by the schedule (../schedule.ts) of every process of the deployment: each
// week's e-mail of a follow-up is recorded first, and the unique (follow-up, week) lets one process only
// send it; its e-mails are queued in the same transaction, so that a failure records nothing.

export type FollowUpSending = { sent: number; reminded: number; withoutRecipient: number };

/** Sends what is due today: the first e-mails of the follow-ups due, and the weekly reminders. */
export async function sendDueFollowUps(now = new Date()): Promise<FollowUpSending> {
  const today = todayInFrance(now);
  const due = await systemDb.followUp.findMany({
    where: {
      submittedAt: null,
      // A follow-up due more than its month of reminders ago sends nothing any more.
      dueOn: { lte: parseDay(today), gte: parseDay(earliestDueStillSending(today)) },
      participation: { status: { in: ["ENROLLED", "COMPLETED"] } },
    },
    orderBy: { dueOn: "asc" },
    select: {
      id: true,
      aractId: true,
      dueOn: true,
      closedOn: true,
      participationId: true,
      messages: { select: { week: true } },
      participation: {
        select: {
          clusterId: true,
          company: { select: { name: true } },
          cluster: { select: { name: true, aract: { select: { name: true } } } },
          pairMembers: {
            where: { endedAt: null, side: { not: null }, person: { erasedAt: null } },
            select: { person: { select: { id: true, firstName: true, user: { select: { email: true, disabledAt: true } } } } },
          },
        },
      },
    },
  });
  const sending: FollowUpSending = { sent: 0, reminded: 0, withoutRecipient: 0 };
  for (const followUp of due) {
    const week = weekToSend(toDay(followUp.dueOn), followUp.messages.map((m) => m.week), today, false);
    if (week === null) continue;
    const recipients = followUp.participation.pairMembers.flatMap(({ person }) =>
      person.user && !person.user.disabledAt ? [{ firstName: person.firstName, email: person.user.email }] : [],
    );
    if (recipients.length === 0) {
      // Nobody of the pair can sign in: the staff's list says so, and invites them.
      sending.withoutRecipient += 1;
      continue;
    }
    try {
      if (await sendWeek(followUp, week, recipients)) {
        if (week === 0) sending.sent += 1;
        else sending.reminded += 1;
      }
    } catch (error) {
      log.error({ job: "follow-ups", followUpId: followUp.id, err: error }, "Envoi du suivi impossible.");
    }
  }
  return sending;
}

type Due = {
  id: string;
  aractId: string;
  closedOn: Date;
  participationId: string;
  messages: { week: number }[];
  participation: { clusterId: string; company: { name: string }; cluster: { name: string; aract: { name: string } } };
};

async function sendWeek(followUp: Due, week: number, recipients: { firstName: string; email: string }[]): Promise<boolean> {
  const { participation } = followUp;
  const callbackUrl = `/clusters/${participation.clusterId}/suivi/${followUp.participationId}`;
  return systemDb.$transaction(async (tx) => {
    const [message] = await tx.followUpMessage.createManyAndReturn({
      data: [{ aractId: followUp.aractId, followUpId: followUp.id, week, recipients: recipients.length }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!message) return false;
    await recordAudit(tx, {
      actorId: null,
      aractId: followUp.aractId,
      action: week === 0 ? "follow-up.sent" : "follow-up.reminded",
      entityType: "FollowUp",
      entityId: followUp.id,
      changes: { week, recipients: recipients.length },
    });
    for (const recipient of recipients) {
      const link = await createInvitationLink(recipient.email, INVITATION_MAX_AGE_SECONDS, callbackUrl);
      await enqueueEmail(
        followUpEmail({
          to: recipient.email,
          firstName: recipient.firstName,
          aractName: participation.cluster.aract.name,
          clusterName: participation.cluster.name,
          companyName: participation.company.name,
          closedOn: followUp.closedOn,
          reminder: followUp.messages.length > 0,
          link,
          expires: new Date(Date.now() + INVITATION_MAX_AGE_SECONDS * 1000),
        }),
        tx,
      );
    }
    return true;
  });
}
