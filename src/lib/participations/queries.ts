import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import type { Prisma } from "@/generated/prisma/client";
import type { MemberRole, PairSide, ParticipationStatus } from "@/generated/prisma/enums";
import { seatLabel } from "@/lib/clusters/labels";
import { invitationState, type InvitationState } from "./rules";
import { uninvitedSeatsWhere } from "./pair-seats";

// ───── A cluster's companies, as its chargés de mission (and the national team) follow them ─────

export type PairMemberView = {
  id: string;
  /** A side of the pair, or null for a further member (then `role`). */
  side: PairSide | null;
  role: MemberRole | null;
  /** "Direction", "Référent·e QVT", the role typed in… */
  label: string;
  name: string;
  jobTitle: string | null;
  /** Shown to the Aract's own people only: the national team reads figures, not addresses. */
  email: string | null;
  invitation: InvitationState;
  /** On the company's steering committee. */
  steering: boolean;
};

const seatSelect = {
  id: true,
  side: true,
  role: true,
  roleLabel: true,
  steering: true,
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
} satisfies Prisma.PairMemberSelect;

/** The seats in place: the pair's two sides first, then the further members in the order they came. */
const seatsSelect = {
  where: { endedAt: null },
  orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
  select: seatSelect,
} satisfies Prisma.Participation$pairMembersArgs;

type SeatRow = Prisma.PairMemberGetPayload<{ select: typeof seatSelect }>;

function toPairMember(scope: Scope, { id, side, role, roleLabel, steering, invitedAt, person }: SeatRow): PairMemberView {
  const user = person.user;
  const accountActive = Boolean(user && !user.disabledAt && (user.emailVerified || user._count.accounts > 0));
  return {
    id,
    side,
    role,
    label: seatLabel({ side, role, roleLabel }),
    name: `${person.firstName} ${person.lastName}`,
    jobTitle: person.jobTitle,
    email: isNational(scope) ? null : person.email,
    invitation: invitationState({ email: person.email, invitedAt, accountActive }),
    steering,
  };
}

/** The pair (its seats with a side) and the further members, from the seats in place. */
function splitSeats(scope: Scope, seats: SeatRow[]) {
  const views = seats.map((seat) => toPairMember(scope, seat));
  return { pair: views.filter((seat) => seat.side !== null), members: views.filter((seat) => seat.side === null) };
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
  /** The members beyond the pair (référent·es, comité de pilotage…). */
  members: PairMemberView[];
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
      pairMembers: seatsSelect,
    },
  });
  return rows.map(({ pairMembers, ...row }) => ({ ...row, ...splitSeats(scope, pairMembers) }));
}

/** How many of the cluster's companies are enrolled (still on their journey): what its closing may finish. */
export async function countEnrolled(scope: Scope, clusterId: string): Promise<number> {
  return scopedDb(scope).participation.count({ where: { clusterId, status: "ENROLLED", ...participationWhere(scope) } });
}

export type ParticipationDetail = ParticipationRow & {
  project: string | null;
  headcountAtEntry: number;
  formerMembers: { id: string; label: string; name: string; startedAt: Date; endedAt: Date }[];
  steeringMeetings: { id: string; date: Date; note: string | null }[];
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
      pairMembers: seatsSelect,
      steeringMeetings: { orderBy: { date: "asc" }, select: { id: true, date: true, note: true } },
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
        role: true,
        roleLabel: true,
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
    ...splitSeats(scope, pairMembers),
    formerMembers: former.map(({ person, endedAt, side, role, roleLabel, ...seat }) => ({
      ...seat,
      label: seatLabel({ side, role, roleLabel }),
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
