import "server-only";
import nodemailer from "nodemailer";
import { systemDb } from "@/lib/db";
import { env } from "@/env";

export type Email = { to: string; subject: string; text: string; html: string };

let transport: nodemailer.Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set; otherwise keeps the message in the local outbox
 * (the OutboxEmail table, shown at /boite-d-envoi), which env.ts forbids in production.
 */
export async function sendEmail(email: Email): Promise<void> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: EMAIL_FROM, ...email });
    return;
  }
  await systemDb.outboxEmail.create({ data: email });
}
