import type { Theme } from "@/generated/prisma/enums";

// The domains of action an accord or a plan d'action retains, per theme. Codes are stored in
// Outcome.domains as they are written here (and in the seed): never rename one.

export type Domain = { code: string; label: string };

/**
 * Égalité professionnelle: the nine domains of action of articles L. 2242-17 and
 * R. 2242-2 du Code du travail. The rule on how many an accord or plan must retain is in ./rules.ts.
 */
export const EGALITE_DOMAINS = [
  { code: "EMBAUCHE", label: "Embauche" },
  { code: "FORMATION", label: "Formation" },
  { code: "PROMOTION_PROFESSIONNELLE", label: "Promotion professionnelle" },
  { code: "QUALIFICATION", label: "Qualification" },
  { code: "CLASSIFICATION", label: "Classification" },
  { code: "CONDITIONS_DE_TRAVAIL", label: "Conditions de travail" },
  { code: "SANTE_SECURITE", label: "Sécurité et santé au travail" },
  { code: "REMUNERATION", label: "Rémunération effective" },
  {
    code: "ARTICULATION_VIE_PRO_PERSO",
    label: "Articulation entre l'activité professionnelle et la vie personnelle et familiale",
  },
] as const satisfies readonly Domain[];

export const REMUNERATION = "REMUNERATION";

/** The dimensions of the national QVT framework (ANI of 19 June 2013, QVCT since the ANI of 9 December 2020). */
const QVCT_DOMAINS: readonly Domain[] = [
  { code: "RELATIONS_DE_TRAVAIL", label: "Relations de travail et climat social" },
  { code: "CONTENU_DU_TRAVAIL", label: "Contenu du travail" },
  { code: "SANTE_AU_TRAVAIL", label: "Santé au travail" },
  { code: "COMPETENCES_PARCOURS", label: "Compétences et parcours professionnels" },
  { code: "EGALITE_PROFESSIONNELLE", label: "Égalité professionnelle" },
  { code: "ARTICULATION_VIE_PRO_PERSO", label: "Articulation entre vie professionnelle et vie personnelle" },
];

/** The themes of the pénibilité prevention accords and plans (art. D. 4163-3 du Code du travail). */
const PENIBILITE_DOMAINS: readonly Domain[] = [
  { code: "REDUCTION_POLYEXPOSITIONS", label: "Réduction des polyexpositions aux facteurs de risques" },
  { code: "ADAPTATION_AMENAGEMENT_POSTES", label: "Adaptation et aménagement des postes de travail" },
  { code: "AMELIORATION_CONDITIONS_TRAVAIL", label: "Amélioration des conditions de travail" },
  { code: "DEVELOPPEMENT_COMPETENCES", label: "Développement des compétences et des qualifications" },
  { code: "AMENAGEMENT_FINS_DE_CARRIERE", label: "Aménagement des fins de carrière" },
  { code: "MAINTIEN_EN_ACTIVITE", label: "Maintien en activité" },
];

/** The domains of the former seniors accords and plans (art. R. 138-26 du Code de la sécurité sociale). */
const SENIORS_DOMAINS: readonly Domain[] = [
  { code: "RECRUTEMENT_SENIORS", label: "Recrutement des salariés âgés" },
  { code: "ANTICIPATION_CARRIERES", label: "Anticipation de l'évolution des carrières professionnelles" },
  {
    code: "AMELIORATION_CONDITIONS_TRAVAIL",
    label: "Amélioration des conditions de travail et prévention de la pénibilité",
  },
  {
    code: "DEVELOPPEMENT_COMPETENCES",
    label: "Développement des compétences et des qualifications, accès à la formation",
  },
  { code: "AMENAGEMENT_FINS_DE_CARRIERE", label: "Aménagement des fins de carrière et transition vers la retraite" },
  { code: "TRANSMISSION_SAVOIRS_TUTORAT", label: "Transmission des savoirs et des compétences, tutorat" },
];

