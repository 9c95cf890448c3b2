import type { ClusterStatus } from "@/generated/prisma/enums";

// A cluster's life: draft → recruiting → running → closed → evaluated, one step at a time, forward only.

export const CLUSTER_STATUS_ORDER: readonly ClusterStatus[] = ["DRAFT", "RECRUITING", "RUNNING", "CLOSED", "EVALUATED"];

export function nextStatus(status: ClusterStatus): ClusterStatus | null {
  return CLUSTER_STATUS_ORDER[CLUSTER_STATUS_ORDER.indexOf(status) + 1] ?? null;
}

export function canMove(from: ClusterStatus, to: ClusterStatus): boolean {
  return nextStatus(from) === to;
}

export type TransitionFacts = { activeCompanies: number; hasClusterEvaluation: boolean };

/** Why the move is refused, in French; null when it is allowed. */
export function transitionProblem(from: ClusterStatus, to: ClusterStatus, facts: TransitionFacts): string | null {
  if (!canMove(from, to)) {
    const next = nextStatus(from);
    return next
      ? `Un cluster passe d'une étape à la suivante : de « ${STATUS_WORDS[from]} », il ne peut aller qu'à « ${STATUS_WORDS[next]} ».`
      : "Ce cluster est évalué : c'est sa dernière étape.";
  }
  if (to === "RUNNING" && facts.activeCompanies === 0) {
    return "Inscrivez au moins une entreprise avant de démarrer le cluster.";
  }
  if (to === "EVALUATED" && !facts.hasClusterEvaluation) {
    return "Enregistrez l'évaluation du cluster avant de le déclarer évalué.";
  }
  return null;
}

const STATUS_WORDS: Record<ClusterStatus, string> = {
  DRAFT: "brouillon",
  RECRUITING: "recrutement",
  RUNNING: "en cours",
  CLOSED: "clôturé",
  EVALUATED: "évalué",
};

/** The label of the button that moves a cluster to its next status. */
export const MOVE_LABELS: Record<ClusterStatus, string> = {
  DRAFT: "",
  RECRUITING: "Ouvrir le recrutement",
  RUNNING: "Démarrer le cluster",
  CLOSED: "Clôturer le cluster",
  EVALUATED: "Déclarer le cluster évalué",
};

/** Whether the cluster's records may still change (sessions, companies, support days…). */
export function isOpen(status: ClusterStatus): boolean {
  return status !== "EVALUATED";
}
