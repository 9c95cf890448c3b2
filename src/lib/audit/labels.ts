import { ROLE_LABELS } from "@/lib/auth/policy";
import { INDICATORS, STAGE_LABELS } from "@/lib/indicators/fields";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import {
  CLUSTER_STATUS_LABELS,
  SLOT_LABELS,
  MEMBER_ROLE_LABELS,
  PAIR_SIDE_LABELS,
  PARTICIPATION_STATUS_LABELS,
} from "@/lib/clusters/labels";

// The audit trail in French words. Actions and record types are stored as codes ("cluster.status-changed",
// "Participation"); those not listed here (new ones) are shown as their code rather than hidden.

export const ACTION_LABELS: Record<string, string> = {
  "auth.sign-in": "Connexion",
  "auth.signed-out-everywhere": "Déconnexion de toutes les sessions",
  "audit.exported": "Export du journal d'audit",
  "aract.created": "Aract créée",
  "aract.updated": "Aract modifiée",
  "aract.deactivated": "Aract désactivée",
  "aract.reactivated": "Aract réactivée",
  "user.invited": "Personne invitée",
  "user.invitation-resent": "Invitation renvoyée",
  "user.role-changed": "Rôle changé",
  "user.deactivated": "Compte désactivé",
  "user.reactivated": "Compte réactivé",
  "user.national-admin-created": "Administrateur·rice national·e créé·e",
  "cluster.handed-over": "Cluster confié à une autre personne",
  "programme.created": "Programme créé",
  "programme.updated": "Programme modifié",
  "partner.created": "Partenaire ajouté à l'annuaire",
  "partner.updated": "Partenaire modifié",
  "partner.archived": "Partenaire archivé",
  "partner.restored": "Partenaire rétabli",
  "personal-data.exported": "Export des données d'une personne",
  "person.erased": "Personne supprimée (données effacées)",
  "action-plan.action-added": "Action ajoutée au plan",
  "action-plan.action-moved": "Action déplacée dans le plan",
  "action-plan.action-removed": "Action retirée du plan",
  "action-plan.action-updated": "Action du plan modifiée",
  "action-plan.summary-updated": "Synthèse du plan modifiée",
  "cluster.created": "Cluster créé",
  "cluster.updated": "Cluster modifié",
  "cluster.status-changed": "Étape du cluster changée",
  "cluster.exported": "Export de données du cluster",
  "cluster.companies-imported": "Liste de structures importée",
  "cluster.template-added": "Diagnostic ajouté au cluster",
  "cluster.template-removed": "Diagnostic retiré du cluster",
  "cluster.template-version-changed": "Version du diagnostic changée",
  "company.created": "Entreprise créée",
  "diagnostic-answer.saved": "Réponse au diagnostic enregistrée",
  "diagnostic-response.started": "Diagnostic commencé",
  "diagnostic-response.submitted": "Diagnostic envoyé",
  "diagnostic-response.reopened": "Diagnostic rouvert",
  "diagnostic.reminder-sent": "Relance de diagnostic envoyée",
  "evaluation.created": "Évaluation créée",
  "evaluation.updated": "Évaluation modifiée",
  "outcome.created": "Résultat créé",
  "outcome.updated": "Résultat modifié",
  "pair.invited": "Membre du binôme invité",
  "pair.invitation-resent": "Invitation au binôme renvoyée",
  "pair.member-added": "Membre ajouté au binôme",
  "pair.member-replaced": "Membre du binôme remplacé",
  "member.added": "Membre de l'entreprise ajouté",
  "indicators.created": "Indicateurs de l'entreprise saisis",
  "indicators.updated": "Indicateurs de l'entreprise modifiés",
  "follow-up.sent": "Suivi envoyé au binôme",
  "follow-up.reminded": "Relance du suivi envoyée",
  "follow-up.answered": "Questionnaire de suivi rempli",
  "follow-up.updated": "Questionnaire de suivi modifié",
  "follow-up.rescheduled": "Date du suivi changée",
  "resource.created": "Ressource publiée",
  "resource.updated": "Ressource modifiée",
  "resource.deleted": "Ressource supprimée",
  "resource.featured": "Ressource mise en avant",
  "resource.unfeatured": "Ressource retirée de la une",
  "resource.attached": "Ressource jointe",
  "resource.detached": "Ressource retirée",
  "member.removed": "Membre de l'entreprise retiré",
  "member.steering-changed": "Comité de pilotage modifié",
  "steering-meeting.added": "Réunion du comité de pilotage enregistrée",
  "steering-meeting.deleted": "Réunion du comité de pilotage supprimée",
  "cluster.member-diagnostics": "Diagnostics ouverts ou fermés aux autres membres",
  "participation.enrolled": "Entreprise inscrite",
  "application.submitted": "Candidature reçue",
  "application.accepted": "Candidature acceptée",
  "application.declined": "Candidature refusée",
  "application.routed": "Candidature confiée à une Aract",
  "participation.withdrawn": "Entreprise retirée",
  "participation.completed": "Parcours terminé",
  "participation.reopened": "Parcours rouvert",
  "person.created": "Personne créée",
  "prediagnostic.created": "Pré-diagnostic créé",
  "prediagnostic.updated": "Pré-diagnostic modifié",
  "session.created": "Séance collective planifiée",
  "session.updated": "Séance collective modifiée",
  "session.cancelled": "Séance collective annulée",
  "session.attendance-recorded": "Présences enregistrées",
  "support-day.created": "Appui individuel ajouté",
  "support-day.updated": "Appui individuel modifié",
  "support-day.deleted": "Appui individuel supprimé",
  "template.published": "Modèle de diagnostic publié",
};

