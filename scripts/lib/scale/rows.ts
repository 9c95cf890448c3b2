import type {
  AttendanceStatus,
  ClusterKind,
  ClusterStatus,
  SessionSlot,
  OutcomeKind,
  OutcomeStatus,
  PairSide,
  ParticipationStatus,
  QuestionType,
  ResponseStatus,
  SupportKind,
  Theme,
} from "@/generated/prisma/enums";
import type { AnswerValue } from "@/lib/diagnostics/answers";

// The rows of the scale data, one type per table, keyed by the columns' names in the migrations.
// Days are ISO dates ("2019-03-11"), timestamps ISO strings in UTC.

export type AractRow = { id: string; slug: string; name: string; region: string; createdAt: string };

export type ClusterRow = {
  id: string;
  aractId: string;
  programmeId: string | null;
  name: string;
  description: string;
  themes: Theme[];
  kind: ClusterKind;
  territory: string | null;
  sector: string | null;
  startDate: string;
  endDate: string;
  plannedCollectiveSessions: number;
  plannedSupportDaysPerCompany: number;
  status: ClusterStatus;
  createdAt: string;
  updatedAt: string;
};

export type ClusterTemplateRow = { aractId: string; clusterId: string; templateId: string };

export type CompanyRow = {
  id: string;
  aractId: string;
  name: string;
  siret: string;
  nafCode: string;
  headcount: number;
  city: string;
  postalCode: string;
  createdAt: string;
  updatedAt: string;
};

export type ParticipationRow = {
  id: string;
  aractId: string;
  clusterId: string;
  companyId: string;
  status: ParticipationStatus;
  withdrawalReason: string | null;
  headcountAtEntry: number;
  createdAt: string;
  updatedAt: string;
};

export type PersonRow = {
  id: string;
  aractId: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  createdAt: string;
  updatedAt: string;
};

export type PairMemberRow = {
  id: string;
  aractId: string;
  participationId: string;
  personId: string;
  side: PairSide;
  invitedAt: string;
  startedAt: string;
  endedAt: string | null;
};

export type SessionRow = {
  id: string;
  aractId: string;
  clusterId: string;
  title: string;
  date: string;
  /** The database column of the session's slot. */
  halfDay: SessionSlot;
  place: string;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type AttendanceRow = {
  id: string;
  aractId: string;
  sessionId: string;
  personId: string;
  participationId: string;
  status: AttendanceStatus;
};

export type SupportDayRow = {
  id: string;
  aractId: string;
  clusterId: string;
  participationId: string;
  date: string;
  durationDays: number;
  kind: SupportKind;
  createdAt: string;
};

export type ResponseRow = {
  id: string;
  aractId: string;
  participationId: string;
  templateId: string;
  personId: string;
  side: PairSide;
  status: ResponseStatus;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type AnswerRow = {
  id: string;
  aractId: string;
  responseId: string;
  questionId: string;
  value: AnswerValue;
  updatedAt: string;
};

export type OutcomeRow = {
  id: string;
  aractId: string;
  participationId: string;
  kind: OutcomeKind;
  theme: Theme;
  status: OutcomeStatus;
  signedAt: string | null;
  depositedAt: string | null;
  depositReference: string | null;
  domains: string[];
  createdAt: string;
  updatedAt: string;
};

/** Every table the generator writes, in an order where parents come before their children. */
export type ScaleTables = {
  Aract: AractRow;
  Company: CompanyRow;
  Cluster: ClusterRow;
  ClusterTemplate: ClusterTemplateRow;
  Participation: ParticipationRow;
  Person: PersonRow;
  PairMember: PairMemberRow;
  CollectiveSession: SessionRow;
  Attendance: AttendanceRow;
  SupportDay: SupportDayRow;
  DiagnosticResponse: ResponseRow;
  DiagnosticAnswer: AnswerRow;
  Outcome: OutcomeRow;
};
export type TableName = keyof ScaleTables;
export type ScaleBatch = { [T in TableName]: ScaleTables[T][] };

export const TABLE_ORDER: readonly TableName[] = [
  "Aract",
  "Company",
  "Cluster",
  "ClusterTemplate",
  "Participation",
  "Person",
  "PairMember",
  "CollectiveSession",
  "Attendance",
  "SupportDay",
  "DiagnosticResponse",
  "DiagnosticAnswer",
  "Outcome",
];

export function emptyBatch(): ScaleBatch {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, []])) as unknown as ScaleBatch;
}

// ───── What the database already holds, and the generator builds on ─────

export type CatalogQuestion = {
  id: string;
  key: string;
  type: QuestionType;
  options: readonly { value: string; label: string }[];
  required: boolean;
};
export type CatalogTemplate = { id: string; key: string; theme: Theme; questions: readonly CatalogQuestion[] };
export type CatalogProgramme = {
  id: string;
  code: string;
  themes: readonly Theme[];
  startYear: number | null;
  endYear: number | null;
};

export type Catalog = {
  /** Aracts that exist already, by slug (the demo's four, or any the network created with a region's slug). */
  aractIds: ReadonlyMap<string, string>;
  /** The national programmes. */
  programmes: readonly CatalogProgramme[];
  /** The latest published version of each national template. */
  templates: readonly CatalogTemplate[];
};
