import "server-only";
import { LRUCache } from "lru-cache";
import { computeReport, type Report } from "./queries";
import type { ReportFilters } from "./filters";

// The dashboards' figures are costly (every attendance row of the network) and change only when someone
// records something: they are kept in memory until a change in their Aract (every server action
// invalidates its caller's Aract), or for ten minutes at most for changes made outside the app. The
// promise is kept, not its value, so that simultaneous first visits share one computation.

type Entry = Promise<Report>;
const TEN_MINUTES = 10 * 60_000;
const NATIONAL = "national";

// One cache per process, whichever route bundle loads this module.
const holder = globalThis as typeof globalThis & { reportCache?: LRUCache<string, Entry> };
const cache = (holder.reportCache ??= new LRUCache<string, Entry>({ max: 500, ttl: TEN_MINUTES }));

function cacheKey(aractId: string | null, filters: ReportFilters, today: string): string {
  const sorted = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return `${aractId ?? NATIONAL}|${today}|${JSON.stringify(sorted)}`;
}

export function cachedReport(aractId: string | null, filters: ReportFilters, today: string): Promise<Report> {
  const key = cacheKey(aractId, filters, today);
  const hit = cache.get(key);
  if (hit) return hit;
  const report = computeReport(aractId, filters, today);
  cache.set(key, report);
  report.catch(() => cache.delete(key));
  return report;
}

/** Forgets the figures a change in this Aract may alter: its own and the national ones (null: all). */
export function invalidateReports(aractId: string | null): void {
  for (const key of cache.keys()) {
    if (aractId === null || key.startsWith(`${aractId}|`) || key.startsWith(`${NATIONAL}|`)) cache.delete(key);
  }
}
