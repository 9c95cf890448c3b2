import { isNational, type Scope } from "./scope";
import { can, type Permission } from "./policy";

// Tenant scoping written into queries' `where`: a record outside the scope is simply not found.
// Callers spread these next to their own conditions (`{ id, ...participationWhere(scope) }`): a company
// member's restriction therefore sits inside AND, where no key of the caller can overwrite it.

/** Rows that carry an aractId: the national team reads every Aract, everyone else their own. */
export function aractWhere(scope: Scope): { aractId?: string } {
  return isNational(scope) ? {} : { aractId: scope.aractId };
}

export function clusterWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") {
    return { aractId: scope.aractId, AND: [{ participations: { some: { id: { in: scope.participationIds } } } }] };
  }
  return aractWhere(scope);
}

export function participationWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") return { aractId: scope.aractId, AND: [{ id: { in: scope.participationIds } }] };
  return aractWhere(scope);
}

export function companyWhere(scope: Scope) {
  if (scope.role === "COMPANY_MEMBER") {
    return { aractId: scope.aractId, AND: [{ participations: { some: { id: { in: scope.participationIds } } } }] };
  }
  return aractWhere(scope);
}

/**
 * The participations whose records a caller writes on the company's side (its indicators, its follow-up):
 * the Aract's staff, any of their Aract's; a company member, their own company's while they sit in its
 * pair. The national team writes none (null).
 */
export function pairWritableWhere(scope: Scope, participationId: string) {
  if (isNational(scope)) return null;
  if (scope.role !== "COMPANY_MEMBER") return { id: participationId, aractId: scope.aractId };
  if (!scope.participationIds.includes(participationId)) return null;
  return { id: participationId, aractId: scope.aractId, pairMembers: { some: ownPairSeatWhere(scope) } };
}

/** A company member's own seats in a pair, still held (none for anyone else). */
export function ownPairSeatWhere(scope: Scope) {
  return { endedAt: null, side: { not: null }, personId: { in: scope.role === "COMPANY_MEMBER" ? scope.personIds : [] } };
}

/**
 * Whether the caller writes a participation's company-side records, as its page says: a company member
 * when they hold a seat in its pair (`ownSeats`, read with ownPairSeatWhere), anyone else by `permission`.
 */
export function writesOnCompanySide(scope: Scope, permission: Permission, ownSeats: number): boolean {
  return scope.role === "COMPANY_MEMBER" ? ownSeats > 0 : can(scope.role, permission);
}
