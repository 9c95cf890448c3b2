import "server-only";
import { refreshReportFacts } from "./mutations";
import { processState } from "./process-state";

// When the report facts are recomputed: every Aract once a day (sessions become held) and in every
// ten-minute window (changes made outside the app), and an Aract as soon as a report reads it after a
// change recorded through the app (every server action marks its Aract). Refreshes run one at a time.

const TEN_MINUTES = 10 * 60_000;

/**
 * The ten-minute window of `now`. The facts are recomputed once per window, and the figures and pages
 * kept in memory belong to the window they were computed in: a change made outside the app shows in the
 * next window, ten minutes at most after it.
 */
export function freshnessWindow(now = Date.now()): number {
  return Math.floor(now / TEN_MINUTES);
}

/** How long the window of `now` lasts still, in milliseconds: what is kept in memory lives no longer. */
export function untilWindowEnd(now = Date.now()): number {
  return (freshnessWindow(now) + 1) * TEN_MINUTES - now;
}

type State = {
  fullDay: string | null;
  fullWindow: number;
  /** Bumped by a change concerning every Aract: a full refresh that began before it is not enough. */
  generation: number;
  stale: Set<string>;
  queue: Promise<void>;
};

const state = () =>
  processState<State>("facts", () => ({
    fullDay: null,
    fullWindow: -1,
    generation: 0,
    stale: new Set(),
    queue: Promise.resolve(),
  }));

/** A change in this Aract (null: one concerning every Aract) makes its facts stale. */
export function markFactsStale(aractId: string | null): void {
  const s = state();
  if (aractId === null) s.generation += 1;
  else s.stale.add(aractId);
}

async function refreshIfNeeded(aractId: string | null, today: string, now: number): Promise<void> {
  const s = state();
  if (s.fullDay !== today || s.generation !== 0 || s.fullWindow !== freshnessWindow(now)) {
    const generation = s.generation;
    s.stale.clear();
    await refreshReportFacts(null, today);
    s.generation -= generation;
    s.fullDay = today;
    s.fullWindow = freshnessWindow(now);
    return;
  }
  const needed = aractId === null ? [...s.stale] : s.stale.has(aractId) ? [aractId] : [];
  if (needed.length === 0) return;
  for (const id of needed) s.stale.delete(id);
  try {
    await refreshReportFacts(needed, today);
  } catch (error) {
    for (const id of needed) s.stale.add(id);
    throw error;
  }
}

/** Makes sure the facts a report of this Aract (null: the network) reads are up to date. */
export function ensureFreshFacts(aractId: string | null, today: string, now = Date.now()): Promise<void> {
  const s = state();
  const run = s.queue.then(() => refreshIfNeeded(aractId, today, now));
  s.queue = run.catch(() => {});
  return run;
}
