import "server-only";
import { db } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import type { StaffRole } from "@/generated/prisma/enums";

export type AractUser = {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  lastSignInAt: Date | null;
  disabled: boolean;
};

/** The staff of the caller's Aract with their roles. Company members are managed with their cluster. */
export async function listAractUsers(scope: Scope): Promise<AractUser[]> {
  if (isNational(scope) || scope.role === "COMPANY_MEMBER") return [];
  const users = await db.user.findMany({
    where: { memberships: { some: { aractId: scope.aractId } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      memberships: { where: { aractId: scope.aractId }, select: { role: true } },
      auditEvents: {
        where: { action: "auth.sign-in" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true },
      },
    },
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name ?? user.email,
    email: user.email,
    roles: user.memberships.map((m) => m.role),
    lastSignInAt: user.auditEvents[0]?.createdAt ?? null,
    disabled: user.disabledAt !== null,
  }));
}
