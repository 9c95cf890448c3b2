import "server-only";
import { cache } from "react";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { parseDay, todayInFrance, toDay } from "@/lib/dates/day";
import type { Prisma } from "@/generated/prisma/client";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import type { ClusterStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";
import type { UpcomingSession } from "@/lib/sessions/rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

export type ClusterCard = {
  id: string;
  name: string;
  aractName: string;
  themes: Theme[];
  status: ClusterStatus;
  startDate: Date;
  endDate: Date;
  companyCount: number;
  nextSession: UpcomingSession | null;
  inCharge: boolean;
};

const sessionSelect = { id: true, title: true, date: true, slot: true, startTime: true, endTime: true, place: true } as const;

/** What every list of clusters shows of one cluster, with its companies still taking part. */
const clusterSummarySelect = {
  id: true,
  name: true,
  themes: true,
  status: true,
  startDate: true,
  endDate: true,
  aract: { select: { name: true } },
  _count: { select: { participations: { where: ACTIVE_PARTICIPATION } } },
} as const;

/** The clusters of the caller's scope that are not finished, the caller's own first, by next session. */
export async function listActiveClusters(scope: Scope, now = new Date()): Promise<ClusterCard[]> {
  const from = parseDay(todayInFrance(now));
  const rows = await scopedDb(scope).cluster.findMany({
    where: { ...clusterWhere(scope), status: { in: ["DRAFT", "RECRUITING", "RUNNING"] } },
    orderBy: [{ startDate: "asc" }, { name: "asc" }],
    select: {
      ...clusterSummarySelect,
      staff: { where: { userId: scope.userId }, select: { userId: true } },
      sessions: {
        where: { date: { gte: from }, cancelledAt: null },
        orderBy: [{ date: "asc" }, { slot: "asc" }],
        take: 1,
        select: sessionSelect,
      },
    },
  });
  const cards = rows.map((row) => ({
    id: row.id,
    name: row.name,
    aractName: row.aract.name,
    themes: row.themes,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    companyCount: row._count.participations,
    nextSession: row.sessions[0] ?? null,
    inCharge: row.staff.length > 0,
  }));
  const nextTime = (card: ClusterCard) => card.nextSession?.date.getTime() ?? Number.MAX_SAFE_INTEGER;
  return cards.sort((a, b) => Number(b.inCharge) - Number(a.inCharge) || nextTime(a) - nextTime(b));
}

export type ClusterDetail = {
  id: string;
  name: string;
  description: string | null;
  aractName: string;
  programmeName: string | null;
  themes: Theme[];
  status: ClusterStatus;
  kind: "TERRITORIAL" | "SECTORAL";
  territory: string | null;
  sector: string | null;
  startDate: Date;
  endDate: Date;
  plannedCollectiveSessions: number;
  plannedSupportDaysPerCompany: number;
  partners: { id: string; name: string }[];
  funders: { id: string; name: string; amountCents: number | null }[];
  staff: { id: string; name: string }[];
  companies: { participationId: string; name: string; headcount: number; status: ParticipationStatus }[];
  sessions: UpcomingSession[];
};

/** One cluster, when the scope reaches it; null otherwise (the page answers 404). */
export async function getCluster(scope: Scope, id: string): Promise<ClusterDetail | null> {
  const row = await scopedDb(scope).cluster.findFirst({
    where: { id, ...clusterWhere(scope) },
    select: {
      id: true,
      name: true,
      description: true,
      themes: true,
      status: true,
      kind: true,
      territory: true,
      sector: true,
      startDate: true,
      endDate: true,
      plannedCollectiveSessions: true,
      plannedSupportDaysPerCompany: true,
      aract: { select: { name: true } },
      programme: { select: { name: true } },
      partners: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      funders: { orderBy: { name: "asc" }, select: { id: true, name: true, amountCents: true } },
      staff: { select: { user: { select: { id: true, name: true, email: true } } } },
      // A company member sees their own company only, never the other participants.
      participations: {
        where: participationWhere(scope),
        orderBy: { company: { name: "asc" } },
        select: { id: true, status: true, company: { select: { name: true, headcount: true } } },
      },
      sessions: {
        where: { cancelledAt: null },
        orderBy: [{ date: "asc" }, { slot: "asc" }],
        select: sessionSelect,
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    aractName: row.aract.name,
    programmeName: row.programme?.name ?? null,
    plannedSupportDaysPerCompany: Number(row.plannedSupportDaysPerCompany),
    funders: row.funders.map((f) => ({ ...f, amountCents: f.amountCents === null ? null : Number(f.amountCents) })),
    staff: row.staff.map(({ user }) => ({ id: user.id, name: user.name ?? user.email })),
    companies: row.participations.map((p) => ({
      participationId: p.id,
      name: p.company.name,
      headcount: p.company.headcount,
      status: p.status,
    })),
  };
}

/** One page of clusters for the list (the where clause already carries the scope). */
export async function listClusterRows(
  scope: Scope,
  where: Prisma.ClusterWhereInput,
  orderBy: Prisma.ClusterOrderByWithRelationInput[],
  page: { skip: number; take: number },
) {
  const [rows, total] = await Promise.all([
    scopedDb(scope).cluster.findMany({
      where,
      orderBy,
      ...page,
      select: {
        ...clusterSummarySelect,
        programme: { select: { name: true } },
      },
    }),
    scopedDb(scope).cluster.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      aractName: row.aract.name,
      programmeName: row.programme?.name ?? null,
      themes: row.themes,
      status: row.status,
      startDate: row.startDate,
      endDate: row.endDate,
      companies: row._count.participations,
    })),
  };
}

/** The Aract's staff who may be put in charge of a cluster. */
export async function listStaffOptions(scope: Scope) {
  if (!scope.aractId) return [];
  const users = await scopedDb(scope).user.findMany({
    where: {
      disabledAt: null,
      memberships: { some: { aractId: scope.aractId, role: { in: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] } } },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
  return users.map((user) => ({ id: user.id, name: user.name ?? user.email }));
}

/** A cluster as its edit form shows it. */
export async function getClusterForEdit(scope: Scope, id: string) {
  const row = await scopedDb(scope).cluster.findFirst({
    where: { id, ...clusterWhere(scope) },
    select: {
      id: true,
      version: true,
      name: true,
      description: true,
      programmeId: true,
      themes: true,
      kind: true,
      territory: true,
      sector: true,
      startDate: true,
      endDate: true,
      plannedCollectiveSessions: true,
      plannedSupportDaysPerCompany: true,
      staff: { select: { userId: true } },
      partners: { orderBy: { name: "asc" }, select: { id: true, partnerId: true, name: true, kind: true, role: true } },
      funders: { orderBy: { name: "asc" }, select: { name: true, amountCents: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    values: {
      name: row.name,
      description: row.description ?? "",
      programmeId: row.programmeId ?? "",
      themes: row.themes,
      kind: row.kind,
      territory: row.territory ?? "",
      sector: row.sector ?? "",
      startDate: toDay(row.startDate),
      endDate: toDay(row.endDate),
      plannedCollectiveSessions: row.plannedCollectiveSessions,
      plannedSupportDaysPerCompany: Number(row.plannedSupportDaysPerCompany),
      staffUserIds: row.staff.map((s) => s.userId),
      partners: row.partners.map((p) => ({
        id: p.id,
        partnerId: p.partnerId ?? "",
        name: p.name,
        kind: p.kind,
        role: p.role ?? "",
      })),
      funders: row.funders.map((f) => ({
        name: f.name,
        amountEuros: f.amountCents === null ? undefined : Number(f.amountCents) / 100,
      })),
    },
  };
}

export type ClusterHeader = {
  id: string;
  name: string;
  status: ClusterStatus;
  aractName: string;
  startDate: Date;
  endDate: Date;
  /** The further members of its companies answer its diagnostics too. */
  diagnosticsOpenToMembers: boolean;
  history: {
    id: string;
    from: ClusterStatus | null;
    to: ClusterStatus;
    at: Date;
    by: string | null;
    note: string | null;
  }[];
};

/** What every tab of a cluster's page shows above itself; null outside the scope. */
export const getClusterHeader = cache(async (scope: Scope, id: string): Promise<ClusterHeader | null> => {
  const row = await scopedDb(scope).cluster.findFirst({
    where: { id, ...clusterWhere(scope) },
    select: {
      id: true,
      name: true,
      status: true,
      startDate: true,
      endDate: true,
      diagnosticsOpenToMembers: true,
      aract: { select: { name: true } },
      statusChanges: {
        orderBy: { changedAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          changedAt: true,
          note: true,
          changedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { aract, statusChanges, ...cluster } = row;
  return {
    ...cluster,
    aractName: aract.name,
    history: statusChanges.map((c) => ({
      id: c.id,
      from: c.fromStatus,
      to: c.toStatus,
      at: c.changedAt,
      by: c.changedBy?.name ?? null,
      note: c.note,
    })),
  };
});

/** The years the scope's clusters cover, most recent first, for the year filter. */
export async function listClusterYears(scope: Scope): Promise<number[]> {
  const bounds = await scopedDb(scope).cluster.aggregate({
    where: clusterWhere(scope),
    _min: { startDate: true },
    _max: { endDate: true },
  });
  const first = bounds._min.startDate?.getUTCFullYear();
  const last = bounds._max.endDate?.getUTCFullYear();
  if (!first || !last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
