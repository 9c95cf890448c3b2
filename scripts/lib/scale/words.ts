import type { SupportKind, Theme } from "@/generated/prisma/enums";

// The words of the scale data that Faker has no French for: job titles, session topics, venues, free-text
// answers, withdrawal reasons. Written the way chargés de mission and pairs write them.

/** [masculine, feminine] */
export type Title = readonly [string, string];

export const DIRECTION_TITLES: readonly Title[] = [
  ["Directeur général", "Directrice générale"],
  ["Directeur des ressources humaines", "Directrice des ressources humaines"],
  ["Responsable des ressources humaines", "Responsable des ressources humaines"],
  ["Gérant", "Gérante"],
  ["Directeur d'établissement", "Directrice d'établissement"],
  ["Directeur administratif et financier", "Directrice administrative et financière"],
];

export const STAFF_TITLES: readonly Title[] = [
  ["Secrétaire du CSE", "Secrétaire du CSE"],
  ["Élu titulaire du CSE", "Élue titulaire du CSE"],
  ["Représentant de proximité", "Représentante de proximité"],
  [
    "Membre de la commission santé, sécurité et conditions de travail",
    "Membre de la commission santé, sécurité et conditions de travail",
  ],
  ["Trésorier du CSE", "Trésorière du CSE"],
];

export const OPENING_TOPIC = "Lancement : la démarche, les binômes et le calendrier";
export const CLOSING_TOPIC = "Bilan du cluster et suites";

const COMMON_TOPICS = [
  "Partage des diagnostics",
  "Analyser le travail réel : méthodes et outils",
  "Construire son plan d'actions",
  "Indicateurs et suivi des actions",
  "Témoignages d'entreprises",
  "Le dialogue social au service du projet",
  "Point d'étape à mi-parcours",
  "Négocier un accord : étapes et acteurs",
  "Expérimentations en cours : retours des binômes",
  "Impliquer l'encadrement de proximité",
];

export const THEME_TOPICS: Record<Theme, readonly string[]> = {
  QVCT: ["Les six thèmes de la QVCT", "Espaces de discussion sur le travail", ...COMMON_TOPICS],
  EGALITE_PROFESSIONNELLE: [
    "Lire les écarts de situation femmes-hommes",
    "Index de l'égalité et rémunérations",
    ...COMMON_TOPICS,
  ],
  EMPLOI_SENIORS: ["Pyramide des âges et départs à venir", "Transmettre les savoir-faire", ...COMMON_TOPICS],
  PREVENTION_PENIBILITE: ["Repérer les expositions aux facteurs de risques", "Aménager les postes", ...COMMON_TOPICS],
  USURE_PROFESSIONNELLE: [
    "L'usure professionnelle, de quoi parle-t-on ?",
    "Parcours et secondes carrières",
    ...COMMON_TOPICS,
  ],
  TELETRAVAIL: ["Organiser le travail hybride", "Manager à distance", ...COMMON_TOPICS],
  RISQUES_PSYCHOSOCIAUX: [
    "Les facteurs de risques psychosociaux",
    "Prévenir l'épuisement professionnel",
    ...COMMON_TOPICS,
  ],
};

/** Where a session takes place, after the city's name. */
export const VENUES = [
  "CCI",
  "maison des entreprises",
  "locaux de l'Aract",
  "pépinière d'entreprises",
  "salle de la mairie",
  "technopôle",
];

export const TEXT_ANSWERS = [
  "Mieux anticiper les plannings et les remplacements.",
  "Former l'encadrement de proximité à l'écoute des équipes.",
  "Revoir l'organisation des horaires dans les services les plus exposés.",
  "Mettre en place des temps d'échange réguliers sur le travail.",
  "Rendre les critères d'évolution professionnelle transparents.",
  "Les postes de manutention en fin de chaîne, où les arrêts sont fréquents.",
  "Le retour après une longue absence, qui se fait sans préparation.",
  "L'accueil des nouveaux arrivants et la transmission des consignes.",
  "Les écarts de rémunération à l'embauche entre femmes et hommes.",
  "La charge de travail des équipes administratives en fin de mois.",
  "Un meilleur équipement pour le travail à distance.",
  "Associer les salariés aux choix d'équipement et d'aménagement.",
];

export const WITHDRAWAL_REASONS = [
  "Réorganisation de l'entreprise",
  "Changement de direction",
  "Charge de travail trop importante pour le binôme",
  "Départ du représentant du personnel, non remplacé",
  "Difficultés économiques",
];

/** After the first two support days (pre-diagnostic, diagnostic), the kinds of the following ones. */
export const LATER_SUPPORT_KINDS: readonly (readonly [SupportKind, number])[] = [
  ["ACTION_PLAN", 5],
  ["STEERING_COMMITTEE", 3],
  ["DIAGNOSTIC", 1],
  ["OTHER", 1],
];
