import "server-only";
import { processState } from "../process-state";
import { refreshStaleFacts } from "./mutations";
import { factsStates } from "./queries";
import { factsKey, isStale } from "./state";

// When the report facts are recomputed. Triggers on the records bump an Aract's version in every
// transaction that moves one of its figures (ReportChange, see prisma/schema.prisma), whoever writes:
// any app instance, a script, SQL. An Aract's facts are stale when they were computed for an older
// version or another day (sessions become held). The facts worker (./schedule.ts) refreshes what
// is stale in the background, in one process at a time; a report read refreshes its own Aract's facts
// (or the network's) first when a change came after the worker's last round, so that a change shows at
// the next request. Refreshes are serialized across processes by an advisory lock and record what they
// computed (ReportFactsState), so that no two processes compute the same facts twice.

/** One refresh at a time in this process: simultaneous readers of stale facts wait for the same one. */
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const state = processState<{ queue: Promise<unknown> }>("facts", () => ({ queue: Promise.resolve() }));
  const run = state.queue.then(work);
  state.queue = run.catch(() => {});
  return run;
}

/**
 * Makes sure the facts a report of this Aract (null: the network) reads are up to date, and returns what
 * they were computed for, as a key: figures kept under it stay right until a change or the next day.
 */
export async function ensureFreshFacts(aractId: string | null, today: string): Promise<string> {
  let states = await factsStates(aractId);
  if (states.some((state) => isStale(state, today))) {
    await serialized(() => refreshStaleFacts(aractId, today));
    states = await factsStates(aractId);
  }
  return factsKey(states, today);
}
