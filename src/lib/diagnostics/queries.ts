import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import {
  getTemplateContent,
  listClusterTemplates,
  readOptions,
  type ClusterTemplateRef,
  type TemplateSection,
} from "@/lib/templates/queries";
import { Prisma } from "@/generated/prisma/client";
import type { PairSide } from "@/generated/prisma/enums";
import { formatAnswer, type AnswerValue } from "./answers";
import { comparisonReady, progressOf, responseState, type Progress, type ResponseState } from "./rules";

// Reads of the diagnostics. Who sees what (enforced here, in the where clauses):
// - a pair member's unsubmitted answers: that member only, never the other member nor the Aract;
// - submitted answers: the pair, the Aract's staff and the national team, in the comparison, once both
//   members have submitted (before that, neither view may influence the other);
// - completion (who submitted, who has a draft, how far): the pair and the staff;
// - company members only ever reach their own company in their own cluster.

/** Answers whose value is not JSON null (a cleared answer keeps its row and its version). */
export const GIVEN = { value: { not: Prisma.JsonNull } } satisfies Prisma.DiagnosticAnswerWhereInput;

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** One of the cluster's templates, when the scope reaches the cluster and the cluster uses it. */
export async function findClusterTemplate(
  scope: Scope,
  clusterId: string,
  templateId: string,
): Promise<ClusterTemplateRef | null> {
  const templates = await listClusterTemplates(scope, clusterId);
  return templates.find((template) => template.templateId === templateId) ?? null;
}

async function questionsOf(scope: Scope, templateIds: string[]) {
  const rows = await scopedDb(scope).diagnosticQuestion.findMany({
    where: { templateId: { in: templateIds } },
    select: { id: true, templateId: true, required: true },
  });
  return (templateId: string) => rows.filter((row) => row.templateId === templateId);
}

// ───── The pair member's own diagnostics ─────

export type PairMemberState = { side: PairSide; name: string; isMe: boolean; state: ResponseState };

export type MyDiagnostic = ClusterTemplateRef & {
  participationId: string;
  mine: { state: ResponseState; progress: Progress; submittedAt: Date | null };
  pair: PairMemberState[];
  comparisonReady: boolean;
};

/** The cluster's diagnostics as a pair member sees them: their own progress, and where the pair stands. */
export async function listMyDiagnostics(scope: Scope, clusterId: string): Promise<MyDiagnostic[]> {
  if (scope.role !== "COMPANY_MEMBER") return [];
  const [templates, participation] = await Promise.all([
    listClusterTemplates(scope, clusterId),
    scopedDb(scope).participation.findFirst({
      where: { clusterId, ...participationWhere(scope) },
      select: {
        id: true,
        pairMembers: {
          where: { endedAt: null },
          orderBy: { side: "asc" },
          select: { side: true, personId: true, person: { select: { firstName: true, lastName: true } } },
        },
        // Status only for the other member; the caller's own answered questions, for their progress.
        responses: {
          select: {
            templateId: true,
            personId: true,
            status: true,
            submittedAt: true,
            answers: {
              where: { ...GIVEN, response: { personId: { in: scope.personIds } } },
              select: { questionId: true },
            },
          },
        },
      },
    }),
  ]);
  if (!participation || templates.length === 0) return [];
  const questions = await questionsOf(scope, templates.map((template) => template.templateId));
  return templates.map((template) => {
    const responseOf = (personId: string) =>
      participation.responses.find((r) => r.templateId === template.templateId && r.personId === personId);
    const pair = participation.pairMembers.map((seat) => ({
      side: seat.side,
      name: personName(seat.person),
      isMe: scope.personIds.includes(seat.personId),
      state: responseState(responseOf(seat.personId)),
    }));
    const mySeat = participation.pairMembers.find((seat) => scope.personIds.includes(seat.personId));
    const mine = mySeat ? responseOf(mySeat.personId) : undefined;
    return {
      ...template,
      participationId: participation.id,
      mine: {
        state: responseState(mine),
        progress: progressOf(questions(template.templateId), mine?.answers.map((answer) => answer.questionId) ?? []),
        submittedAt: mine?.submittedAt ?? null,
      },
      pair,
      comparisonReady: comparisonReady(Object.fromEntries(pair.map((member) => [member.side, member.state]))),
    };
  });
}

export type OwnAnswer = { value: AnswerValue | null; version: number; updatedAt: Date };

export type OwnResponse = {
  template: ClusterTemplateRef;
  sections: TemplateSection[];
  participationId: string;
  side: PairSide;
  /** The key of the answers kept on the device while they are not sent: one per participation, template and person. */
  draftKey: string;
  response: {
    id: string;
    status: "DRAFT" | "SUBMITTED";
    version: number;
    submittedAt: Date | null;
    reopenedAt: Date | null;
  } | null;
  answers: Record<string, OwnAnswer>;
  otherSubmitted: boolean;
  /** A withdrawn company's responses are read only. */
  withdrawn: boolean;
};

