import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import type { UpcomingSession } from "@/lib/sessions/rules";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import type { Prisma } from "@/generated/prisma/client";
import type {
  ClusterStatus,
  OutcomeKind,
  OutcomeStatus,
  PairSide,
  ParticipationStatus,
  Theme,
} from "@/generated/prisma/enums";
import { invitationState, type InvitationState } from "./rules";
import { uninvitedSeatsWhere } from "./pair-seats";

export type MyParticipation = {
  id: string;
  status: ParticipationStatus;
  project: string | null;
  company: { name: string; headcount: number; city: string | null };
  cluster: { id: string; name: string; status: ClusterStatus; startDate: Date; endDate: Date; aractName: string };
  pair: { side: PairSide; name: string; jobTitle: string | null; isMe: boolean }[];
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

// ───── A cluster's companies, as its chargés de mission (and the national team) follow them ─────

export type PairMemberView = {
  id: string;
  side: PairSide;
  name: string;
  jobTitle: string | null;
  /** Shown to the Aract's own people only: the national team reads figures, not addresses. */
  email: string | null;
  invitation: InvitationState;
};

const pairSelect = {
  where: { endedAt: null },
  orderBy: { side: "asc" },
  select: {
    id: true,
    side: true,
    invitedAt: true,
    person: {
      select: {
        firstName: true,
        lastName: true,
        jobTitle: true,
        email: true,
        user: { select: { disabledAt: true, emailVerified: true, _count: { select: { accounts: true } } } },
      },
    },
  },
} satisfies Prisma.Participation$pairMembersArgs;

type SeatRow = Prisma.PairMemberGetPayload<{ select: (typeof pairSelect)["select"] }>;

function toPairMember(scope: Scope, { id, side, invitedAt, person }: SeatRow): PairMemberView {
  const user = person.user;
  const accountActive = Boolean(user && !user.disabledAt && (user.emailVerified || user._count.accounts > 0));
  return {
    id,
    side,
    name: `${person.firstName} ${person.lastName}`,
    jobTitle: person.jobTitle,
    email: isNational(scope) ? null : person.email,
    invitation: invitationState({ email: person.email, invitedAt, accountActive }),
  };
}

const companySelect = {
  id: true,
  name: true,
  siret: true,
  nafCode: true,
  headcount: true,
  city: true,
  postalCode: true,
} satisfies Prisma.CompanySelect;

export type ParticipationRow = {
  id: string;
  status: ParticipationStatus;
  withdrawalReason: string | null;
  company: Prisma.CompanyGetPayload<{ select: typeof companySelect }>;
  pair: PairMemberView[];
};

/** The companies of a cluster with their pair, withdrawn ones included (they stay listed). */
export async function listClusterParticipations(scope: Scope, clusterId: string): Promise<ParticipationRow[]> {
  const rows = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...participationWhere(scope) },
    orderBy: { company: { name: "asc" } },
    select: {
      id: true,
      status: true,
      withdrawalReason: true,
      company: { select: companySelect },
      pairMembers: pairSelect,
    },
  });
  return rows.map(({ pairMembers, ...row }) => ({
    ...row,
    pair: pairMembers.map((seat) => toPairMember(scope, seat)),
  }));
}

/** How many of the cluster's companies are enrolled (still on their journey): what its closing may finish. */
export async function countEnrolled(scope: Scope, clusterId: string): Promise<number> {
  return scopedDb(scope).participation.count({ where: { clusterId, status: "ENROLLED", ...participationWhere(scope) } });
}

export type ParticipationDetail = ParticipationRow & {
  project: string | null;
  headcountAtEntry: number;
  formerMembers: { id: string; side: PairSide; name: string; startedAt: Date; endedAt: Date }[];
  history: {
    id: string;
    from: ParticipationStatus | null;
    to: ParticipationStatus;
    at: Date;
    by: string | null;
    note: string | null;
  }[];
  preDiagnostic: { date: Date; findings: string; chosenProject: string | null } | null;
};

/** One company of a cluster, with its pair, its former members, its history and its pre-diagnostic. */
export async function getParticipationDetail(
  scope: Scope,
  clusterId: string,
  id: string,
): Promise<ParticipationDetail | null> {
  const row = await scopedDb(scope).participation.findFirst({
    where: { id, clusterId, ...participationWhere(scope) },
    select: {
      id: true,
      status: true,
      withdrawalReason: true,
      project: true,
      headcountAtEntry: true,
      company: { select: companySelect },
      pairMembers: pairSelect,
      statusChanges: {
        orderBy: { changedAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, changedAt: true, changedById: true, note: true },
      },
      preDiagnostic: { select: { date: true, findings: true, chosenProject: true } },
    },
  });
  if (!row) return null;
  const [former, authors] = await Promise.all([
    scopedDb(scope).pairMember.findMany({
      where: { participationId: row.id, endedAt: { not: null } },
      orderBy: { endedAt: "desc" },
      select: {
        id: true,
        side: true,
        startedAt: true,
        endedAt: true,
        person: { select: { firstName: true, lastName: true } },
      },
    }),
    scopedDb(scope).user.findMany({
      where: { id: { in: row.statusChanges.flatMap((c) => (c.changedById ? [c.changedById] : [])) } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const authorName = new Map(authors.map((u) => [u.id, u.name ?? u.email]));
  const { pairMembers, statusChanges, ...rest } = row;
  return {
    ...rest,
    pair: pairMembers.map((seat) => toPairMember(scope, seat)),
    formerMembers: former.map(({ person, endedAt, ...seat }) => ({
      ...seat,
      endedAt: endedAt ?? seat.startedAt,
      name: `${person.firstName} ${person.lastName}`,
    })),
    history: statusChanges.map((c) => ({
      id: c.id,
      from: c.fromStatus,
      to: c.toStatus,
      at: c.changedAt,
      by: c.changedById ? (authorName.get(c.changedById) ?? null) : null,
      note: c.note,
    })),
  };
}

export type PreDiagnosticRow = {
  participationId: string;
  companyName: string;
  status: ParticipationStatus;
  preDiagnostic: { date: Date; findings: string; chosenProject: string | null } | null;
};

/** Each company of a cluster with its pre-diagnostic, recorded or not. */
export async function listClusterPreDiagnostics(scope: Scope, clusterId: string): Promise<PreDiagnosticRow[]> {
  const rows = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...participationWhere(scope) },
    orderBy: { company: { name: "asc" } },
    select: {
      id: true,
      status: true,
      company: { select: { name: true } },
      preDiagnostic: { select: { date: true, findings: true, chosenProject: true } },
    },
  });
  return rows.map((row) => ({
    participationId: row.id,
    companyName: row.company.name,
    status: row.status,
    preDiagnostic: row.preDiagnostic,
  }));
}

/** How many members of the cluster's pairs wait for their first invitation. */
export async function countUninvitedSeats(scope: Scope, clusterId: string): Promise<number> {
  if (isNational(scope) || scope.role === "COMPANY_MEMBER") return 0;
  return scopedDb(scope).pairMember.count({ where: uninvitedSeatsWhere(scope.aractId, clusterId) });
}
