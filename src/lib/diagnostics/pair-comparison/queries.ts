import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import { getTemplateContent, type ClusterTemplateRef, type TemplateSection } from "@/lib/templates/queries";
import { seatLabel } from "@/lib/clusters/labels";
import type { PairSide } from "@/generated/prisma/enums";
import type { AnswerValue } from "../answers";
import { answersDiagnostics, comparisonReady, responseState, type ResponseState } from "../rules";
import { findClusterTemplate, personName } from "../queries";

// The comparison of one pair's views of one diagnostic, and of its further members' when the cluster opens
// its diagnostics to them. Answers are read only once both sides of the pair have submitted (see ../queries.ts).

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
  /** The further members' views, when the cluster opens its diagnostics to them (answers: once submitted and the pair's comparison ready). */
  further: FurtherView[];
};

export type FurtherView = {
  id: string;
  label: string;
  name: string;
  state: ResponseState;
  submittedAt: Date | null;
  answers: Record<string, AnswerValue | null> | null;
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
        cluster: { select: { diagnosticsOpenToMembers: true } },
        pairMembers: {
          where: { endedAt: null },
          orderBy: { startedAt: "asc" },
          select: {
            id: true,
            side: true,
            role: true,
            roleLabel: true,
            personId: true,
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
  const open = participation.cluster.diagnosticsOpenToMembers;
  // A further member reads the comparison once the cluster has them answer too: it is then theirs as well.
  const callerSeat = participation.pairMembers.find((seat) => scope.role === "COMPANY_MEMBER" && scope.personIds.includes(seat.personId));
  if (scope.role === "COMPANY_MEMBER" && (!callerSeat || !answersDiagnostics(callerSeat, participation.cluster))) return null;
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
  const others = open ? participation.pairMembers.filter((seat) => seat.side === null) : [];
  const ready = comparisonReady({ DIRECTION: sides.DIRECTION.state, STAFF_REPRESENTATIVE: sides.STAFF_REPRESENTATIVE.state });
  const shown = (answers: (responseId: string | undefined) => Record<string, AnswerValue | null> | null) =>
    others.map((seat): FurtherView => {
      const response = seat.person.responses[0];
      return {
        id: seat.id,
        label: seatLabel(seat),
        name: personName(seat.person),
        state: responseState(response),
        submittedAt: response?.submittedAt ?? null,
        answers: response?.status === "SUBMITTED" ? answers(response.id) : null,
      };
    });
  if (!ready)
    return { template, sections, companyName: participation.company.name, sides, answers: null, further: shown(() => null) };
  // Only now, and only submitted responses, are the answers read.
  const submittedIds = [
    sides.DIRECTION.responseId!,
    sides.STAFF_REPRESENTATIVE.responseId!,
    ...others.flatMap((seat) => seat.person.responses.filter((r) => r.status === "SUBMITTED").map((r) => r.id)),
  ];
  const rows = await scopedDb(scope).diagnosticAnswer.findMany({
    where: { responseId: { in: submittedIds }, response: { status: "SUBMITTED" } },
    select: { responseId: true, questionId: true, value: true },
  });
  const answersOf = (responseId: string | null | undefined) =>
    Object.fromEntries(
      rows.filter((row) => row.responseId === responseId).map((row) => [row.questionId, row.value as AnswerValue | null]),
    );
  return {
    template,
    sections,
    companyName: participation.company.name,
    sides,
    answers: { DIRECTION: answersOf(sides.DIRECTION.responseId), STAFF_REPRESENTATIVE: answersOf(sides.STAFF_REPRESENTATIVE.responseId) },
    further: shown(answersOf),
  };
}
