import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { participationWhere } from "@/lib/auth/where";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { isOpen } from "@/lib/clusters/rules";
import { readOptions } from "@/lib/templates/queries";
import { Prisma } from "@/generated/prisma/client";
import { checkAnswer, formatAnswer, type AnswerValue, type QuestionRule } from "./answers";
import { ReopenResponseInput, SaveAnswerInput, SubmitResponseInput } from "./schemas";
import {
  answersDiagnostics,
  CLUSTER_CLOSED_FOR_DIAGNOSTICS,
  missingRequired,
  progressOf,
  RESPONSE_LOCKED,
  STALE_RESPONSE,
  staleAnswerMessage,
  submitProblem,
  WITHDRAWN_COMPANY,
} from "./rules";

type Tx = Prisma.TransactionClient;
type MemberScope = Extract<Scope, { role: "COMPANY_MEMBER" }>;

const NOT_FOUND = "Ce diagnostic";

/** Only pair members answer; the permission says so already, this narrows the type. */
function asMember(scope: Scope): MemberScope {
  if (scope.role !== "COMPANY_MEMBER") throw new NotFoundError(NOT_FOUND);
  return scope;
}

/** The caller's own seat in their company, in this cluster, when it answers the diagnostics; not found otherwise. */
async function findOwnSeat(tx: Tx, scope: MemberScope, clusterId: string) {
  const seat = await tx.pairMember.findFirst({
    where: {
      endedAt: null,
      personId: { in: scope.personIds },
      participation: { clusterId, ...participationWhere(scope) },
    },
    select: {
      personId: true,
      side: true,
      participation: {
        select: { id: true, status: true, cluster: { select: { status: true, diagnosticsOpenToMembers: true } } },
      },
    },
  });
  if (!seat || !answersDiagnostics(seat, seat.participation.cluster)) throw new NotFoundError(NOT_FOUND);
  if (!isOpen(seat.participation.cluster.status)) throw new AppError(CLUSTER_CLOSED_FOR_DIAGNOSTICS);
  if (seat.participation.status === "WITHDRAWN") throw new AppError(WITHDRAWN_COMPANY);
  return seat;
}

/** Where a save goes: named by the response's id, or by the cluster and the template. */
async function resolveTarget(tx: Tx, scope: MemberScope, input: z.output<typeof SaveAnswerInput>) {
  if (!input.responseId) return { clusterId: input.clusterId!, templateId: input.templateId! };
  const response = await tx.diagnosticResponse.findFirst({
    where: { id: input.responseId, personId: { in: scope.personIds }, participation: participationWhere(scope) },
    select: { templateId: true, participation: { select: { clusterId: true } } },
  });
  if (!response) throw new NotFoundError(NOT_FOUND);
  return { clusterId: response.participation.clusterId, templateId: response.templateId };
}

async function findQuestion(tx: Tx, clusterId: string, templateId: string, questionId: string) {
  const chosen = await tx.clusterTemplate.findUnique({
    where: { clusterId_templateId: { clusterId, templateId } },
    select: { templateId: true },
  });
  if (!chosen) throw new NotFoundError(NOT_FOUND);
  const question = await tx.diagnosticQuestion.findFirst({
    where: { id: questionId, templateId },
    select: { key: true, type: true, options: true },
  });
  if (!question) throw new NotFoundError("Cette question");
  return {
    key: question.key,
    rule: { type: question.type, options: readOptions(question.options) } satisfies QuestionRule,
  };
}

/** The response of this person to this template, created by their first save (side from their seat). */
async function ensureResponse(
  tx: Tx,
  scope: MemberScope,
  seat: Awaited<ReturnType<typeof findOwnSeat>>,
  templateId: string,
) {
  const key = { participationId: seat.participation.id, templateId, personId: seat.personId };
  // ON CONFLICT DO NOTHING: two first saves at once (two questions) create one response, and neither fails.
  const created = await tx.diagnosticResponse.createMany({
    data: [{ ...key, aractId: scope.aractId, side: seat.side }],
    skipDuplicates: true,
  });
  const response = await tx.diagnosticResponse.findUniqueOrThrow({
    where: { participationId_templateId_personId: key },
    select: { id: true, status: true },
  });
  if (created.count > 0) {
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "diagnostic-response.started",
      entityType: "DiagnosticResponse",
      entityId: response.id,
      changes: { templateId, side: seat.side },
    });
  }
  return response;
}

function staleAnswer(rule: QuestionRule, stored: unknown): AppError {
  const message = staleAnswerMessage(formatAnswer(rule, (stored ?? null) as AnswerValue | null));
  return new AppError(message, { baseVersion: message });
}

/** The stored version was written by one of the author's saves whose answer never reached the browser. */
function isOwnEarlierSave(lastSaveId: string | null | undefined, priorSaveIds: readonly string[]): boolean {
  return Boolean(lastSaveId) && priorSaveIds.includes(lastSaveId!);
}

export type SavedAnswer = { responseId: string; version: number; savedAt: string };

/**
 * Saves one answer of the caller's own response. Refused, with nothing stored: an answer that does not
 * suit its question, a response already submitted, and a save based on an older version than the one
 * stored (the message gives the stored value, so that the person can choose which to keep).
 */
