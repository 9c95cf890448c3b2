import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import type { UpcomingSession } from "@/lib/sessions/rules";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { seatLabel } from "@/lib/clusters/labels";
import type { ClusterStatus, OutcomeKind, OutcomeStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";

// A company member's own participations, as their home shows them.

export type MyParticipation = {
  id: string;
  status: ParticipationStatus;
  project: string | null;
  company: { name: string; headcount: number; city: string | null };
  cluster: { id: string; name: string; status: ClusterStatus; startDate: Date; endDate: Date; aractName: string };
  /** The people seated: the pair first, then the further members. */
  people: {
    id: string;
    label: string;
    inPair: boolean;
    name: string;
    jobTitle: string | null;
    isMe: boolean;
    steering: boolean;
  }[];
  /** The company's steering committee's meetings, in date order. */
  steeringMeetings: { id: string; date: Date; note: string | null }[];
  outcomes: {
    id: string;
    kind: OutcomeKind;
    theme: Theme;
    status: OutcomeStatus;
    signedAt: Date | null;
    depositedAt: Date | null;
  }[];
  nextSessions: UpcomingSession[];
  sessionCount: number;
  /** The follow-up after the cluster, once it closed. */
  followUp: { dueOn: Date; submittedAt: Date | null } | null;
};

/** The participations a company member sits in, with their pair and the cluster's next sessions. */
export async function listMyParticipations(scope: Scope, now = new Date()): Promise<MyParticipation[]> {
  if (scope.role !== "COMPANY_MEMBER") return [];
  const rows = await scopedDb(scope).participation.findMany({
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
            orderBy: [{ date: "asc" }, { slot: "asc" }],
            take: 3,
            select: { id: true, title: true, date: true, slot: true, startTime: true, endTime: true, place: true },
          },
        },
      },
      outcomes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, theme: true, status: true, signedAt: true, depositedAt: true },
      },
      pairMembers: {
        where: { endedAt: null },
        orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
        select: {
          id: true,
          side: true,
          role: true,
          roleLabel: true,
          steering: true,
          person: { select: { id: true, firstName: true, lastName: true, jobTitle: true } },
        },
      },
      steeringMeetings: { orderBy: { date: "asc" }, select: { id: true, date: true, note: true } },
      followUp: { select: { dueOn: true, submittedAt: true } },
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
    people: pairMembers.map(({ person, ...seat }) => ({
      id: seat.id,
      label: seatLabel(seat),
      inPair: seat.side !== null,
      steering: seat.steering,
      name: `${person.firstName} ${person.lastName}`,
      jobTitle: person.jobTitle,
      isMe: scope.personIds.includes(person.id),
    })),
    nextSessions: cluster.sessions,
    sessionCount: cluster._count.sessions,
  }));
}
