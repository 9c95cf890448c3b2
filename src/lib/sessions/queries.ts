import "server-only";
import { formatDate } from "@/lib/format/fr";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { aractWhere, clusterWhere, participationWhere } from "@/lib/auth/where";
import { parseDay, toDay } from "@/lib/dates/day";
import type { AttendanceStatus, SessionSlot } from "@/generated/prisma/enums";
import { seatLabel } from "@/lib/clusters/labels";
import { countAttendance, tally, type AttendanceCounts } from "./rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

export type SessionSummary = {
  id: string;
  title: string;
  /** The calendar day, "YYYY-MM-DD". */
  day: string;
  date: Date;
  slot: SessionSlot;
  place: string;
  agenda: string | null;
  /** With a TIMED slot, "HH:MM". */
  startTime: string | null;
  endTime: string | null;
  videoUrl: string | null;
  cancelled: boolean;
  /**
   * Some attendance is recorded (what makes a past session held). For a company member, their own
   * company's: they read no other's attendance.
   */
  attendanceRecorded: boolean;
};

export type SessionRow = SessionSummary & {
  /** Attendance recorded for the session; null for callers who may not see the cluster's attendance. */
  counts: AttendanceCounts | null;
};

const summarySelect = {
  id: true,
  title: true,
  date: true,
  slot: true,
  place: true,
  agenda: true,
  startTime: true,
  endTime: true,
  videoUrl: true,
  cancelledAt: true,
  _count: { select: { attendances: true } },
} as const;

function toSummary(row: {
  id: string;
  title: string;
  date: Date;
  slot: SessionSlot;
  place: string;
  agenda: string | null;
  startTime: string | null;
  endTime: string | null;
  videoUrl: string | null;
  cancelledAt: Date | null;
  _count: { attendances: number };
}): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    day: toDay(row.date),
    date: row.date,
    slot: row.slot,
    place: row.place,
    agenda: row.agenda,
    startTime: row.startTime,
    endTime: row.endTime,
    videoUrl: row.videoUrl,
    cancelled: row.cancelledAt !== null,
    attendanceRecorded: row._count.attendances > 0,
  };
}

/** People who ought to sign: the active seats of the pairs of every company still in the cluster. */
const expectedMembersWhere = { endedAt: null, person: { erasedAt: null } } as const;

/** The cluster's sessions in date order, cancelled ones included; with attendance counts for staff. */
export async function listClusterSessions(
  scope: Scope,
  clusterId: string,
): Promise<{ sessions: SessionRow[]; expected: number }> {
  const rows = await scopedDb(scope).collectiveSession.findMany({
    where: { clusterId, cluster: clusterWhere(scope) },
    orderBy: [{ date: "asc" }, { slot: "asc" }],
    select: summarySelect,
  });
  // Company members see the calendar, never the attendance of the other companies.
  if (!can(scope.role, "cluster:follow"))
    return { sessions: rows.map((row) => ({ ...toSummary(row), counts: null })), expected: 0 };

  const [groups, expected] = await Promise.all([
    scopedDb(scope).attendance.groupBy({
      by: ["sessionId", "status"],
      where: { sessionId: { in: rows.map((r) => r.id) }, ...aractWhere(scope) },
      _count: { _all: true },
    }),
    scopedDb(scope).pairMember.count({
      where: { ...expectedMembersWhere, ...aractWhere(scope), participation: { clusterId, ...ACTIVE_PARTICIPATION } },
    }),
  ]);
  const countsOf = (sessionId: string) =>
    tally(groups.filter((g) => g.sessionId === sessionId).map((g) => ({ status: g.status, count: g._count._all })));
  return { sessions: rows.map((row) => ({ ...toSummary(row), counts: countsOf(row.id) })), expected };
}

export type CompanyAttendance = { participationId: string; companyName: string; counts: AttendanceCounts };

/**
 * Each company's attendance over the sessions held so far (not cancelled, on or before `today`).
 * A company member gets their own company only.
 */
export async function listCompanyAttendance(
  scope: Scope,
  clusterId: string,
  today: string,
): Promise<CompanyAttendance[]> {
  const participations = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...participationWhere(scope), ...ACTIVE_PARTICIPATION },
    orderBy: { company: { name: "asc" } },
    select: { id: true, company: { select: { name: true } } },
  });
  const groups = await scopedDb(scope).attendance.groupBy({
    by: ["participationId", "status"],
    where: {
      participationId: { in: participations.map((p) => p.id) },
      session: { clusterId, cancelledAt: null, date: { lte: parseDay(today) } },
    },
    _count: { _all: true },
  });
  return participations.map((p) => ({
    participationId: p.id,
    companyName: p.company.name,
    counts: tally(
      groups.filter((g) => g.participationId === p.id).map((g) => ({ status: g.status, count: g._count._all })),
    ),
  }));
}

