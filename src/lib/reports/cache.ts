import "server-only";
import { LRUCache } from "lru-cache";
import type { Scope } from "@/lib/auth/scope";
import { computeReport, loadFilterOptions, reportAractId, type Report } from "./queries";
import { markFactsStale } from "./freshness";
import { processState } from "./process-state";
import type { FilterOptions, ReportFilters } from "./filters";

// The dashboards' figures change only when someone records something: they are kept in memory until a
// change in their Aract (every server action invalidates its caller's Aract, facts included), or for ten
// minutes at most, like the facts, for changes made outside the app. The promise is kept, not its value,
// so that simultaneous first visits share one computation.

const TEN_MINUTES = 10 * 60_000;
const NATIONAL = "national";

const store = () => processState("figures", () => new LRUCache<string, Promise<unknown>>({ max: 500, ttl: TEN_MINUTES }));

/** The value under `key` for this Aract (null: the whole network), computed once until invalidated. */
function cached<T>(aractId: string | null, key: string, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${aractId ?? NATIONAL}|${key}`;
  const cache = store();
  const hit = cache.get(fullKey) as Promise<T> | undefined;
  if (hit) return hit;
  const value = compute();
  cache.set(fullKey, value);
  value.catch(() => cache.delete(fullKey));
  return value;
}

export function cachedReport(aractId: string | null, filters: ReportFilters, today: string): Promise<Report> {
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return cached(aractId, `report|${today}|${JSON.stringify(sorted)}`, () => computeReport(aractId, filters, today));
}

/** The filter options depend only on the caller's Aract (or the whole network). */
export function cachedFilterOptions(scope: Scope): Promise<FilterOptions> {
  return cached(reportAractId(scope), "options", () => loadFilterOptions(scope));
}

/** Forgets what a change in this Aract may alter: its facts, its own entries and the national ones (null: all). */
export function invalidateReports(aractId: string | null): void {
  markFactsStale(aractId);
  const cache = store();
  for (const key of cache.keys()) {
    if (aractId === null || key.startsWith(`${aractId}|`) || key.startsWith(`${NATIONAL}|`)) cache.delete(key);
  }
}
