import "server-only";
import { todayInFrance } from "@/lib/dates/day";
import { log } from "@/lib/log";
import { refreshStaleFacts } from "./mutations";

// The facts worker, started by src/instrumentation.ts in every process: a round every minute refreshes
// the facts that are stale (a change, a new day), outside any request. The rounds of several processes
// share one advisory lock: a round that finds it taken leaves the work to the process holding it.

const ROUND_MS = 60_000;

const holder = globalThis as typeof globalThis & { factsTimer?: ReturnType<typeof setInterval> };

export function startFactsSchedule(): void {
  if (holder.factsTimer) return;
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const refreshed = await refreshStaleFacts(null, todayInFrance(), { wait: false });
      if (refreshed.length) log.info({ job: "report-facts", aracts: refreshed.length }, "Chiffres des rapports recalculés.");
    } catch (error) {
      log.error({ job: "report-facts", status: "failed", err: error }, "Recalcul des chiffres des rapports impossible.");
    } finally {
      running = false;
    }
  };
  holder.factsTimer = setInterval(round, ROUND_MS);
  holder.factsTimer.unref?.();
  void round();
}