export async function saveAnswer(scope: Scope, input: z.output<typeof SaveAnswerInput>): Promise<SavedAnswer> {
  const member = asMember(scope);
  return scopedDb(scope).$transaction(async (tx) => {
    const { clusterId, templateId } = await resolveTarget(tx, member, input);
    const seat = await findOwnSeat(tx, member, clusterId);
    const question = await findQuestion(tx, clusterId, templateId, input.questionId);
    const check = checkAnswer(question.rule, input.value);
    if (!check.ok) throw fieldError("value", check.message);

    const response = await ensureResponse(tx, member, seat, templateId);
    if (response.status === "SUBMITTED") throw new AppError(RESPONSE_LOCKED);

    const where = { responseId_questionId: { responseId: response.id, questionId: input.questionId } };
    const current = await tx.diagnosticAnswer.findUnique({
      where,
      select: { id: true, value: true, version: true, lastSaveId: true, updatedAt: true },
    });
    // This very save, already stored (its answer was lost): nothing to write, the same outcome again.
    if (current && current.lastSaveId === input.saveId) {
      return { responseId: response.id, version: current.version, savedAt: current.updatedAt.toISOString() };
    }
    if (input.baseVersion !== (current?.version ?? 0) && !isOwnEarlierSave(current?.lastSaveId, input.priorSaveIds)) {
      throw staleAnswer(question.rule, current?.value);
    }

    const value = check.value === null ? Prisma.JsonNull : check.value;
    // The version in the where clause (or the unique key on creation): of two saves of one version, one wins.
    const written = current
      ? await tx.diagnosticAnswer.updateMany({
          where: { id: current.id, version: current.version },
          data: { value, version: { increment: 1 }, lastSaveId: input.saveId },
        })
      : await tx.diagnosticAnswer.createMany({
          data: [{ aractId: member.aractId, responseId: response.id, questionId: input.questionId, value, lastSaveId: input.saveId }],
          skipDuplicates: true,
        });
    if (written.count === 0) {
      const stored = await tx.diagnosticAnswer.findUnique({ where, select: { value: true } });
      throw staleAnswer(question.rule, stored?.value);
    }
    const saved = await tx.diagnosticAnswer.findUniqueOrThrow({
      where,
      select: { id: true, version: true, updatedAt: true },
    });
    // Who changed which question, when: never the answer itself (an opinion of one person).
    await recordAudit(tx, {
      actorId: member.userId,
      aractId: member.aractId,
      action: "diagnostic-answer.saved",
      entityType: "DiagnosticAnswer",
      entityId: saved.id,
      changes: { question: question.key, version: [current?.version ?? 0, saved.version] },
    });
    return { responseId: response.id, version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}

/** The caller submits their response: every required question answered, then it is locked. */
export async function submitResponse(scope: Scope, input: z.output<typeof SubmitResponseInput>) {
  const member = asMember(scope);
  return scopedDb(scope).$transaction(async (tx) => {
    const response = await tx.diagnosticResponse.findFirst({
      where: { id: input.responseId, personId: { in: member.personIds }, participation: participationWhere(member) },
      select: {
        id: true,
        status: true,
        version: true,
        templateId: true,
        participation: { select: { clusterId: true } },
        answers: { select: { questionId: true, value: true } },
      },
    });
    if (!response) throw new NotFoundError(NOT_FOUND);
    await findOwnSeat(tx, member, response.participation.clusterId);
    if (response.status === "SUBMITTED") throw new AppError(RESPONSE_LOCKED);
    if (response.version !== input.version) throw new AppError(STALE_RESPONSE);

    const questions = await tx.diagnosticQuestion.findMany({
      where: { templateId: response.templateId },
      orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
      select: { id: true, label: true, required: true },
    });
    const answered = response.answers.filter((answer) => answer.value !== null).map((answer) => answer.questionId);
    const missing = missingRequired(questions, answered);
    const problem = submitProblem(
      progressOf(questions, answered),
      missing.map((question) => question.label),
    );
    if (problem) {
      const required = "Question obligatoire : répondez-y avant d'envoyer.";
      throw new AppError(problem, Object.fromEntries(missing.map((question) => [`answers.${question.id}`, required])));
    }
    const submittedAt = new Date();
    const moved = await tx.diagnosticResponse.updateMany({
      where: { id: response.id, version: input.version, status: "DRAFT" },
      data: { status: "SUBMITTED", submittedAt, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError(STALE_RESPONSE);
    await recordAudit(tx, {
      actorId: member.userId,
      aractId: member.aractId,
      action: "diagnostic-response.submitted",
      entityType: "DiagnosticResponse",
      entityId: response.id,
      changes: { status: ["DRAFT", "SUBMITTED"], version: [input.version, input.version + 1] },
    });
    return {
      clusterId: response.participation.clusterId,
      templateId: response.templateId,
      submittedAt: submittedAt.toISOString(),
    };
  });
}

/** The chargé·e de mission reopens a submitted response: a draft again, that only its author can change. */
export async function reopenResponse(scope: AractScope, input: z.output<typeof ReopenResponseInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const response = await tx.diagnosticResponse.findFirst({
      where: { id: input.responseId, aractId: scope.aractId },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        participation: { select: { clusterId: true, cluster: { select: { status: true } } } },
      },
    });
    if (!response) throw new NotFoundError("Cette réponse");
    if (!isOpen(response.participation.cluster.status)) throw new AppError(CLUSTER_CLOSED_FOR_DIAGNOSTICS);
    if (response.status !== "SUBMITTED")
      throw new AppError("Cette réponse n'est pas envoyée : elle est déjà modifiable par son auteur·rice.");
    if (response.version !== input.version) throw new AppError(STALE_RESPONSE);
    const moved = await tx.diagnosticResponse.updateMany({
      where: { id: response.id, version: input.version, status: "SUBMITTED" },
      data: { status: "DRAFT", reopenedAt: new Date(), submittedAt: null, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError(STALE_RESPONSE);
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "diagnostic-response.reopened",
      entityType: "DiagnosticResponse",
      entityId: response.id,
      changes: { status: ["SUBMITTED", "DRAFT"], submittedAt: [response.submittedAt?.toISOString() ?? null, null] },
    });
    return { clusterId: response.participation.clusterId };
  });
}
