import type { ClusterStatus, PairSide, ParticipationStatus } from "@/generated/prisma/enums";
import { parseDay, toDay } from "@/lib/dates/day";
import { formatDate } from "@/lib/format/fr";

// A participation's rules: when it may still change, how it ends, how its pair is invited.

/** Why the participation's records may not change now; null when they may. */
export function participationChangeProblem(cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (cluster === "EVALUATED") return "Ce cluster est évalué : ses entreprises ne peuvent plus être modifiées.";
  if (participation === "WITHDRAWN") return "Cette entreprise est retirée du cluster : sa fiche n'est plus modifiable.";
  return null;
}

/** A company that finished its journey did not drop out: only a candidate or an enrolled company withdraws. */
export function withdrawalProblem(cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (participation === "WITHDRAWN") return "Cette entreprise est déjà retirée du cluster.";
  if (participation === "COMPLETED") return "Cette entreprise a terminé son parcours : elle ne peut plus être retirée.";
  return participationChangeProblem(cluster, participation);
}

/** A company finishes its journey once the cluster has started: an enrolled company of a running or closed cluster. */
export function completionProblem(cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (participation === "COMPLETED") return "Cette entreprise a déjà terminé son parcours.";
  const problem = participationChangeProblem(cluster, participation);
  if (problem) return problem;
  if (participation !== "ENROLLED") return "Seule une entreprise inscrite termine son parcours : inscrivez-la d'abord.";
  if (cluster !== "RUNNING" && cluster !== "CLOSED") return "Un parcours se termine une fois le cluster démarré.";
  return null;
}

/** A finished journey is reopened (with a reason) while the cluster is not evaluated. */
export function reopeningProblem(cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (participation !== "COMPLETED") return "Seul un parcours terminé peut être rouvert.";
  return participationChangeProblem(cluster, participation);
}

/**
 * The pre-diagnostic happens while the cluster recruits, before it starts: at most a year before its
 * start, and never after its end.
 */
export function preDiagnosticDateProblem(day: string, cluster: { startDate: Date; endDate: Date }): string | null {
  const date = parseDay(day);
  if (date > cluster.endDate)
    return `Le pré-diagnostic a lieu avant la fin du cluster (le ${formatDate(cluster.endDate)}).`;
  const earliest = new Date(cluster.startDate);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - 1);
  if (date < earliest) {
    return `Le pré-diagnostic a lieu au plus tôt un an avant le début du cluster, soit le ${formatDate(earliest)}.`;
  }
  return null;
}

/** The earliest and latest days a pre-diagnostic may take, for the date field's bounds. */
export function preDiagnosticWindow(cluster: { startDate: Date; endDate: Date }): { min: string; max: string } {
  const earliest = new Date(cluster.startDate);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - 1);
  return { min: toDay(earliest), max: toDay(cluster.endDate) };
}

/** The direction is always reachable; a staff representative may prefer not to give an address. */
export function emailRequired(side: PairSide): boolean {
  return side === "DIRECTION";
}

export type InvitationState =
  { kind: "active" } | { kind: "invited"; at: Date } | { kind: "not-invited" } | { kind: "no-email" };

/** Where a pair member stands: signed in once, invited, to invite, or unreachable by e-mail. */
export function invitationState(member: {
  email: string | null;
  invitedAt: Date | null;
  /** The member's account exists, is not disabled, and was used to sign in at least once. */
  accountActive: boolean;
}): InvitationState {
  if (member.accountActive) return { kind: "active" };
  if (!member.email) return { kind: "no-email" };
  if (member.invitedAt) return { kind: "invited", at: member.invitedAt };
  return { kind: "not-invited" };
}

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export function invitationLabel(state: InvitationState): string {
  switch (state.kind) {
    case "active":
      return "compte actif";
    case "invited":
      return `invité·e le ${dateTime.format(state.at)}`;
    case "not-invited":
      return "pas encore invité·e";
    case "no-email":
      return "pas d'adresse";
  }
}

export const NO_EMAIL_MESSAGE =
  "Ce membre du binôme n'a pas d'adresse e-mail : il ne peut pas être invité. Remplacez-le par une fiche qui en a une.";

/** Participations that still count in a cluster: every one but the withdrawn (a Prisma filter). */
export const ACTIVE_PARTICIPATION = { status: { not: "WITHDRAWN" } } as const;
