import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import type { ClusterStatus, HalfDay, ParticipationStatus, Theme } from "@/generated/prisma/enums";

export type UpcomingSession = { id: string; title: string; date: Date; halfDay: HalfDay; place: string };

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

const sessionSelect = { id: true, title: true, date: true, halfDay: true, place: true } as const;

/** Today as a calendar date (UTC midnight), to compare with @db.Date columns. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The clusters of the caller's scope that are not finished, the caller's own first, by next session. */
export async function listActiveClusters(scope: Scope, now = new Date()): Promise<ClusterCard[]> {
  const from = today(now);
  const rows = await db.cluster.findMany({
    where: { ...clusterWhere(scope), status: { in: ["DRAFT", "RECRUITING", "RUNNING"] } },
    orderBy: [{ startDate: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      themes: true,
      status: true,
      startDate: true,
      endDate: true,
      aract: { select: { name: true } },
      staff: { where: { userId: scope.userId }, select: { userId: true } },
      _count: { select: { participations: { where: { status: { not: "WITHDRAWN" } } } } },
      sessions: {
        where: { date: { gte: from }, cancelledAt: null },
        orderBy: [{ date: "asc" }, { halfDay: "asc" }],
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
  const row = await db.cluster.findFirst({
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
        orderBy: [{ date: "asc" }, { halfDay: "asc" }],
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
