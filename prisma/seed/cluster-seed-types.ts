import type {
  ActionStatus,
  ClusterKind,
  ClusterStatus,
  MemberRole,
  SessionSlot,
  OutcomeKind,
  OutcomeStatus,
  ParticipationStatus,
  PartnerKind,
  SupportKind,
  Theme,
} from "@/generated/prisma/enums";
import type { AractSlug, DemoEmail, ProgrammeCode } from "./helpers.ts";

// The shape of one cluster's demo data: plain objects, written by write-cluster.ts.
// Dates are ISO days ("2014-03-11"); every id is derived from the `key`s, so a second run updates in place.

/** A pair member: a new person, or one of the demo accounts (their name and e-mail come from accounts.ts). */
export type PersonSeed =
  | readonly [firstName: string, lastName: string, jobTitle: string]
  | { readonly account: DemoEmail; readonly jobTitle: string };

/** A support day or half-day; delivered by the cluster's first chargé·e de mission unless a partner key is given. */
export type SupportSeed = readonly [date: string, kind: SupportKind, durationDays: number, partnerKey?: string];

export type OutcomeSeed = {
  kind: OutcomeKind;
  status: OutcomeStatus;
  /** Defaults to the cluster's first theme. */
  theme?: Theme;
  signedAt?: string;
  depositedAt?: string;
  depositReference?: string;
  domains: readonly string[];
};

export type ActionSeed = {
  domain: string;
  objective: string;
  owner: string;
  dueDate: string;
  indicator: string;
  status: ActionStatus;
};

export type EvaluationSeed = { whatWasDone: string; satisfaction: number; results: string };

export type CompanySeed = {
  key: string;
  name: string;
  nafCode: string;
  headcount: number;
  city: string;
  postalCode: string;
  /** The e-mail domain of its people: prenom.nom@domain. */
  domain: string;
  /** Defaults to the cluster's `participationStatus`. */
  status?: ParticipationStatus;
  /** For a WITHDRAWN participation (dated at the cluster's closing). */
  withdrawalReason?: string;
  direction: PersonSeed;
  staffRepresentative: PersonSeed;
  /** Its people beyond the pair (référent·es, comité de pilotage…). */
  members?: readonly { role: MemberRole; roleLabel?: string; person: PersonSeed; steering?: boolean }[];
  /** Its steering committee: whether the pair sits on it, and the days it met (with what it settled). */
  steering?: { pair: boolean; meetings: readonly (readonly [date: string, note: string])[] };
  preDiagnostic?: { date: string; findings: string; chosenProject: string };
  supportDays?: readonly SupportSeed[];
  outcome?: OutcomeSeed;
  actionPlan?: { summary: string; actions: readonly ActionSeed[] };
  evaluation?: EvaluationSeed;
};

export type SessionSeed = { title: string; date: string; slot: SessionSlot; place: string; agenda: string };

export type ClusterSeed = {
  key: string;
  aract: AractSlug;
  programme?: ProgrammeCode;
  name: string;
  description: string;
  themes: readonly Theme[];
  kind: ClusterKind;
  territory?: string;
  sector?: string;
  startDate: string;
  endDate: string;
  plannedCollectiveSessions: number;
  plannedSupportDaysPerCompany: number;
  /** The status history, oldest first; the last one is the cluster's status. */
  history: readonly { status: ClusterStatus; on: string; note?: string }[];
  /** The participations' status unless a company says otherwise. */
  participationStatus: ParticipationStatus;
  /** E-mails of the chargés de mission; the first one delivers the support days and changes the statuses. */
  staff: readonly string[];
  partners: readonly { key: string; name: string; kind: PartnerKind; role: string }[];
  funders: readonly { key: string; name: string; amountEuros: number | null }[];
  sessions: readonly SessionSeed[];
  companies: readonly CompanySeed[];
  evaluation?: EvaluationSeed;
  /** Its companies' indicators at entry, end and follow-up are written (prisma/seed/indicators.ts). */
  indicators?: boolean;
};
