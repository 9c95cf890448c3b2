import "server-only";
import { retentionJobEnabled } from "@/env";
import { runDailyRetention } from "./mutations";
import { log } from "@/lib/log";

// The daily retention job of the app, started by src/instrumentation.ts. Every process of the deployment
// schedules it at the same hour; the advisory lock taken by the run (see retention.ts) lets only one of
// them work, the others find it taken and skip. A run anonymizes only who is due: running twice is harmless.

const DAY_MS = 24 * 3600 * 1000;
/** 03:30 in France: a quiet hour, after the night's backups. */
const HOUR_IN_FRANCE = 3;
const MINUTE = 30;

const holder = globalThis as typeof globalThis & { retentionTimer?: ReturnType<typeof setTimeout> };

/** Milliseconds from `now` to the next 03:30 Europe/Paris; less than a minute away counts as the day after. */
export function delayUntilNextRun(now: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const sinceMidnight = ((value("hour") * 60 + value("minute")) * 60 + value("second")) * 1000 + now.getMilliseconds();
  const target = (HOUR_IN_FRANCE * 60 + MINUTE) * 60 * 1000;
  const delay = (target - sinceMidnight + DAY_MS) % DAY_MS;
  // A timer that fires a little early must not run the job twice in one night.
  return delay < 60_000 ? delay + DAY_MS : delay;
}

async function runOnce(): Promise<void> {
  try {
    const run = await runDailyRetention();
    if (run.status === "locked") {
      log.info({ job: "retention", status: "skipped", reason: "another process holds the lock" }, "Conservation : un autre processus la fait.");
      return;
    }
    log.info({ job: "retention", status: "done", anonymized: run.candidates.length, cutoff: run.cutoff }, "Conservation faite.");
  } catch (error) {
    log.error({ job: "retention", status: "failed", err: error }, "Conservation impossible.");
  }
}

function scheduleNext(): void {
  const delay = delayUntilNextRun(new Date());
  console.info(JSON.stringify({ job: "retention", status: "scheduled", at: new Date(Date.now() + delay).toISOString() }));
  holder.retentionTimer = setTimeout(async () => {
    await runOnce();
    scheduleNext();
  }, delay);
  // The job never keeps the process alive on its own.
  holder.retentionTimer.unref?.();
}

/** Starts the daily job once per process, when enabled (production, or RETENTION_JOB=on). */
export function startRetentionSchedule(): boolean {
  if (!retentionJobEnabled() || holder.retentionTimer) return false;
  scheduleNext();
  return true;
}
