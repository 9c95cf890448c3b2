import type { ClusterSeed, CompanySeed, SupportSeed } from "./cluster-seed-types.ts";
import { STAFF_EMAILS } from "./aracts-and-users.ts";

// The Aract's sectoral QVT action in the Aquitaine agrifood industry, 2013, with the partners it worked
// with from 2013 (a pôle de compétitivité, Coop de France Aquitaine, a fruit and vegetable association).
// Run under Tempo, whose pénibilité obligation several of these companies had to meet.

type Row = Omit<CompanySeed, "preDiagnostic" | "supportDays"> & {
  preDiagnostic: [date: string, findings: string, chosenProject: string];
  support: readonly string[];
};

// One company per block, kept compact to read as a table.
// prettier-ignore
const ROWS: readonly Row[] = [
  { key: "conserverie-landaise-marsan", name: "Conserverie landaise du Marsan", nafCode: "10.12Z", headcount: 85, city: "Mont-de-Marsan", postalCode: "40000", domain: "conserverie-marsan.fr",
    direction: ["Jean-Michel", "Darrigade", "Directeur général"], staffRepresentative: ["Sandrine", "Lafitte", "Secrétaire du CSE"],
    preDiagnostic: ["2013-01-08", "Travail au froid et gestes répétitifs à la découpe ; pics saisonniers avant les fêtes.", "Réduire l'exposition au froid et aux gestes répétitifs à la découpe"],
    support: ["2013-03-05", "2013-05-14"],
    outcome: { kind: "PLAN_ACTION", status: "SIGNED", theme: "PREVENTION_PENIBILITE", signedAt: "2013-11-26",
      domains: ["REDUCTION_POLYEXPOSITIONS", "ADAPTATION_AMENAGEMENT_POSTES", "AMENAGEMENT_FINS_DE_CARRIERE"] } },
  { key: "cave-cotes-de-bourg", name: "Cave coopérative des Côtes de Bourg", nafCode: "11.02B", headcount: 40, city: "Bourg", postalCode: "33710", domain: "cave-cotes-bourg.fr",
    direction: ["Philippe", "Castaing", "Directeur"], staffRepresentative: ["Nathalie", "Bordes", "Élue du CSE"],
    preDiagnostic: ["2013-01-10", "Vendanges et embouteillage en pointe, manutention des cartons, saisonniers peu accueillis.", "Organiser l'accueil des saisonniers et la manutention à l'embouteillage"],
    support: ["2013-03-07", "2013-05-16"] },
  { key: "sechoirs-garonne", name: "Séchoirs de la Garonne", nafCode: "10.39B", headcount: 120, city: "Villeneuve-sur-Lot", postalCode: "47300", domain: "sechoirs-garonne.fr",
    direction: ["Christophe", "Laborde", "DRH"], staffRepresentative: ["Valérie", "Dupouy", "Secrétaire du CSE"],
    preDiagnostic: ["2013-01-15", "Chaleur aux fours, travail de nuit en campagne de séchage, encadrement peu formé au dialogue.", "Améliorer les conditions de travail en campagne de séchage"],
    support: ["2013-03-12", "2013-05-21", "2013-09-17"],
    outcome: { kind: "PLAN_ACTION", status: "SIGNED", theme: "QVCT", signedAt: "2013-11-19",
      domains: ["SANTE_AU_TRAVAIL", "CONTENU_DU_TRAVAIL", "RELATIONS_DE_TRAVAIL"] } },
  { key: "kiwi-adour", name: "Kiwi Adour Coopérative", nafCode: "46.31Z", headcount: 55, city: "Peyrehorade", postalCode: "40300", domain: "kiwi-adour.fr",
    direction: ["Marc", "Etchegaray", "Directeur"], staffRepresentative: ["Hélène", "Larrieu", "Élue du CSE"],
    preDiagnostic: ["2013-01-17", "Station de conditionnement bruyante, cadences en pleine récolte, difficultés à fidéliser.", "Fidéliser les salariés de la station de conditionnement"],
    support: ["2013-03-14", "2013-05-23"] },
  { key: "huitres-bassin", name: "Ostréiculture du Bassin", nafCode: "03.21Z", headcount: 18, city: "Gujan-Mestras", postalCode: "33470", domain: "ostreiculture-bassin.fr",
    direction: ["Stéphanie", "Dubourg", "Gérante"], staffRepresentative: ["Julien", "Cazenave", "Élu du CSE"],
    preDiagnostic: ["2013-01-22", "Travail en extérieur selon les marées, port de charges, polyvalence non reconnue.", "Réduire le port de charges et reconnaître la polyvalence"],
    support: ["2013-03-19"] },
];

