import type { ClusterSeed } from "./cluster-seed-types.ts";
import { demoAccount } from "./helpers.ts";
import { BRETAGNE_EGALITE_2014_COMPANIES } from "./bretagne-egalite-2014-companies.ts";

// The Clusters Égalité run by the Aract Bretagne in 2014 within the « Territoires d'excellence »
// experiment: six months, 21 companies, five collective half-days, funded by the DRDFE and the FSE.

const GAELLE = demoAccount("gaelle.kerjean@bretagne.aract.fr").email;

export const BRETAGNE_EGALITE_2014: ClusterSeed = {
  key: "bretagne-egalite-2014",
  aract: "bretagne",
  programme: "CLUSTERS_EGALITE",
  name: "Clusters Égalité Bretagne 2014",
  description:
    "Accompagnement de six mois des entreprises bretonnes volontaires pour diagnostiquer les écarts de " +
    "situation entre femmes et hommes et préparer un accord ou un plan d'action égalité professionnelle. " +
    "Chaque entreprise est représentée par un binôme direction / représentant du personnel ; temps collectifs " +
    "et appui individualisé alternent.",
  themes: ["EGALITE_PROFESSIONNELLE"],
  kind: "TERRITORIAL",
  territory: "Bretagne",
  startDate: "2014-03-01",
  endDate: "2014-09-30",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 2.5,
  history: [
    { status: "DRAFT", on: "2013-12-02" },
    { status: "RECRUITING", on: "2014-01-06", note: "Appel à candidatures relayé par la Direccte et la DRDFE" },
    { status: "RUNNING", on: "2014-03-03" },
    { status: "CLOSED", on: "2014-09-30" },
    { status: "EVALUATED", on: "2015-02-27", note: "Bilan présenté au comité régional « Territoires d'excellence »" },
  ],
  participationStatus: "COMPLETED",
  staff: [GAELLE],
  partners: [
    {
      key: "direccte",
      name: "Direccte Bretagne",
      kind: "DREETS",
      role: "Mobilisation des entreprises, information sur les obligations légales et dépôt des accords",
    },
    {
      key: "drdfe",
      name: "Délégation régionale aux droits des femmes et à l'égalité (DRDFE Bretagne)",
      kind: "AUTRE",
      role: "Pilotage régional de l'expérimentation « Territoires d'excellence » et cofinancement",
    },
  ],
  funders: [
    { key: "drdfe", name: "Délégation régionale aux droits des femmes et à l'égalité (DRDFE)", amountEuros: 42_000 },
    { key: "fse", name: "Fonds social européen (FSE)", amountEuros: 36_000 },
  ],
  sessions: [
    {
      title: "Lancement : enjeux et cadre légal de l'égalité professionnelle",
      date: "2014-03-11",
      slot: "MORNING",
      place: "Rennes, Aract Bretagne",
      agenda:
        "Accueil des binômes et tour de table. Les obligations des entreprises : accord ou plan d'action, " +
        "domaines d'action, rapport de situation comparée. Présentation du calendrier des temps collectifs.",
    },
    {
      title: "Les quatre axes d'analyse des écarts femmes-hommes",
      date: "2014-04-08",
      slot: "AFTERNOON",
      place: "Saint-Brieuc, Maison de l'entreprise",
      agenda:
        "Mixité des emplois, parcours professionnels, conditions de travail et risques professionnels, temps " +
        "de travail : comment ces écarts expliquent les différences de rémunération, de santé et de carrière. " +
        "Prise en main de l'outil de diagnostic.",
    },
    {
      title: "Partage des diagnostics",
      date: "2014-05-20",
      slot: "MORNING",
      place: "Vannes, CCI du Morbihan",
      agenda:
        "Chaque binôme présente deux constats de son diagnostic. Travail en sous-groupes par secteur sur les " +
        "situations de travail réelles. Retours croisés entre entreprises.",
    },
    {
      title: "Des domaines d'action au plan d'action",
      date: "2014-06-24",
      slot: "AFTERNOON",
      place: "Rennes, Aract Bretagne",
      agenda:
        "Choisir ses domaines d'action au-delà du minimum légal, fixer objectifs et indicateurs chiffrés, " +
        "préparer la négociation ou la consultation du comité d'entreprise. Intervention de la Direccte.",
    },
    {
      title: "Bilan collectif et suites",
      date: "2014-09-16",
      slot: "MORNING",
      place: "Saint-Brieuc, Maison de l'entreprise",
      agenda:
        "Où en sont les accords et les plans d'action ? Modalités de dépôt auprès de la Direccte. Évaluation " +
        "de la démarche par les binômes.",
    },
  ],
  companies: BRETAGNE_EGALITE_2014_COMPANIES,
  indicators: true,
  evaluation: {
    whatWasDone:
      "Six mois d'accompagnement de 21 entreprises (19 PME et 2 entreprises de plus de 300 salariés) : cinq " +
      "demi-journées collectives à Rennes, Saint-Brieuc et Vannes, un pré-diagnostic et un diagnostic des écarts " +
      "sur les quatre axes par entreprise, un jour et demi à deux jours et demi d'appui individuel, des groupes de " +
      "travail dédiés.",
    satisfaction: 5,
    results:
      "Début 2015 : 6 accords signés et 2 plans d'action déposés à la Direccte ; 4 accords et 3 plans d'action " +
      "en préparation. Les domaines d'action retenus sont plus nombreux que ceux qu'exige la loi. La méthode est " +
      "diffusée dans le réseau Anact-Aract.",
  },
};
