import type { CompanySeed } from "./cluster-seed-types.ts";

// The company of the two demo pair accounts (Marie Le Bihan, Thomas Guillou): its accord égalité of
// November 2014 and the action plan the pair follows in the app.

/** Who the company is and who sits in its pair, whatever the cluster. */
export const CONSERVERIE_ARMOR_IDENTITY = {
  key: "conserverie-armor",
  name: "Conserverie d'Armor",
  nafCode: "10.39A",
  headcount: 145,
  city: "Paimpol",
  postalCode: "22500",
  domain: "conserverie-armor.fr",
  direction: { account: "marie.le-bihan@conserverie-armor.fr", jobTitle: "Directrice des ressources humaines" },
  staffRepresentative: { account: "thomas.guillou@conserverie-armor.fr", jobTitle: "Secrétaire du CSE" },
} satisfies Partial<CompanySeed>;

export const CONSERVERIE_ARMOR: CompanySeed = {
  ...CONSERVERIE_ARMOR_IDENTITY,
  preDiagnostic: {
    date: "2014-02-04",
    findings:
      "Emboîtage à 70 % féminin, conduite de ligne presque exclusivement masculine ; écart de salaire moyen " +
      "de 11 %, surtout dû aux primes de poste ; plannings de saison connus quelques jours à l'avance.",
    chosenProject: "Préparer la négociation d'un accord égalité professionnelle femmes-hommes",
  },
  supportDays: [
    ["2014-02-04", "PRE_DIAGNOSTIC", 0.5],
    ["2014-04-01", "DIAGNOSTIC", 1],
    ["2014-06-03", "ACTION_PLAN", 1],
  ],
  outcome: {
    kind: "ACCORD",
    status: "SIGNED",
    signedAt: "2014-11-27",
    domains: ["EMBAUCHE", "FORMATION", "CONDITIONS_DE_TRAVAIL", "REMUNERATION", "ARTICULATION_VIE_PRO_PERSO"],
  },
  actionPlan: {
    summary:
      "Plan d'actions de l'accord égalité professionnelle du 27 novembre 2014 (durée de trois ans), suivi " +
      "par la commission égalité du CSE deux fois par an.",
    actions: [
      {
        domain: "EMBAUCHE",
        objective: "Ouvrir les postes de conducteur·rice de ligne aux femmes : annonces neutres, visite d'atelier",
        owner: "DRH",
        dueDate: "2015-06-30",
        indicator: "Part de femmes parmi les conducteurs de ligne recrutés (objectif : 30 %)",
        status: "DONE",
      },
      {
        domain: "CONDITIONS_DE_TRAVAIL",
        objective: "Réduire les manutentions à l'emboîtage : tables élévatrices et rotation des postes",
        owner: "Responsable de production",
        dueDate: "2015-09-30",
        indicator: "Postes d'emboîtage équipés ; troubles musculosquelettiques déclarés",
        status: "DONE",
      },
      {
        domain: "ARTICULATION_VIE_PRO_PERSO",
        objective: "Communiquer les plannings de saison au moins trois semaines à l'avance",
        owner: "Direction de production",
        dueDate: "2015-04-30",
        indicator: "Délai moyen de prévenance des plannings",
        status: "DONE",
      },
      {
        domain: "FORMATION",
        objective: "Former des opératrices d'emboîtage à la conduite de ligne",
        owner: "DRH",
        dueDate: "2016-06-30",
        indicator: "Nombre d'opératrices formées à la conduite de ligne",
        status: "IN_PROGRESS",
      },
      {
        domain: "REMUNERATION",
        objective: "Résorber les écarts de salaire à poste et ancienneté égaux, primes de poste comprises",
        owner: "DRH et commission égalité du CSE",
        dueDate: "2016-12-31",
        indicator: "Écart de rémunération moyenne femmes-hommes par coefficient",
        status: "IN_PROGRESS",
      },
    ],
  },
  evaluation: {
    whatWasDone:
      "Pré-diagnostic, diagnostic sexué sur les quatre axes par le binôme, deux jours et demi d'appui, " +
      "participation aux cinq temps collectifs.",
    satisfaction: 5,
    results:
      "Accord signé le 27 novembre 2014 avec cinq domaines d'action, dont la rémunération ; commission " +
      "égalité créée au sein du CSE.",
  },
};