/** The caller's own response to one of their cluster's templates (null: not theirs, or not this cluster's). */
export async function getOwnResponse(scope: Scope, clusterId: string, templateId: string): Promise<OwnResponse | null> {
  if (scope.role !== "COMPANY_MEMBER") return null;
  const [template, sections, seat] = await Promise.all([
    findClusterTemplate(scope, clusterId, templateId),
    getTemplateContent(scope, templateId),
    scopedDb(scope).pairMember.findFirst({
      where: {
        endedAt: null,
        personId: { in: scope.personIds },
        participation: { clusterId, ...participationWhere(scope) },
      },
      select: { personId: true, side: true, participationId: true, participation: { select: { status: true } } },
    }),
  ]);
  if (!template || !sections || !seat) return null;
  const [response, otherSubmitted] = await Promise.all([
    scopedDb(scope).diagnosticResponse.findUnique({
      where: {
        participationId_templateId_personId: {
          participationId: seat.participationId,
          templateId,
          personId: seat.personId,
        },
      },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        reopenedAt: true,
        answers: { select: { questionId: true, value: true, version: true, updatedAt: true } },
      },
    }),
    scopedDb(scope).diagnosticResponse.count({
      where: { participationId: seat.participationId, templateId, status: "SUBMITTED", side: { not: seat.side } },
    }),
  ]);
  return {
    template,
    sections,
    participationId: seat.participationId,
    side: seat.side,
    draftKey: `${seat.participationId}:${templateId}:${seat.personId}`,
    response: response && {
      id: response.id,
      status: response.status,
      version: response.version,
      submittedAt: response.submittedAt,
      reopenedAt: response.reopenedAt,
    },
    answers: Object.fromEntries(
      (response?.answers ?? []).map((a) => [
        a.questionId,
        { value: a.value as AnswerValue | null, version: a.version, updatedAt: a.updatedAt },
      ]),
    ),
    otherSubmitted: otherSubmitted > 0,
    withdrawn: seat.participation.status === "WITHDRAWN",
  };
}

/** The stored value of one answer of the caller's own response, to settle a refused save. */
export async function readOwnAnswer(
  scope: Scope,
  input: { clusterId: string; templateId: string; questionId: string },
) {
  if (scope.role !== "COMPANY_MEMBER") return null;
  const answer = await scopedDb(scope).diagnosticAnswer.findFirst({
    where: {
      questionId: input.questionId,
      response: {
        templateId: input.templateId,
        personId: { in: scope.personIds },
        participation: { clusterId: input.clusterId, ...participationWhere(scope) },
      },
    },
    select: { value: true, version: true, question: { select: { type: true, options: true } } },
  });
  if (!answer) return { value: null, version: 0, text: "sans réponse" };
  const value = answer.value as AnswerValue | null;
  const rule = { type: answer.question.type, options: readOptions(answer.question.options) };
  return { value, version: answer.version, text: formatAnswer(rule, value) };
}

// ───── The comparison of one pair ─────

export type ComparisonSide = {
  side: PairSide;
  name: string | null;
  state: ResponseState | "VACANT";
  submittedAt: Date | null;
  responseId: string | null;
  version: number | null;
};

export type PairComparison = {
  template: ClusterTemplateRef;
  sections: TemplateSection[];
  companyName: string;
  sides: Record<PairSide, ComparisonSide>;
  /** Both sides' answers; null until both members have submitted. */
  answers: Record<PairSide, Record<string, AnswerValue | null>> | null;
};

/** One pair's two views of one diagnostic, for the pair and the Aract; null when out of scope. */
export async function getPairComparison(
  scope: Scope,
  clusterId: string,
  templateId: string,
  participationId: string,
): Promise<PairComparison | null> {
  const [template, sections, participation] = await Promise.all([
    findClusterTemplate(scope, clusterId, templateId),
    getTemplateContent(scope, templateId),
    scopedDb(scope).participation.findFirst({
      // AND, not a spread: a company member's where clause carries an `id` of its own.
      where: { AND: [{ id: participationId, clusterId }, participationWhere(scope)] },
      select: {
        company: { select: { name: true } },
        pairMembers: {
          where: { endedAt: null },
          select: {
            side: true,
            person: {
              select: {
                firstName: true,
                lastName: true,
                responses: {
                  where: { participationId, templateId },
                  select: { id: true, status: true, submittedAt: true, version: true },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  if (!template || !sections || !participation) return null;
  const sideOf = (side: PairSide): ComparisonSide => {
    const seat = participation.pairMembers.find((member) => member.side === side);
    if (!seat) return { side, name: null, state: "VACANT", submittedAt: null, responseId: null, version: null };
    const response = seat.person.responses[0];
    return {
      side,
      name: personName(seat.person),
      state: responseState(response),
      submittedAt: response?.submittedAt ?? null,
      responseId: response?.id ?? null,
      version: response?.version ?? null,
    };
  };
  const sides = { DIRECTION: sideOf("DIRECTION"), STAFF_REPRESENTATIVE: sideOf("STAFF_REPRESENTATIVE") };
  if (!comparisonReady({ DIRECTION: sides.DIRECTION.state, STAFF_REPRESENTATIVE: sides.STAFF_REPRESENTATIVE.state }))
    return { template, sections, companyName: participation.company.name, sides, answers: null };
  // Only now, and only submitted responses, are the answers read.
  const rows = await scopedDb(scope).diagnosticAnswer.findMany({
    where: {
      responseId: { in: [sides.DIRECTION.responseId!, sides.STAFF_REPRESENTATIVE.responseId!] },
      response: { status: "SUBMITTED" },
    },
    select: { responseId: true, questionId: true, value: true },
  });
  const answersOf = (side: PairSide) =>
    Object.fromEntries(
      rows
        .filter((row) => row.responseId === sides[side].responseId)
        .map((row) => [row.questionId, row.value as AnswerValue | null]),
    );
  return {
    template,
    sections,
    companyName: participation.company.name,
    sides,
    answers: { DIRECTION: answersOf("DIRECTION"), STAFF_REPRESENTATIVE: answersOf("STAFF_REPRESENTATIVE") },
  };
}
