import type {
  ClusterStatus,
  SessionSlot,
  PartnerKind,
  Theme,
  MemberRole,
  PairSide,
  ParticipationStatus,
} from "@/generated/prisma/enums";

export const THEME_LABELS: Record<Theme, string> = {
  QVCT: "Qualité de vie et des conditions de travail",
  EGALITE_PROFESSIONNELLE: "Égalité professionnelle",
  EMPLOI_SENIORS: "Emploi des seniors",
  PREVENTION_PENIBILITE: "Prévention de la pénibilité",
  USURE_PROFESSIONNELLE: "Usure professionnelle et vieillissement actif",
  TELETRAVAIL: "Télétravail",
  RISQUES_PSYCHOSOCIAUX: "Risques psychosociaux",
};

export const CLUSTER_STATUS_LABELS: Record<ClusterStatus, string> = {
  DRAFT: "Brouillon",
  RECRUITING: "Recrutement",
  RUNNING: "En cours",
  CLOSED: "Clôturé",
  EVALUATED: "Évalué",
};

export const SLOT_LABELS: Record<SessionSlot, string> = {
  MORNING: "matin",
  AFTERNOON: "après-midi",
  FULL_DAY: "journée entière",
  TIMED: "horaires précis",
};

export const PAIR_SIDE_LABELS: Record<PairSide, string> = {
  DIRECTION: "Direction",
  STAFF_REPRESENTATIVE: "Représentant·e du personnel",
};

/** The further members of a company, beside its pair. */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  QVT_REFERENT: "Référent·e QVT",
  PREVENTION_REFERENT: "Référent·e prévention",
  EQUALITY_REFERENT: "Référent·e égalité professionnelle",
  STEERING_COMMITTEE: "Membre du comité de pilotage",
  LOCAL_MANAGER: "Manager de proximité",
  HEALTH_PROFESSIONAL: "Professionnel·le de santé",
  OTHER: "Autre rôle",
};

export type SeatKind = { side: PairSide | null; role: MemberRole | null; roleLabel: string | null };

/** What a seat holder is in the company's approach: "Direction", "Référent·e QVT", or the role typed in. */
export function seatLabel(seat: SeatKind): string {
  if (seat.side) return PAIR_SIDE_LABELS[seat.side];
  if (seat.role === "OTHER" && seat.roleLabel) return seat.roleLabel;
  return seat.role ? MEMBER_ROLE_LABELS[seat.role] : "Membre";
}

/** A diagnostic response without a side: a further member's view. */
export const OTHER_MEMBER_LABEL = "Autre membre de l'entreprise";

/** The hint of a pair member's job title, by side: the direction is not an elected staff representative. */
export const JOB_TITLE_HINTS: Record<PairSide, string> = {
  DIRECTION: "Facultative. Exemple : directrice générale, responsable des ressources humaines",
  STAFF_REPRESENTATIVE: "Facultative. Exemple : secrétaire du CSE, élu·e du personnel",
};

export const MEMBER_JOB_TITLE_HINT = "Facultative. Exemple : infirmière de santé au travail, chef d'équipe, chargée RH";

export const PARTICIPATION_STATUS_LABELS: Record<ParticipationStatus, string> = {
  CANDIDATE: "Candidate",
  ENROLLED: "Inscrite",
  COMPLETED: "Parcours terminé",
  WITHDRAWN: "Retirée",
};

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  CARSAT: "Carsat / Cramif",
  OPCO: "Opérateur de compétences (OPCO)",
  DREETS: "DREETS (ex-Direccte)",
  POLE_COMPETITIVITE: "Pôle de compétitivité",
  SYNDICAT_PROFESSIONNEL: "Syndicat professionnel",
  ASSOCIATION: "Association",
  COLLECTIVITE: "Collectivité",
  AUTRE: "Autre",
};
