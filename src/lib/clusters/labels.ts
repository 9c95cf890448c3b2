import type {
  ClusterStatus,
  SessionSlot,
  PartnerKind,
  Theme,
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

/** The hint of a pair member's job title, by side: the direction is not an elected staff representative. */
export const JOB_TITLE_HINTS: Record<PairSide, string> = {
  DIRECTION: "Facultative. Exemple : directrice générale, responsable des ressources humaines",
  STAFF_REPRESENTATIVE: "Facultative. Exemple : secrétaire du CSE, élu·e du personnel",
};

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
