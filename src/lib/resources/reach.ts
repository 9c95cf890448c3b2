import { isNational, type Scope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/generated/prisma/client";

// Who reaches which resource, as a where clause of the queries (row-level security says the same).

export function visibleWhere(scope: Scope): Prisma.ResourceWhereInput {
  if (scope.role === "COMPANY_MEMBER") {
    const mine = { cluster: { participations: { some: { id: { in: scope.participationIds } } } } };
    return { OR: [{ clusters: { some: mine } }, { sessions: { some: { session: mine } } }] };
  }
  const network: Prisma.ResourceWhereInput[] = [{ aractId: null }, { sharedWithNetwork: true }];
  return { OR: isNational(scope) ? network : [...network, { aractId: scope.aractId }] };
}

/** Whether the caller edits the resource: its Aract's staff, or the national side for a national one. */
export function canEditResource(scope: Scope, resource: { aractId: string | null }): boolean {
  if (!can(scope.role, "resource:publish")) return false;
  return isNational(scope) ? resource.aractId === null : resource.aractId === scope.aractId;
}
