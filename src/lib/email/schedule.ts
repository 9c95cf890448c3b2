import "server-only";
import { env } from "@/env";
import { deliverDueEmails } from "./mutations";
import { log } from "@/lib/log";

// The e-mail sender of the app, started by src/instrumentation.ts in every process: a round every two
// seconds sends what is due (new messages, retries). Processes share the work through the leases taken in
// deliverDueEmails, so a message goes once, whichever process takes it.

const ROUND_MS = 2_000;

const holder = globalThis as typeof globalThis & { emailTimer?: ReturnType<typeof setInterval> };

export function startEmailSender(): boolean {
  if (holder.emailTimer || !env().SMTP_URL) return false;
  let running = false;
  holder.emailTimer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const delivery = await deliverDueEmails();
      if (delivery.failed) log.warn({ job: "email", status: "retrying", ...delivery }, "E-mails refusés : nouvel essai plus tard.");
    } catch (error) {
      log.error({ job: "email", status: "failed", err: error }, "Envoi des e-mails impossible.");
    } finally {
      running = false;
    }
  }, ROUND_MS);
  holder.emailTimer.unref?.();
  return true;
}
