import type { Scope } from "@/lib/auth/scope";

/**
 * What row-level security reads of a scope (transaction-local settings app.role, app.aract_id, and for a
 * company member the participations and persons they hold a pair seat for). Ids are cuids: no comma inside.
 */
export function scopeSettings(scope: Scope) {
  const member = scope.role === "COMPANY_MEMBER";
  return {
    role: scope.role as string,
    aractId: scope.aractId ?? "",
    participationIds: member ? scope.participationIds.join(",") : "",
    personIds: member ? scope.personIds.join(",") : "",
  };
}
