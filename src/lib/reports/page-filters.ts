import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { parseReportFilters, rejectionNotice } from "./filters";
import { cachedFilterOptions } from "./cache";
import { todayInFrance } from "@/lib/dates/day";

type RawParams = Record<string, string | string[] | undefined>;

/** The caller's filter options and the filters of the URL among them, with the notice for those set aside. */
export async function readReportFilters(scope: Scope, raw: RawParams) {
  const options = await cachedFilterOptions(scope, todayInFrance());
  const { filters, rejected } = parseReportFilters(raw, options);
  return { options, filters, rejected, notice: rejectionNotice(rejected) };
}
