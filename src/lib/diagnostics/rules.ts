import type { PairSide, ResponseStatus } from "@/generated/prisma/enums";

// The rules of a diagnostic response: where a person stands, what is left before submitting, and when
// a cluster's answers may be shown as a distribution. Pure, shared by the server and the forms.

/** Where one pair member stands on one diagnostic. */
export type ResponseState = "NOT_STARTED" | "DRAFT" | "SUBMITTED";

export function responseState(response: { status: ResponseStatus } | null | undefined): ResponseState {
  if (!response) return "NOT_STARTED";
  return response.status === "SUBMITTED" ? "SUBMITTED" : "DRAFT";
}

export const RESPONSE_STATE_LABELS: Record<ResponseState, string> = {
  NOT_STARTED: "Pas commencé",
  DRAFT: "En cours",
  SUBMITTED: "Envoyé",
};

export type Progress = { answered: number; total: number; requiredAnswered: number; requiredTotal: number };

/** How many questions are answered, the required ones counted apart (they come first in the UI). */
export function progressOf(
  questions: readonly { id: string; required: boolean }[],
  answeredIds: Iterable<string>,
): Progress {
  const answered = new Set(answeredIds);
  const required = questions.filter((question) => question.required);
  return {
    answered: questions.filter((question) => answered.has(question.id)).length,
    total: questions.length,
    requiredAnswered: required.filter((question) => answered.has(question.id)).length,
    requiredTotal: required.length,
  };
}

/** The required questions still without an answer, in the order they were given. */
export function missingRequired<Q extends { id: string; required: boolean }>(
  questions: readonly Q[],
  answeredIds: Iterable<string>,
): Q[] {
  const answered = new Set(answeredIds);
  return questions.filter((question) => question.required && !answered.has(question.id));
}

/** Why a response cannot be submitted yet, in French; null when it can. */
export function submitProblem(progress: Progress, missingLabels: readonly string[]): string | null {
  if (progress.answered === 0) return "Répondez au moins à une question avant d'envoyer votre réponse.";
  if (missingLabels.length === 0) return null;
  const count = missingLabels.length;
  const list = missingLabels.map((label) => `« ${label} »`).join(", ");
  return count === 1
    ? `Une question obligatoire est encore sans réponse : ${list}.`
    : `${count} questions obligatoires sont encore sans réponse : ${list}.`;
}

/** A seat answers the cluster's diagnostics: a side of the pair always, a further member once the cluster opens them. */
export function answersDiagnostics(
  seat: { side: PairSide | null },
  cluster: { diagnosticsOpenToMembers: boolean },
): boolean {
  return seat.side !== null || cluster.diagnosticsOpenToMembers;
}

/** The comparison needs both views: each side of the pair must have submitted. */
export function comparisonReady(states: Partial<Record<PairSide, ResponseState | "VACANT">>): boolean {
  return states.DIRECTION === "SUBMITTED" && states.STAFF_REPRESENTATIVE === "SUBMITTED";
}

// ───── The cluster-level view ─────

/**
 * Below this many companies, a distribution of answers would let people (the chargé·e de mission, or
 * whoever sees it) guess a company's answers: it is not broken down.
 */
export const MIN_COMPANIES_FOR_DISTRIBUTION = 5;

export const SMALL_GROUP_MESSAGE =
  "Moins de 5 entreprises ont répondu : la répartition n'est pas affichée, pour ne pas identifier leurs réponses.";

export function canShowDistribution(companiesWithSubmittedResponses: number): boolean {
  return companiesWithSubmittedResponses >= MIN_COMPANIES_FOR_DISTRIBUTION;
}

// ───── Messages of the server ─────

export const RESPONSE_LOCKED =
  "Cette réponse est envoyée : elle ne peut plus être modifiée. Le ou la chargé·e de mission peut la rouvrir si besoin.";
export const STALE_RESPONSE =
  "Cette réponse a changé entre-temps (envoyée ou rouverte ailleurs). Rechargez la page : rien n'a été enregistré.";
export const CLUSTER_CLOSED_FOR_DIAGNOSTICS = "Ce cluster est évalué : ses diagnostics ne peuvent plus être modifiés.";
export const WITHDRAWN_COMPANY =
  "Votre entreprise s'est retirée de ce cluster : ses diagnostics ne peuvent plus être modifiés.";

/** The refusal of a save based on an older version, with the value stored now, in words. */
export function staleAnswerMessage(storedInWords: string): string {
  return (
    `Cette réponse a été modifiée ailleurs entre-temps (dans un autre onglet ou sur un autre appareil) : ` +
    `la valeur enregistrée est maintenant « ${storedInWords} ». Votre saisie n'a pas été enregistrée : choisissez laquelle garder.`
  );
}
