import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { ownPairSeatWhere, participationWhere, writesOnCompanySide } from "@/lib/auth/where";
import { toDay, todayInFrance } from "@/lib/dates/day";
import type { OutcomeKind, OutcomeStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";
import { followUpState, type FollowUpState } from "./rules";

// Reads of the follow-ups: one company's, with what its questionnaire shows, and a cluster's list.

export type FollowUpOutcome = {
  id: string;
  version: number;
  theme: Theme;
  kind: OutcomeKind;
  status: OutcomeStatus;
  signedAt: Date | null;
  depositedAt: Date | null;
  depositReference: string | null;
  domains: string[];
};

export type CompanyFollowUp = {
  id: string;
  version: number;
  participationId: string;
  participationStatus: ParticipationStatus;
  companyName: string;
  headcountAtEntry: number;
  cluster: { id: string; name: string; themes: Theme[] };
  closedOn: Date;
  dueOn: Date;
  state: FollowUpState;
  submittedAt: Date | null;
  submittedBy: string | null;
  answers: { actionsCarriedOut: string | null; changes: string | null; satisfaction: number | null };
  messages: { week: number; sentAt: Date; recipients: number }[];
  outcomes: FollowUpOutcome[];
  /** The company's indicators at the follow-up, once entered: the day they describe and their source. */
  indicators: { measuredOn: Date; source: string | null } | null;
  /** The caller answers: the Aract's staff, or a member of the company's pair. */
  writable: boolean;
};

/** A company's follow-up within the caller's scope; null outside it or before the cluster closed. */
export async function getFollowUp(scope: Scope, clusterId: string, participationId: string, now = new Date()): Promise<CompanyFollowUp | null> {
  const row = await scopedDb(scope).participation.findFirst({
    // AND, not a spread: a company member's where clause carries an `id` of its own.
    where: { AND: [{ id: participationId, clusterId }, participationWhere(scope)] },
    select: {
      id: true,
      status: true,
      headcountAtEntry: true,
      company: { select: { name: true } },
      cluster: { select: { id: true, name: true, themes: true } },
      outcomes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, version: true, theme: true, kind: true, status: true, signedAt: true, depositedAt: true, depositReference: true, domains: true },
      },
      indicators: { where: { stage: "FOLLOW_UP" }, select: { measuredOn: true, source: true } },
      followUp: { include: { messages: { orderBy: { week: "asc" }, select: { week: true, sentAt: true, recipients: true } } } },
      pairMembers: { where: ownPairSeatWhere(scope), select: { id: true } },
    },
  });
  const followUp = row?.followUp;
  if (!row || !followUp) return null;
  const author = followUp.submittedById
    ? await scopedDb(scope).user.findFirst({ where: { id: followUp.submittedById }, select: { name: true } })
    : null;
  return {
    id: followUp.id,
    version: followUp.version,
    participationId: row.id,
    participationStatus: row.status,
    companyName: row.company.name,
    headcountAtEntry: row.headcountAtEntry,
    cluster: row.cluster,
    closedOn: followUp.closedOn,
    dueOn: followUp.dueOn,
    state: followUpState({ dueOn: toDay(followUp.dueOn), submittedAt: followUp.submittedAt }, todayInFrance(now)),
    submittedAt: followUp.submittedAt,
    submittedBy: author?.name ?? null,
    answers: { actionsCarriedOut: followUp.actionsCarriedOut, changes: followUp.changes, satisfaction: followUp.satisfaction },
    messages: followUp.messages,
    outcomes: row.outcomes,
    indicators: row.indicators[0] ?? null,
    writable: row.status !== "WITHDRAWN" && writesOnCompanySide(scope, "follow-up:answer", row.pairMembers.length),
  };
}

export type ClusterFollowUpRow = {
  participationId: string;
  companyName: string;
  dueOn: Date;
  state: FollowUpState;
  lastSentAt: Date | null;
  reminders: number;
  submittedAt: Date | null;
  satisfaction: number | null;
};

/** The follow-ups of a cluster's companies, by company name; empty before its closing. */
export async function listClusterFollowUps(scope: Scope, clusterId: string, now = new Date()): Promise<ClusterFollowUpRow[]> {
  const rows = await scopedDb(scope).followUp.findMany({
    where: { participation: { clusterId, ...participationWhere(scope) } },
    orderBy: { participation: { company: { name: "asc" } } },
    select: {
      participationId: true,
      dueOn: true,
      submittedAt: true,
      satisfaction: true,
      participation: { select: { company: { select: { name: true } } } },
      messages: { orderBy: { week: "asc" }, select: { week: true, sentAt: true } },
    },
  });
  const today = todayInFrance(now);
  return rows.map((row) => ({
    participationId: row.participationId,
    companyName: row.participation.company.name,
    dueOn: row.dueOn,
    state: followUpState({ dueOn: toDay(row.dueOn), submittedAt: row.submittedAt }, today),
    lastSentAt: row.messages.at(-1)?.sentAt ?? null,
    reminders: row.messages.filter((m) => m.week > 0).length,
    submittedAt: row.submittedAt,
    satisfaction: row.satisfaction,
  }));
}