/** Usure professionnelle: the prevention of pénibilité and keeping experienced employees at work. */
const USURE_DOMAINS: readonly Domain[] = [
  { code: "REDUCTION_POLYEXPOSITIONS", label: "Réduction des expositions et des polyexpositions" },
  { code: "ADAPTATION_AMENAGEMENT_POSTES", label: "Adaptation et aménagement des postes de travail" },
  { code: "PARCOURS_PROFESSIONNELS", label: "Parcours professionnels et mobilités internes" },
  { code: "DEVELOPPEMENT_COMPETENCES", label: "Développement des compétences et des qualifications" },
  { code: "TRANSMISSION_SAVOIRS_TUTORAT", label: "Transmission des savoirs et tutorat" },
  { code: "AMENAGEMENT_FINS_DE_CARRIERE", label: "Aménagement des fins de carrière" },
  { code: "MAINTIEN_EN_EMPLOI", label: "Maintien en emploi et prévention de la désinsertion professionnelle" },
];

/** The subjects of a télétravail accord or charter (art. L. 1222-9 du Code du travail). */
const TELETRAVAIL_DOMAINS: readonly Domain[] = [
  { code: "ELIGIBILITE_POSTES", label: "Postes et activités éligibles" },
  { code: "MODALITES_PASSAGE", label: "Passage en télétravail et retour sans télétravail" },
  { code: "ORGANISATION_TEMPS_TRAVAIL", label: "Organisation et plages de joignabilité" },
  { code: "DROIT_A_LA_DECONNEXION", label: "Droit à la déconnexion et régulation de la charge" },
  { code: "EQUIPEMENT_FRAIS", label: "Équipement et prise en charge des frais" },
  { code: "MANAGEMENT_A_DISTANCE", label: "Management et collectifs de travail à distance" },
  { code: "SANTE_PREVENTION_ISOLEMENT", label: "Santé, sécurité et prévention de l'isolement" },
  { code: "ARTICULATION_VIE_PRO_PERSO", label: "Articulation entre vie professionnelle et vie personnelle" },
];

/** The families of psychosocial risk factors (Gollac report, 2011), the usual frame of an RPS plan. */
const RPS_DOMAINS: readonly Domain[] = [
  { code: "INTENSITE_TEMPS_TRAVAIL", label: "Intensité et temps de travail" },
  { code: "EXIGENCES_EMOTIONNELLES", label: "Exigences émotionnelles" },
  { code: "AUTONOMIE", label: "Autonomie et marges de manœuvre" },
  { code: "RAPPORTS_SOCIAUX", label: "Rapports sociaux et reconnaissance" },
  { code: "CONFLITS_DE_VALEURS", label: "Conflits de valeurs" },
  { code: "INSECURITE_SITUATION_TRAVAIL", label: "Insécurité de la situation de travail" },
  { code: "PREVENTION_VIOLENCES", label: "Prévention des violences et du harcèlement" },
];

export const DOMAINS_BY_THEME: Record<Theme, readonly Domain[]> = {
  EGALITE_PROFESSIONNELLE: EGALITE_DOMAINS,
  QVCT: QVCT_DOMAINS,
  PREVENTION_PENIBILITE: PENIBILITE_DOMAINS,
  EMPLOI_SENIORS: SENIORS_DOMAINS,
  USURE_PROFESSIONNELLE: USURE_DOMAINS,
  TELETRAVAIL: TELETRAVAIL_DOMAINS,
  RISQUES_PSYCHOSOCIAUX: RPS_DOMAINS,
};

export function isDomainOf(theme: Theme, code: string): boolean {
  return DOMAINS_BY_THEME[theme].some((d) => d.code === code);
}

/** The label of a domain in its theme; the code itself, readable, when it is unknown. */
export function domainLabel(theme: Theme, code: string): string {
  const known = DOMAINS_BY_THEME[theme].find((d) => d.code === code);
  if (known) return known.label;
  const text = code.replaceAll("_", " ").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
