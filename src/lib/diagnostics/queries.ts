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
import { seatLabel } from "@/lib/clusters/labels";
import { answersDiagnostics, comparisonReady, progressOf, responseState, type Progress, type ResponseState } from "./rules";

// Reads of the diagnostics. Who sees what (enforced here, in the where clauses):
// - a pair member's unsubmitted answers: that member only, never the other member nor the Aract;
// - submitted answers: the pair, the Aract's staff and the national team, in the comparison, once both
//   members have submitted (before that, neither view may influence the other);
// - completion (who submitted, who has a draft, how far): the pair and the staff;
// - company members only ever reach their own company in their own cluster.

/** Answers whose value is not JSON null (a cleared answer keeps its row and its version). */
export const GIVEN = { value: { not: Prisma.JsonNull } } satisfies Prisma.DiagnosticAnswerWhereInput;

const otherSide = (side: PairSide): PairSide => (side === "DIRECTION" ? "STAFF_REPRESENTATIVE" : "DIRECTION");

export const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

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
  /** The caller's seat when it is not a side of the pair: "Référent·e QVT"… */
  myRole: string | null;
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
        cluster: { select: { diagnosticsOpenToMembers: true } },
        pairMembers: {
          where: { endedAt: null },
          orderBy: [{ side: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
          select: {
            side: true,
            role: true,
            roleLabel: true,
            personId: true,
            person: { select: { firstName: true, lastName: true } },
          },
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
  const mySeat = participation.pairMembers.find((seat) => scope.personIds.includes(seat.personId));
  if (!mySeat || !answersDiagnostics(mySeat, participation.cluster)) return [];
  const questions = await questionsOf(scope, templates.map((template) => template.templateId));
  return templates.map((template) => {
    const responseOf = (personId: string) =>
      participation.responses.find((r) => r.templateId === template.templateId && r.personId === personId);
    const pair = participation.pairMembers.flatMap(({ side, ...seat }) =>
      side
        ? [{ side, name: personName(seat.person), isMe: seat.personId === mySeat.personId, state: responseState(responseOf(seat.personId)) }]
        : [],
    );
    const mine = responseOf(mySeat.personId);
    return {
      ...template,
      participationId: participation.id,
      myRole: mySeat.side ? null : seatLabel(mySeat),
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
  /** The caller's seat: a side of the pair, or null for a further member (then `role`, as shown). */
  side: PairSide | null;
  role: string;
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
      select: {
        personId: true,
        side: true,
        role: true,
        roleLabel: true,
        participationId: true,
        participation: { select: { status: true, cluster: { select: { diagnosticsOpenToMembers: true } } } },
      },
    }),
  ]);
  if (!template || !sections || !seat || !answersDiagnostics(seat, seat.participation.cluster)) return null;
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
      where: {
        participationId: seat.participationId,
        templateId,
        status: "SUBMITTED",
        // The pair's other side; for a further member, the pair (the comparison waits for its two views).
        side: seat.side ? otherSide(seat.side) : { not: null },
      },
    }),
  ]);
  return {
    template,
    sections,
    participationId: seat.participationId,
    side: seat.side,
    role: seatLabel(seat),
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
    otherSubmitted: otherSubmitted >= (seat.side ? 1 : 2),
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
