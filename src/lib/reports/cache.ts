import "server-only";
import { LRUCache } from "lru-cache";
import type { Scope } from "@/lib/auth/scope";
import { computeReport, loadFilterOptions, reportAractId, type Report } from "./queries";
import { freshnessWindow, markFactsStale, untilWindowEnd } from "./freshness";
import { processState } from "./process-state";
import type { FilterOptions, ReportFilters } from "./filters";

// What the reports keep in memory: the figures of each Aract and filters, and the rendered report pages
// (page-cache.ts). Both are kept until a change in their Aract (every server action invalidates its
// caller's Aract, facts included) and end with the ten-minute window they were computed in, like the
// facts, for changes made outside the app. The promise is kept, not its value, so that simultaneous first
// visits share one computation.

const NATIONAL = "national";

type Store = LRUCache<string, Promise<unknown>>;

const figureStore = () => processState<Store>("figures", () => new LRUCache({ max: 500 }));
// Pages are weighed by their bytes once rendered (one being rendered weighs one): 32 MiB at most, and a
// page heavier than that is not kept.
const pageStore = () =>
  processState<Store>("pages", () => new LRUCache({ maxSize: 32 * 2 ** 20, sizeCalculation: () => 1 }));

type Keeping<T> = {
  /** Whether a computed value may be kept (otherwise it is forgotten as soon as it is there). */
  keep?: (value: T) => boolean;
  /** What a kept value weighs, for a store bounded by size. */
  sizeOf?: (value: T) => number;
};

/**
 * The value under `key` for this Aract (null: the whole network), computed once and kept until
 * invalidated or until the end of its ten-minute window, and whether it was already there.
 */
function cached<T>(
  store: Store,
  aractId: string | null,
  key: string,
  compute: () => Promise<T>,
  { keep = () => true, sizeOf }: Keeping<T> = {},
): { value: Promise<T>; hit: boolean } {
  const fullKey = `${aractId ?? NATIONAL}|${freshnessWindow()}|${key}`;
  const hit = store.get(fullKey) as Promise<T> | undefined;
  if (hit) return { value: hit, hit: true };
  const value = compute();
  store.set(fullKey, value, { ttl: untilWindowEnd() });
  const current = () => store.peek(fullKey) === value;
  value.then(
    (resolved) => {
      if (!current()) return;
      if (!keep(resolved)) store.delete(fullKey);
      // Kept again as a new settled promise, now that its size is known.
      else if (sizeOf) store.set(fullKey, Promise.resolve(resolved), { size: sizeOf(resolved), ttl: untilWindowEnd() });
    },
    () => current() && store.delete(fullKey),
  );
  return { value, hit: false };
}

/** The report of the caller's Aract (or the network): shared by every caller of the same Aract. */
export function cachedReport(scope: Scope, filters: ReportFilters, today: string): Promise<Report> {
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return cached(figureStore(), reportAractId(scope), `report|${today}|${JSON.stringify(sorted)}`, () =>
    computeReport(scope, filters, today),
  ).value;
}

/** The filter options depend only on the caller's Aract (or the whole network). */
export function cachedFilterOptions(scope: Scope): Promise<FilterOptions> {
  return cached(figureStore(), reportAractId(scope), "options", () => loadFilterOptions(scope)).value;
}

/** A rendered report page of this Aract (null: the network), rendered once and kept when `keep` says so. */
export function cachedPage<T extends { body: ArrayBuffer }>(
  aractId: string | null,
  key: string,
  render: () => Promise<T>,
  keep: (page: T) => boolean,
) {
  return cached(pageStore(), aractId, key, render, { keep, sizeOf: (page) => Math.max(1, page.body.byteLength) });
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
