import "server-only";
import { refreshReportFacts } from "./mutations";
import { processState } from "./process-state";

// When the report facts are recomputed: every Aract once a day (sessions become held) and at the latest
// every ten minutes (changes made outside the app), and an Aract as soon as a report reads it after a
// change recorded through the app (every server action marks its Aract). Refreshes run one at a time.

const TEN_MINUTES = 10 * 60_000;

type State = {
  fullDay: string | null;
  fullAt: number;
  /** Bumped by a change concerning every Aract: a full refresh that began before it is not enough. */
  generation: number;
  stale: Set<string>;
  queue: Promise<void>;
};

const state = () =>
  processState<State>("facts", () => ({ fullDay: null, fullAt: 0, generation: 0, stale: new Set(), queue: Promise.resolve() }));

/** A change in this Aract (null: one concerning every Aract) makes its facts stale. */
export function markFactsStale(aractId: string | null): void {
  const s = state();
  if (aractId === null) s.generation += 1;
  else s.stale.add(aractId);
}

async function refreshIfNeeded(aractId: string | null, today: string, now: number): Promise<void> {
  const s = state();
  if (s.fullDay !== today || s.generation !== 0 || now - s.fullAt > TEN_MINUTES) {
    const generation = s.generation;
    s.stale.clear();
    await refreshReportFacts(null, today);
    s.generation -= generation;
    s.fullDay = today;
    s.fullAt = now;
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