const KINDS = ["DIAGNOSTIC", "ACTION_PLAN", "STEERING_COMMITTEE"] as const;

const toCompany = ({ preDiagnostic: [date, findings, chosenProject], support, ...company }: Row): CompanySeed => ({
  ...company,
  preDiagnostic: { date, findings, chosenProject },
  supportDays: [
    [date, "PRE_DIAGNOSTIC", 0.5],
    ...support.map((day, i): SupportSeed => [day, KINDS[i] ?? "OTHER", KINDS[i] === "STEERING_COMMITTEE" ? 0.5 : 1]),
  ],
});

export const NOUVELLE_AQUITAINE_AGRO_2013: ClusterSeed = {
  key: "nouvelle-aquitaine-qvt-agro-2013",
  aract: "nouvelle-aquitaine",
  programme: "TEMPO",
  name: "Action collective QVT de l'agroalimentaire aquitain 2013",
  description:
    "Des PME de l'agroalimentaire sortent de l'isolement pour traiter ensemble l'attractivité, la fidélisation " +
    "des salariés et la pénibilité : diagnostic et plan d'actions dans chaque entreprise avec son comité de " +
    "pilotage, groupes de travail collectifs sur la méthode et sur les indicateurs santé, RH et démographiques.",
  themes: ["QVCT", "PREVENTION_PENIBILITE"],
  kind: "SECTORAL",
  sector: "Agroalimentaire",
  startDate: "2013-02-01",
  endDate: "2013-12-13",
  plannedCollectiveSessions: 4,
  plannedSupportDaysPerCompany: 3,
  history: [
    { status: "DRAFT", on: "2012-10-01" },
    { status: "RECRUITING", on: "2012-11-05" },
    { status: "RUNNING", on: "2013-02-01" },
    { status: "CLOSED", on: "2013-12-13" },
  ],
  participationStatus: "COMPLETED",
  staff: [STAFF_EMAILS.nouvelleAquitaine],
  partners: [
    {
      key: "agri-sud-ouest",
      name: "Agri Sud-Ouest Innovation",
      kind: "POLE_COMPETITIVITE",
      role: "Innovation sociale et mobilisation des adhérents",
    },
    {
      key: "coop-de-france",
      name: "Coop de France Aquitaine",
      kind: "SYNDICAT_PROFESSIONNEL",
      role: "Relais auprès des coopératives",
    },
    {
      key: "fruits-legumes",
      name: "Association Fruits & Légumes d'Aquitaine",
      kind: "ASSOCIATION",
      role: "Relais auprès des stations fruitières",
    },
  ],
  funders: [
    { key: "fse", name: "Fonds social européen (FSE)", amountEuros: 24_000 },
    { key: "anact", name: "Anact (dispositif Tempo)", amountEuros: null },
  ],
  sessions: [
    {
      title: "Lancement : pourquoi la QVT dans l'agroalimentaire ?",
      date: "2013-02-12",
      slot: "MORNING",
      place: "Bordeaux, Aract Aquitaine",
      agenda: "Attractivité, fidélisation, performance durable ; présentation de la démarche et du comité de pilotage.",
    },
    {
      title: "Élaborer et partager son diagnostic",
      date: "2013-04-16",
      slot: "AFTERNOON",
      place: "Agen, Agropole",
      agenda: "Intérêts et difficultés perçus ; échanges sur les premiers constats de chaque entreprise.",
    },
    {
      title: "Indicateurs santé, RH et démographiques",
      date: "2013-06-18",
      slot: "MORNING",
      place: "Mont-de-Marsan, CCI des Landes",
      agenda: "Lire ses indicateurs, repérer les situations de pénibilité, dédramatiser certains constats.",
    },
    {
      title: "Plans d'actions et bilan",
      date: "2013-10-15",
      slot: "AFTERNOON",
      place: "Bordeaux, Aract Aquitaine",
      agenda: "Présentation des plans d'actions, suites collectives et évaluation de l'action.",
    },
  ],
  companies: ROWS.map(toCompany),
  evaluation: {
    whatWasDone:
      "Cinq PME accompagnées en 2013 : pré-diagnostics, diagnostics suivis par un comité de pilotage dans chaque " +
      "entreprise, quatre groupes de travail collectifs à Bordeaux, Agen et Mont-de-Marsan.",
    satisfaction: 4,
    results:
      "Un plan de prévention de la pénibilité et un plan d'action QVT adoptés ; les entreprises disent être " +
      "sorties de l'isolement et souhaitent poursuivre les échanges.",
  },
};
