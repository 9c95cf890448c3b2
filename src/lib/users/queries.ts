import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type NationalScope, type Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import type { StaffRole } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";

export type AractUser = {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  lastSignInAt: Date | null;
  disabled: boolean;
};

const userSelect = { id: true, name: true, email: true, disabledAt: true, lastSignInAt: true } as const;

const userRow = (
  user: { id: string; name: string | null; email: string; disabledAt: Date | null; lastSignInAt: Date | null },
  roles: StaffRole[],
) => ({
  id: user.id,
  name: user.name ?? user.email,
  email: user.email,
  roles,
  lastSignInAt: user.lastSignInAt,
  disabled: user.disabledAt !== null,
});

/** The staff of the caller's Aract with their roles. Company members are managed with their cluster. */
export async function listAractUsers(scope: Scope): Promise<AractUser[]> {
  if (isNational(scope) || scope.role === "COMPANY_MEMBER") return [];
  const users = await scopedDb(scope).user.findMany({
    where: { memberships: { some: { aractId: scope.aractId } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { ...userSelect, memberships: { where: { aractId: scope.aractId }, select: { role: true } } },
  });
  return users.map((user) =>
    userRow(
      user,
      user.memberships.map((m) => m.role),
    ),
  );
}

/** The clusters a person is in charge of that still run (an evaluated cluster keeps its team as it was). */
export function openClustersInCharge(
  scope: AractScope,
  userId: string,
  client: Pick<Prisma.TransactionClient, "cluster"> = scopedDb(scope),
) {
  const aractId = scope.aractId;
  return client.cluster.findMany({
    where: { aractId, status: { not: "EVALUATED" }, staff: { some: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export type NetworkUser = AractUser & { aractName: string | null };

/** Every staff member of the network, national side included, for the national administrator (read-only). */
export async function listNetworkUsers(scope: NationalScope): Promise<NetworkUser[]> {
  const memberships = await scopedDb(scope).membership.findMany({
    orderBy: [{ aract: { name: "asc" } }, { user: { name: "asc" } }],
    select: { role: true, aract: { select: { name: true } }, user: { select: userSelect } },
  });
  return memberships.map((m) => ({ ...userRow(m.user, [m.role]), aractName: m.aract?.name ?? null }));
}

export type StaffMember = AractUser & {
  role: StaffRole;
  /** The running clusters they are in charge of: handed over before a deactivation. */
  clusters: { id: string; name: string }[];
  /** The active colleagues a cluster may be handed to. */
  colleagues: { id: string; name: string }[];
};

/** A staff member of the caller's Aract as their page shows them; null when not of this Aract. */
export async function getStaffMember(scope: AractScope, userId: string): Promise<StaffMember | null> {
  const user = await scopedDb(scope).user.findFirst({
    where: { id: userId, memberships: { some: { aractId: scope.aractId } } },
    select: { ...userSelect, memberships: { where: { aractId: scope.aractId }, select: { role: true } } },
  });
  if (!user) return null;
  const [clusters, colleagues] = await Promise.all([
    openClustersInCharge(scope, userId),
    scopedDb(scope).user.findMany({
      where: { id: { not: userId }, disabledAt: null, memberships: { some: { aractId: scope.aractId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const roles = user.memberships.map((m) => m.role);
  return {
    ...userRow(user, roles),
    role: roles[0] ?? "CHARGE_DE_MISSION",
    clusters,
    colleagues: colleagues.map((c) => ({ id: c.id, name: c.name ?? c.email })),
  };
}