/** One session of a cluster within the scope; null otherwise (the page answers 404). */
export async function getSession(scope: Scope, clusterId: string, sessionId: string): Promise<SessionSummary | null> {
  const row = await scopedDb(scope).collectiveSession.findFirst({
    where: { id: sessionId, clusterId, cluster: clusterWhere(scope) },
    select: summarySelect,
  });
  return row ? toSummary(row) : null;
}

export type ExpectedPerson = {
  personId: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  /** "Direction", "Référent·e QVT"…: what they are in the company's approach. */
  label: string;
  status: AttendanceStatus | null;
};

export type AttendanceSheet = {
  session: SessionSummary;
  clusterName: string;
  aractName: string;
  companies: { participationId: string; name: string; people: ExpectedPerson[] }[];
  /** Every attendance recorded for the session, people since replaced included. */
  counts: AttendanceCounts;
};

const byName = (a: ExpectedPerson, b: ExpectedPerson) =>
  a.lastName.localeCompare(b.lastName, "fr") || a.firstName.localeCompare(b.firstName, "fr");

/**
 * A session with the people expected at it, by company (then by name), and what was recorded for each:
 * the attendance screen and the émargement sheet. Staff and national team only: the caller checks it.
 */
export async function getAttendanceSheet(
  scope: Scope,
  clusterId: string,
  sessionId: string,
): Promise<AttendanceSheet | null> {
  const session = await scopedDb(scope).collectiveSession.findFirst({
    where: { id: sessionId, clusterId, cluster: clusterWhere(scope) },
    select: { ...summarySelect, cluster: { select: { name: true, aract: { select: { name: true } } } } },
  });
  if (!session) return null;
  const [participations, attendances] = await Promise.all([
    scopedDb(scope).participation.findMany({
      where: { clusterId, ...participationWhere(scope), ...ACTIVE_PARTICIPATION },
      orderBy: { company: { name: "asc" } },
      select: {
        id: true,
        company: { select: { name: true } },
        pairMembers: {
          where: expectedMembersWhere,
          select: {
            side: true,
            role: true,
            roleLabel: true,
            person: { select: { id: true, firstName: true, lastName: true, jobTitle: true } },
          },
        },
      },
    }),
    scopedDb(scope).attendance.findMany({ where: { sessionId, ...aractWhere(scope) }, select: { personId: true, status: true } }),
  ]);
  const recorded = new Map(attendances.map((a) => [a.personId, a.status]));
  return {
    session: toSummary(session),
    clusterName: session.cluster.name,
    aractName: session.cluster.aract.name,
    companies: participations
      .map((p) => ({
        participationId: p.id,
        name: p.company.name,
        people: p.pairMembers
          .map(({ person, ...seat }) => ({
            personId: person.id,
            firstName: person.firstName,
            lastName: person.lastName,
            jobTitle: person.jobTitle,
            label: seatLabel(seat),
            status: recorded.get(person.id) ?? null,
          }))
          .sort(byName),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
    counts: countAttendance(attendances.map((a) => a.status)),
  };
}

export type SessionsCalendar = {
  clusterId: string;
  clusterName: string;
  aractName: string;
  sessions: (SessionSummary & { updatedAt: Date })[];
};

/** The cluster's sessions still on (not cancelled), for its iCal file. */
export async function getSessionsCalendar(scope: Scope, clusterId: string): Promise<SessionsCalendar | null> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      id: true,
      name: true,
      aract: { select: { name: true } },
      sessions: {
        where: { cancelledAt: null },
        orderBy: [{ date: "asc" }, { slot: "asc" }],
        select: { ...summarySelect, updatedAt: true },
      },
    },
  });
  if (!cluster) return null;
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    aractName: cluster.aract.name,
    sessions: cluster.sessions.map((s) => ({ ...toSummary(s), updatedAt: s.updatedAt })),
  };
}

/** The cluster's period and planned half-days, for the sessions tab. */
export async function getSessionPlan(scope: Scope, clusterId: string) {
  return scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: { plannedCollectiveSessions: true, startDate: true, endDate: true },
  });
}

/** The cluster's sessions not cancelled, as the choices of a select: « Lancement du cluster (12 janvier 2027) ». */
export async function listSessionOptions(scope: Scope, clusterId: string): Promise<{ value: string; label: string }[]> {
  const rows = await scopedDb(scope).collectiveSession.findMany({
    where: { clusterId, cancelledAt: null, cluster: clusterWhere(scope) },
    orderBy: [{ date: "asc" }, { slot: "asc" }],
    select: { id: true, title: true, date: true },
  });
  return rows.map((row) => ({ value: row.id, label: `Séance « ${row.title} » du ${formatDate(row.date)}` }));
}
