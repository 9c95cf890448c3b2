import "server-only";
import nodemailer from "nodemailer";
import { systemDb } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { nextAttemptAt, SEND_LEASE_MS } from "./rules";
import { log } from "@/lib/log";

export type Email = { to: string; subject: string; text: string; html: string };

type Writer = Pick<Prisma.TransactionClient, "outboxEmail">;

/**
 * Queues an e-mail in the caller's transaction: it exists if and only if the change that causes it is
 * committed, and leaves afterwards (deliverDueEmails), so that no transaction waits on a mail server.
 * Without a transaction (sign-in links), the system's connection writes it.
 */
export async function enqueueEmail(email: Email, writer: Writer = systemDb): Promise<void> {
  await writer.outboxEmail.createMany({ data: [email] });
  deliverSoon();
}

let transport: nodemailer.Transporter | undefined;

function smtp(url: string): nodemailer.Transporter {
  // Bounded waits: a mail server that hangs delays the next messages, never a request of the app.
  transport ??= nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return transport;
}

type Due = { id: string; to: string; subject: string; text: string; html: string; attempts: number };

export type Delivery = { sent: number; failed: number };

/**
 * Sends by SMTP what is due. Each message is first leased by a committed update (FOR UPDATE SKIP LOCKED):
 * two processes never take the same one, and a process that dies mid-send leaves it to be retried when
 * its lease ends. Sending happens outside any transaction; a failure reschedules with a growing delay.
 * Without SMTP_URL (outside production) the messages stay in the local outbox.
 */
export async function deliverDueEmails(now = new Date(), batch = 20): Promise<Delivery> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) return { sent: 0, failed: 0 };
  const due = await systemDb.$queryRaw<Due[]>`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${new Date(now.getTime() + SEND_LEASE_MS)}, "attempts" = "attempts" + 1
     WHERE "id" IN (SELECT "id" FROM "OutboxEmail" WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now}
                     ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
  const delivery: Delivery = { sent: 0, failed: 0 };
  for (const email of due) {
    try {
      await smtp(SMTP_URL).sendMail({ from: EMAIL_FROM, to: email.to, subject: email.subject, text: email.text, html: email.html });
      await systemDb.outboxEmail.updateMany({ where: { id: email.id }, data: { sentAt: new Date(), lastError: null } });
      delivery.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await systemDb.outboxEmail.updateMany({
        where: { id: email.id },
        data: { nextAttemptAt: nextAttemptAt(new Date(), email.attempts), lastError },
      });
      delivery.failed += 1;
    }
  }
  return delivery;
}

const holder = globalThis as typeof globalThis & { emailNudge?: ReturnType<typeof setTimeout> };

/**
 * Sends soon after the caller's transaction commits (a moment later; what is not committed yet waits for
 * the sender's next round, src/lib/email/schedule.ts).
 */
function deliverSoon(): void {
  if (holder.emailNudge || !env().SMTP_URL) return;
  holder.emailNudge = setTimeout(() => {
    holder.emailNudge = undefined;
    deliverDueEmails().catch((error) => log.error({ job: "email", status: "failed", err: error }, "Envoi des e-mails impossible."));
  }, 300);
  holder.emailNudge.unref?.();
}
