import "server-only";
import { scopedDb } from "@/lib/db";
import type { NationalScope } from "@/lib/auth/scope";
import type { StaffRole } from "@/generated/prisma/enums";

// The network's Aracts, read by the national side.

export type AractRow = {
  id: string;
  name: string;
  region: string;
  departements: string[];
  contactEmail: string | null;
  active: boolean;
  staff: number;
  clusters: number;
};

export async function listAracts(scope: NationalScope): Promise<AractRow[]> {
  const rows = await scopedDb(scope).aract.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      region: true,
      departements: true,
      contactEmail: true,
      deactivatedAt: true,
      _count: { select: { memberships: true, clusters: true } },
    },
  });
  return rows.map(({ _count, deactivatedAt, ...row }) => ({
    ...row,
    active: deactivatedAt === null,
    staff: _count.memberships,
    clusters: _count.clusters,
  }));
}

export type AractStaffRow = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  lastSignInAt: Date | null;
};

export type AractDetail = Omit<AractRow, "staff"> & { staff: AractStaffRow[] };

export async function getAract(scope: NationalScope, id: string): Promise<AractDetail | null> {
  const row = await scopedDb(scope).aract.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      region: true,
      departements: true,
      contactEmail: true,
      deactivatedAt: true,
      _count: { select: { clusters: true } },
      memberships: {
        orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
        select: {
          role: true,
          user: { select: { id: true, name: true, email: true, disabledAt: true, lastSignInAt: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { _count, deactivatedAt, memberships, ...aract } = row;
  return {
    ...aract,
    active: deactivatedAt === null,
    clusters: _count.clusters,
    staff: memberships.map(({ role, user }) => ({
      id: user.id,
      name: user.name ?? user.email,
      email: user.email,
      role,
      active: user.disabledAt === null,
      lastSignInAt: user.lastSignInAt,
    })),
  };
}
