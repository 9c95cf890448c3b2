import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { loadUserAccess } from "./queries";
import { sessionUserId } from "./session";
import { can, type Permission, type Role } from "./policy";

// The only builder of a Scope: who the caller is and what part of the data they may see.
// Every page, server action and route handler starts with requireScope(permission).

type Base = { userId: string; name: string; email: string };

export type Scope =
  | (Base & { role: "NATIONAL" | "NATIONAL_ADMIN"; aractId: null; aractName: null })
  | (Base & { role: "ARACT_ADMIN" | "CHARGE_DE_MISSION"; aractId: string; aractName: string })
  | (Base & {
      role: "COMPANY_MEMBER";
      aractId: string;
      aractName: string;
      /** The participations where the caller holds an active pair seat. */
      participationIds: string[];
      personIds: string[];
    });

const STAFF_PRECEDENCE: Role[] = ["NATIONAL_ADMIN", "NATIONAL", "ARACT_ADMIN", "CHARGE_DE_MISSION"];

/** The national side (team and administrator): every Aract, no Aract of its own. */
export type NationalScope = Extract<Scope, { aractId: null }>;

export function isNational(scope: Scope): scope is NationalScope {
  return scope.aractId === null;
}

/** Builds the scope of a user from the database; null when the user has no access at all. */
export async function buildScope(userId: string): Promise<Scope | null> {
  const user = await loadUserAccess(userId);
  if (!user) return null;
  const base: Base = { userId: user.id, name: user.name ?? user.email, email: user.email };

  for (const role of STAFF_PRECEDENCE) {
    const membership = user.memberships.find((m) => m.role === role);
    if (!membership) continue;
    if (role === "NATIONAL" || role === "NATIONAL_ADMIN") return { ...base, role, aractId: null, aractName: null };
    if (membership.aract) {
      const staffRole = role as "ARACT_ADMIN" | "CHARGE_DE_MISSION";
      return { ...base, role: staffRole, aractId: membership.aract.id, aractName: membership.aract.name };
    }
  }

  const seated = user.persons.filter((p) => p.pairSeats.length > 0);
  const aract = seated[0]?.aract;
  if (!aract) return null;
  // A person belongs to one Aract; should one user sit in pairs of two Aracts, the first one wins.
  const own = seated.filter((p) => p.aract.id === aract.id);
  return {
    ...base,
    role: "COMPANY_MEMBER",
    aractId: aract.id,
    aractName: aract.name,
    participationIds: own.flatMap((p) => p.pairSeats.map((s) => s.participationId)),
    personIds: own.map((p) => p.id),
  };
}

/** The caller's scope, once per request; null when signed out or without access. */
export const getScope = cache(async (): Promise<Scope | null> => {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const userId = await sessionUserId(jar, { userAgent: requestHeaders.get("user-agent") });
  return userId ? buildScope(userId) : null;
});

/**
 * For pages: signed-out callers go to the sign-in page; a permission the role lacks answers 404,
 * like a record outside the caller's scope, so that nothing tells what exists.
 */
export async function requireScope(permission: Permission): Promise<Scope> {
  const scope = await getScope();
  if (!scope) redirect("/connexion");
  if (!can(scope.role, permission)) notFound();
  return scope;
}

/** For route handlers and actions: the scope, or null when the caller may not do this. */
export async function authorize(permission: Permission): Promise<Scope | null> {
  const scope = await getScope();
  return scope && can(scope.role, permission) ? scope : null;
}
