import "server-only";
import { LRUCache } from "lru-cache";
import type { Scope } from "@/lib/auth/scope";
import { computeReport, loadFilterOptions, reportAractId, type Report } from "./queries";
import { ensureFreshFacts } from "./facts/freshness";
import { processState } from "./process-state";
import type { FilterOptions } from "./filter-params";
import type { ReportFilters } from "./filters";

// What the reports keep in memory: the figures of each Aract and filters, under the key of the facts they
// were computed from (./facts/freshness.ts: the version of every Aract's records they reflect, and the day).
// Nothing is ever invalidated: a change anywhere, through any app instance, bumps a version in the
// database, so the next request reads another key and computes the figures again; old entries leave
// the store as it fills. The promise is kept, not its value, so that simultaneous first visits share one
// computation.

type Store = LRUCache<string, Promise<unknown>>;

const figureStore = () => processState<Store>("figures", () => new LRUCache({ max: 500 }));

/** The value under `key` for these facts, computed once per process. */
function cached<T>(facts: string, key: string, compute: () => Promise<T>): Promise<T> {
  const store = figureStore();
  const fullKey = `${facts}|${key}`;
  const hit = store.get(fullKey) as Promise<T> | undefined;
  if (hit) return hit;
  const value = compute();
  store.set(fullKey, value);
  // A failure is not kept: the next caller computes again.
  value.catch(() => store.peek(fullKey) === value && store.delete(fullKey));
  return value;
}

/** The report of the caller's Aract (or the network): shared by every caller of the same Aract. */
export async function cachedReport(scope: Scope, filters: ReportFilters, today: string): Promise<Report> {
  const aractId = reportAractId(scope);
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return cached(await ensureFreshFacts(aractId, today), `report|${aractId}|${JSON.stringify(sorted)}`, () =>
    computeReport(scope, filters, today),
  );
}

/** The filter options depend only on the caller's Aract (or the whole network) and its records. */
export async function cachedFilterOptions(scope: Scope, today: string): Promise<FilterOptions> {
  const aractId = reportAractId(scope);
  return cached(await ensureFreshFacts(aractId, today), `options|${aractId}`, () => loadFilterOptions(scope));
}
