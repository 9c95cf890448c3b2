import type { Scope } from "./scope";

// Tenant scoping written into queries' `where`: a record outside the scope is simply not found.

/** Rows that carry an aractId: the national team reads every Aract, everyone else their own. */
export function aractWhere(scope: Scope): { aractId?: string } {
  return scope.role === "NATIONAL" ? {} : { aractId: scope.aractId };
}

export function clusterWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") {
    return { aractId: scope.aractId, participations: { some: { id: { in: scope.participationIds } } } };
  }
  return aractWhere(scope);
}

export function participationWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") return { aractId: scope.aractId, id: { in: scope.participationIds } };
  return aractWhere(scope);
}

export function companyWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") {
    return { aractId: scope.aractId, participations: { some: { id: { in: scope.participationIds } } } };
  }
  return aractWhere(scope);
}