export const ENTITY_LABELS: Record<string, string> = {
  ActionPlan: "Plan d'actions",
  Aract: "Aract",
  AuditTrail: "Journal d'audit",
  Cluster: "Cluster",
  CollectiveSession: "Séance collective",
  Company: "Entreprise",
  Application: "Candidature",
  DiagnosticAnswer: "Réponse au diagnostic",
  DiagnosticReminder: "Relance de diagnostic",
  DiagnosticResponse: "Diagnostic",
  DiagnosticTemplate: "Modèle de diagnostic",
  Evaluation: "Évaluation",
  Membership: "Rôle",
  Outcome: "Résultat",
  PairMember: "Membre de l'entreprise",
  SteeringMeeting: "Réunion du comité de pilotage",
  CompanyIndicators: "Indicateurs de l'entreprise",
  Participation: "Participation",
  Partner: "Partenaire",
  Person: "Personne",
  PreDiagnostic: "Pré-diagnostic",
  Programme: "Programme",
  SupportDay: "Appui individuel",
  User: "Utilisateur·rice",
};

/** Names of the fields most often found in `changes`; the others keep their code. */
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(INDICATORS.map((indicator) => [indicator.key, indicator.label.toLowerCase()])),
  stage: "étape",
  measuredOn: "date des chiffres",
  source: "source",
  name: "nom",
  status: "étape",
  title: "titre",
  date: "date",
  // Before whole days and timed sessions, the slot was recorded as the half-day.
  halfDay: "demi-journée",
  slot: "horaire",
  startTime: "heure de début",
  endTime: "heure de fin",
  videoUrl: "lien de visioconférence",
  version: "version",
  provider: "mode de connexion",
  export: "export",
  endedSessions: "sessions fermées",
  sessionsEnded: "sessions fermées",
  clustersHandedOver: "clusters confiés",
  role: "rôle",
  newAccount: "nouveau compte",
  rows: "lignes",
  file: "fichier",
  target: "candidature à",
  routed: "confiée à une Aract",
  invited: "personnes invitées",
  enrolled: "inscrites",
  created: "créées",
  unchanged: "inchangées",
  filters: "filtres",
  withdrawalReason: "motif du retrait",
  cancelledAt: "annulée le",
  summary: "synthèse",
  objective: "objectif",
  position: "position",
  headcount: "effectif",
  siret: "SIRET",
  nafCode: "code NAF",
  side: "côté du binôme",
  roleLabel: "rôle précisé",
  steering: "au comité de pilotage",
  note: "objet",
  diagnosticsOpenToMembers: "diagnostics ouverts aux autres membres",
  template: "modèle",
  startDate: "début",
  endDate: "fin",
};

/** Codes stored as values, in words: per field, and for `status` per record type. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  role: { ...ROLE_LABELS, ...MEMBER_ROLE_LABELS },
  stage: STAGE_LABELS,
  side: PAIR_SIDE_LABELS,
  halfDay: SLOT_LABELS,
  slot: SLOT_LABELS,
};
const STATUS_LABELS: Record<string, Record<string, string>> = {
  Cluster: CLUSTER_STATUS_LABELS,
  Participation: PARTICIPATION_STATUS_LABELS,
  Application: APPLICATION_STATUS_LABELS,
};

export const SYSTEM_ACTOR = "Système";

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
export const entityLabel = (entityType: string) => ENTITY_LABELS[entityType] ?? entityType;

const MAX_VALUE_LENGTH = 60;
const MAX_LENGTH = 240;

function valueText(value: unknown, words?: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && words?.[value]) return words[value];
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (Array.isArray(value)) return value.map((item) => valueText(item, words)).join(", ");
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([key, inner]) => `${key} = ${valueText(inner)}`).join(", ") : "aucun";
  }
  const text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

const isChange = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;

/**
 * `changes` in one short line: "étape : En cours → Clôturé ; nom : Cluster QVT". A pair [before, after] is
 * a change, anything else a fact of the event; long lines are cut, the CSV keeps the whole JSON.
 */
export function describeChanges(changes: unknown, entityType?: string): string {
  if (changes === null || changes === undefined) return "";
  if (typeof changes !== "object" || Array.isArray(changes)) return valueText(changes);
  const parts = Object.entries(changes as Record<string, unknown>).map(([key, value]) => {
    const field = FIELD_LABELS[key] ?? key;
    const words = key === "status" && entityType ? STATUS_LABELS[entityType] : VALUE_LABELS[key];
    return isChange(value)
      ? `${field} : ${valueText(value[0], words)} → ${valueText(value[1], words)}`
      : `${field} : ${valueText(value, words)}`;
  });
  const line = parts.join(" ; ");
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
