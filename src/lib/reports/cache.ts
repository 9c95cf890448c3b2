import "server-only";
import { LRUCache } from "lru-cache";
import type { Scope } from "@/lib/auth/scope";
import { computeReport, loadFilterOptions, reportAractId, type Report } from "./queries";
import { freshnessWindow, markFactsStale, untilWindowEnd } from "./freshness";
import { processState } from "./process-state";
import type { FilterOptions, ReportFilters } from "./filters";

// What the reports keep in memory: the figures of each Aract and filters, kept until a change in their
// Aract (every server action invalidates its caller's Aract, facts included) and ending with the ten-minute
// window they were computed in, like the facts, for changes made outside the app. The promise is kept,
// not its value, so that simultaneous first visits share one computation.

const NATIONAL = "national";

type Store = LRUCache<string, Promise<unknown>>;

const figureStore = () => processState<Store>("figures", () => new LRUCache({ max: 500 }));

/**
 * The value under `key` for this Aract (null: the whole network), computed once and kept until
 * invalidated or until the end of its ten-minute window.
 */
function cached<T>(aractId: string | null, key: string, compute: () => Promise<T>): Promise<T> {
  const store = figureStore();
  const fullKey = `${aractId ?? NATIONAL}|${freshnessWindow()}|${key}`;
  const hit = store.get(fullKey) as Promise<T> | undefined;
  if (hit) return hit;
  const value = compute();
  store.set(fullKey, value, { ttl: untilWindowEnd() });
  // A failure is not kept: the next caller computes again.
  value.catch(() => store.peek(fullKey) === value && store.delete(fullKey));
  return value;
}

/** The report of the caller's Aract (or the network): shared by every caller of the same Aract. */
export function cachedReport(scope: Scope, filters: ReportFilters, today: string): Promise<Report> {
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return cached(reportAractId(scope), `report|${today}|${JSON.stringify(sorted)}`, () =>
    computeReport(scope, filters, today),
  );
}

/** The filter options depend only on the caller's Aract (or the whole network). */
export function cachedFilterOptions(scope: Scope): Promise<FilterOptions> {
  return cached(reportAractId(scope), "options", () => loadFilterOptions(scope));
}

/** Forgets what a change in this Aract may alter: its facts, its own entries and the national ones (null: all). */
export function invalidateReports(aractId: string | null): void {
  markFactsStale(aractId);
  const store = figureStore();
  for (const key of store.keys()) {
    if (aractId === null || key.startsWith(`${aractId}|`) || key.startsWith(`${NATIONAL}|`)) store.delete(key);
  }
}
