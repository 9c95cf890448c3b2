import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import type { UpcomingSession } from "@/lib/clusters/queries";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import type { PairSide, ParticipationStatus, ClusterStatus } from "@/generated/prisma/enums";

export type MyParticipation = {
  id: string;
  status: ParticipationStatus;
  project: string | null;
  company: { name: string; headcount: number; city: string | null };
  cluster: { id: string; name: string; status: ClusterStatus; startDate: Date; endDate: Date; aractName: string };
  pair: { side: PairSide; name: string; jobTitle: string | null; isMe: boolean }[];
  nextSessions: UpcomingSession[];
  sessionCount: number;
};

/** The participations a company member sits in, with their pair and the cluster's next sessions. */
export async function listMyParticipations(scope: Scope, now = new Date()): Promise<MyParticipation[]> {
  if (scope.role !== "COMPANY_MEMBER") return [];
  const rows = await db.participation.findMany({
    where: participationWhere(scope),
    orderBy: { cluster: { startDate: "desc" } },
    select: {
      id: true,
      status: true,
      project: true,
      company: { select: { name: true, headcount: true, city: true } },
      cluster: {
        select: {
          id: true,
          name: true,
          status: true,
          startDate: true,
          endDate: true,
          aract: { select: { name: true } },
          _count: { select: { sessions: { where: { cancelledAt: null } } } },
          sessions: {
            where: { date: { gte: parseDay(todayInFrance(now)) }, cancelledAt: null },
            orderBy: [{ date: "asc" }, { halfDay: "asc" }],
            take: 3,
            select: { id: true, title: true, date: true, halfDay: true, place: true },
          },
        },
      },
      pairMembers: {
        where: { endedAt: null },
        orderBy: { side: "asc" },
        select: { side: true, person: { select: { id: true, firstName: true, lastName: true, jobTitle: true } } },
      },
    },
  });
  return rows.map(({ cluster, pairMembers, ...row }) => ({
    ...row,
    cluster: {
      id: cluster.id,
      name: cluster.name,
      status: cluster.status,
      startDate: cluster.startDate,
      endDate: cluster.endDate,
      aractName: cluster.aract.name,
    },
    pair: pairMembers.map(({ side, person }) => ({
      side,
      name: `${person.firstName} ${person.lastName}`,
      jobTitle: person.jobTitle,
      isMe: scope.personIds.includes(person.id),
    })),
    nextSessions: cluster.sessions,
    sessionCount: cluster._count.sessions,
  }));
}
