import "server-only";
import { LRUCache } from "lru-cache";
import type { Scope } from "@/lib/auth/scope";
import { computeReport, loadFilterOptions, reportAractId, type Report } from "./queries";
import { freshnessWindow, markFactsStale } from "./freshness";
import { processState } from "./process-state";
import type { FilterOptions, ReportFilters } from "./filters";

// What the reports keep in memory: the figures of each Aract and filters, and the rendered report pages
// (page-cache.ts). Both are kept until a change in their Aract (every server action invalidates its
// caller's Aract, facts included) and belong to the ten-minute window they were computed in, like the
// facts, for changes made outside the app. The promise is kept, not its value, so that simultaneous first
// visits share one computation.

const TEN_MINUTES = 10 * 60_000;
const NATIONAL = "national";

type Store = LRUCache<string, Promise<unknown>>;

const figureStore = () => processState<Store>("figures", () => new LRUCache({ max: 500, ttl: TEN_MINUTES }));
// A report page weighs about 100 kB: two hundred of them stay under 25 MB.
const pageStore = () => processState<Store>("pages", () => new LRUCache({ max: 200, ttl: TEN_MINUTES }));

/**
 * The value under `key` for this Aract (null: the whole network), computed once until invalidated or
 * until `keep` refuses it, and whether it was already there.
 */
function cached<T>(
  store: Store,
  aractId: string | null,
  key: string,
  compute: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
): { value: Promise<T>; hit: boolean } {
  const fullKey = `${aractId ?? NATIONAL}|${freshnessWindow()}|${key}`;
  const hit = store.get(fullKey) as Promise<T> | undefined;
  if (hit) return { value: hit, hit: true };
  const value = compute();
  store.set(fullKey, value);
  const forget = () => {
    if (store.peek(fullKey) === value) store.delete(fullKey);
  };
  value.then((resolved) => keep(resolved) || forget(), forget);
  return { value, hit: false };
}

export function cachedReport(aractId: string | null, filters: ReportFilters, today: string): Promise<Report> {
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return cached(figureStore(), aractId, `report|${today}|${JSON.stringify(sorted)}`, () =>
    computeReport(aractId, filters, today),
  ).value;
}

/** The filter options depend only on the caller's Aract (or the whole network). */
export function cachedFilterOptions(scope: Scope): Promise<FilterOptions> {
  return cached(figureStore(), reportAractId(scope), "options", () => loadFilterOptions(scope)).value;
}

/** A rendered report page of this Aract (null: the network), rendered once and kept while `keep` says so. */
export function cachedPage<T>(aractId: string | null, key: string, render: () => Promise<T>, keep: (page: T) => boolean) {
  return cached(pageStore(), aractId, key, render, keep);
}

/** Forgets what a change in this Aract may alter: its facts, its own entries and the national ones (null: all). */
export function invalidateReports(aractId: string | null): void {
  markFactsStale(aractId);
  for (const store of [figureStore(), pageStore()]) {
    for (const key of store.keys()) {
      if (aractId === null || key.startsWith(`${aractId}|`) || key.startsWith(`${NATIONAL}|`)) store.delete(key);
    }
  }
}
