import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { recordAudit } from "./record";
import { auditFilterParams, type AuditFilters } from "./schemas";

/**
 * An export of the trail carries people's names and what they did: it is itself recorded, with its
 * filters, in the caller's Aract (or the Aract the national administrator picked), where its
 * administrator reads it.
 */
export async function recordAuditExport(scope: Scope, filters: AuditFilters, rows: number): Promise<void> {
  const aractId = scope.aractId ?? filters.aract ?? null;
  await recordAudit(scopedDb(scope), {
    actorId: scope.userId,
    aractId,
    action: "audit.exported",
    entityType: "AuditTrail",
    entityId: aractId ?? "reseau",
    changes: { filters: auditFilterParams(filters), rows },
  });
}
