import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { listAuditFilterOptions } from "./queries";
import { auditRejectionNotice, parseAuditFilters } from "./schemas";

type RawParams = Record<string, string | string[] | undefined>;

/** The caller's filter options and the filters of the URL among them, with the notice for those set aside. */
export async function readAuditFilters(scope: Scope, raw: RawParams) {
  const options = await listAuditFilterOptions(scope);
  const { filters, rejected } = parseAuditFilters(raw, options);
  return { options, filters, rejected, notice: auditRejectionNotice(rejected) };
}
