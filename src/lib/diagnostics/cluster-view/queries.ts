import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import { getTemplateContent, listClusterTemplates, type ClusterTemplateRef } from "@/lib/templates/queries";
import type { PairSide } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { AnswerValue } from "../answers";
import { distributionOf, type QuestionDistribution } from "../distribution";
import { canShowDistribution, comparisonReady, responseState, type ResponseState } from "../rules";
import { findClusterTemplate, GIVEN } from "../queries";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

// The cluster-level view of the diagnostics, for the Aract's staff and the national team only (company
// members get nothing here): completion per company, and the distribution of the submitted answers,
// only when enough companies have submitted for no company's answers to show through.

export const PAIR_SIDES: readonly PairSide[] = ["DIRECTION", "STAFF_REPRESENTATIVE"];

export type SideCompletion = {
  side: PairSide;
  name: string | null;
  state: ResponseState | "VACANT";
  /** Answered questions: a count, never the answers of a draft. */
  answered: number;
  submittedAt: Date | null;
  responseId: string | null;
  version: number | null;
};

export type CompanyCompletion = {
  participationId: string;
  companyName: string;
  sides: SideCompletion[];
  /** The further members who answer (the cluster opens its diagnostics to them): how many, how many submitted. */
  others: { seated: number; submitted: number } | null;
  comparisonReady: boolean;
};

export type TemplateCompletion = ClusterTemplateRef & { questionCount: number; companies: CompanyCompletion[] };

/** Each of the cluster's templates with, per company still in the cluster, where each pair member stands. */
export async function listClusterCompletion(scope: Scope, clusterId: string): Promise<TemplateCompletion[]> {
  if (scope.role === "COMPANY_MEMBER") return [];
  const templates = await listClusterTemplates(scope, clusterId);
  if (templates.length === 0) return [];
  const templateIds = templates.map((template) => template.templateId);
  const [questionCounts, participations] = await Promise.all([
    scopedDb(scope).diagnosticQuestion.groupBy({
      by: ["templateId"],
      where: { templateId: { in: templateIds } },
      _count: { _all: true },
    }),
    scopedDb(scope).participation.findMany({
      where: { clusterId, ...ACTIVE_PARTICIPATION, ...participationWhere(scope) },
      orderBy: { company: { name: "asc" } },
      select: {
        id: true,
        company: { select: { name: true } },
        cluster: { select: { diagnosticsOpenToMembers: true } },
        pairMembers: {
          where: { endedAt: null },
          select: { side: true, personId: true, person: { select: { firstName: true, lastName: true } } },
        },
        responses: {
          where: { templateId: { in: templateIds } },
          select: {
            id: true,
            templateId: true,
            personId: true,
            status: true,
            submittedAt: true,
            version: true,
            _count: { select: { answers: { where: GIVEN } } },
          },
        },
      },
    }),
  ]);
  return templates.map((template) => ({
    ...template,
    questionCount: questionCounts.find((row) => row.templateId === template.templateId)?._count._all ?? 0,
    companies: participations.map((participation) => {
      const sides = PAIR_SIDES.map((side): SideCompletion => {
        const seat = participation.pairMembers.find((member) => member.side === side);
        if (!seat)
          return { side, name: null, state: "VACANT", answered: 0, submittedAt: null, responseId: null, version: null };
        const response = participation.responses.find(
          (r) => r.templateId === template.templateId && r.personId === seat.personId,
        );
        return {
          side,
          name: `${seat.person.firstName} ${seat.person.lastName}`,
          state: responseState(response),
          answered: response?._count.answers ?? 0,
          submittedAt: response?.submittedAt ?? null,
          responseId: response?.id ?? null,
          version: response?.version ?? null,
        };
      });
      const ready = comparisonReady({ DIRECTION: sides[0]!.state, STAFF_REPRESENTATIVE: sides[1]!.state });
      const others = participation.pairMembers.filter((seat) => seat.side === null);
      const submittedBy = (personId: string) =>
        participation.responses.some(
          (r) => r.templateId === template.templateId && r.personId === personId && r.status === "SUBMITTED",
        );
      return {
        participationId: participation.id,
        companyName: participation.company.name,
        sides,
        others: participation.cluster.diagnosticsOpenToMembers
          ? { seated: others.length, submitted: others.filter((seat) => submittedBy(seat.personId)).length }
          : null,
        comparisonReady: ready,
      };
    }),
  }));
}

export type SectionDistribution = { id: string; title: string; questions: QuestionDistribution[] };

export type ClusterDistribution = {
  template: ClusterTemplateRef;
  /** Companies with at least one submitted response: the group whose size decides whether to break down. */
  companyCount: number;
  responseCount: number;
  /** null when the group is too small to be broken down. */
  sections: SectionDistribution[] | null;
};

/** The distribution of the submitted answers to one template over the cluster's companies. */
export async function getClusterDistribution(
  scope: Scope,
  clusterId: string,
  templateId: string,
): Promise<ClusterDistribution | null> {
  if (scope.role === "COMPANY_MEMBER") return null;
  const [template, content] = await Promise.all([
    findClusterTemplate(scope, clusterId, templateId),
    getTemplateContent(scope, templateId),
  ]);
  if (!template || !content) return null;
  const submitted = {
    templateId,
    status: "SUBMITTED",
    // The pair's two views: a company with further members answering weighs as much as any other.
    side: { not: null },
    participation: { clusterId, ...ACTIVE_PARTICIPATION, ...participationWhere(scope) },
  } satisfies Prisma.DiagnosticResponseWhereInput;
  const responses = await scopedDb(scope).diagnosticResponse.findMany({ where: submitted, select: { participationId: true } });
  const companyCount = new Set(responses.map((response) => response.participationId)).size;
  const result = { template, companyCount, responseCount: responses.length };
  // Below the threshold the answers are not even read.
  if (!canShowDistribution(companyCount)) return { ...result, sections: null };
  const answers = await scopedDb(scope).diagnosticAnswer.findMany({
    where: { ...GIVEN, response: submitted },
    select: { questionId: true, value: true },
  });
  const valuesOf = (questionId: string) =>
    answers.filter((answer) => answer.questionId === questionId).map((answer) => answer.value as AnswerValue | null);
  return {
    ...result,
    sections: content.map((section) => ({
      id: section.id,
      title: section.title,
      questions: section.questions.map((question) => distributionOf(question, valuesOf(question.id))),
    })),
  };
}
