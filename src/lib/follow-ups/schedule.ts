import "server-only";
import { env } from "@/env";
import { log } from "@/lib/log";
import { sendDueFollowUps } from "./sending/mutations";

// The follow-ups' worker, started by src/instrumentation.ts in every process: a round (every minute unless
// FOLLOW_UP_ROUND_SECONDS says otherwise) sends the e-mails due today. Processes share the work through
// the unique (follow-up, week) of the messages: each e-mail goes once, whichever process gets there first.

const holder = globalThis as typeof globalThis & { followUpTimer?: ReturnType<typeof setInterval> };

export function startFollowUpSchedule(): void {
  if (holder.followUpTimer) return;
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const sending = await sendDueFollowUps();
      if (sending.sent || sending.reminded) log.info({ job: "follow-ups", ...sending }, "Suivis envoyés.");
    } catch (error) {
      log.error({ job: "follow-ups", status: "failed", err: error }, "Envoi des suivis impossible.");
    } finally {
      running = false;
    }
  };
  holder.followUpTimer = setInterval(round, env().FOLLOW_UP_ROUND_SECONDS * 1000);
  holder.followUpTimer.unref?.();
  void round();
}
