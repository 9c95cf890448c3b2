import type { Scope } from "@/lib/auth/scope";

/**
 * Whose programmes the caller manages: the national ones (null) for the national administrator, their own
 * Aract's regional ones for an Aract administrator; nobody else's (undefined). The policy already keeps
 * `programme:manage` to these two roles; this says which rows they are.
 */
export function managedOwner(scope: Scope): string | null | undefined {
  if (scope.role === "NATIONAL_ADMIN") return null;
  if (scope.role === "ARACT_ADMIN") return scope.aractId;
  return undefined;
}

/** Euros typed in a form as the cents stored (BigInt), as the clusters' amounts are. */
export const centsOf = (euros: number | undefined): bigint | null =>
  euros === undefined ? null : BigInt(Math.round(euros * 100));

export const eurosOf = (cents: bigint | null): number | undefined => (cents === null ? undefined : Number(cents) / 100);

/** "2014 – 2015", "depuis 2011", "jusqu'en 2020", or null when no year is known. */
export function formatYears(startYear: number | null, endYear: number | null): string | null {
  if (startYear !== null && endYear !== null)
    return startYear === endYear ? String(startYear) : `${startYear} – ${endYear}`;
  if (startYear !== null) return `depuis ${startYear}`;
  if (endYear !== null) return `jusqu'en ${endYear}`;
  return null;
}
