import type { CompanySeed, OutcomeSeed, SupportSeed } from "./cluster-seed-types.ts";
import { CONSERVERIE_ARMOR } from "./bretagne-conserverie-armor.ts";

// The 21 companies of the Clusters Égalité 2014 (19 under 300 employees, 2 over). What they had achieved
// early in 2015: 6 accords signed, 2 plans d'action deposited with the Direccte, 4 accords and 3 plans in
// preparation; 6 companies had no outcome yet. Each row's `support` lists its pre-diagnostic half-day,
// its diagnostic day and, for companies heading for an outcome, an action-plan day.

type Row = Omit<CompanySeed, "preDiagnostic" | "supportDays"> & { findings: string; support: readonly string[] };

const accordSigned = (signedAt: string, domains: string[]): OutcomeSeed => ({
  kind: "ACCORD",
  status: "SIGNED",
  signedAt,
  domains,
});
const inPreparation = (kind: OutcomeSeed["kind"], domains: string[]): OutcomeSeed => ({
  kind,
  status: "IN_PREPARATION",
  domains,
});

// One company per block, kept compact to read as a table.
// prettier-ignore
const ROWS: readonly Row[] = [
  // ── Accords signed (with the Conserverie d'Armor, 6)
  { key: "salaisons-cornouaille", name: "Salaisons de Cornouaille", nafCode: "10.13A", headcount: 455, city: "Quimper", postalCode: "29000", domain: "salaisons-cornouaille.fr",
    direction: ["Hervé", "Quéméner", "Directeur des ressources humaines"], staffRepresentative: ["Nathalie", "Le Berre", "Secrétaire du CSE"],
    findings: "Femmes au tranchage et au conditionnement, exposées aux TMS ; encadrement de proximité masculin à 85 % ; temps partiel subi chez les opératrices.",
    support: ["2014-02-05", "2014-04-02", "2014-06-05"],
    outcome: accordSigned("2014-12-11", ["EMBAUCHE", "PROMOTION_PROFESSIONNELLE", "SANTE_SECURITE", "REMUNERATION"]) },
  { key: "clinique-venetes", name: "Clinique des Vénètes", nafCode: "86.10Z", headcount: 340, city: "Vannes", postalCode: "56000", domain: "clinique-venetes.fr",
    direction: ["Catherine", "Le Roux", "Directrice des ressources humaines"], staffRepresentative: ["Loïc", "Jégo", "Élu du CSE"],
    findings: "92 % de femmes parmi les soignants, encadrement médical surtout masculin ; nuits et postes de 12 heures ; primes différentes selon les filières.",
    support: ["2014-02-06", "2014-04-03", "2014-06-10"],
    outcome: accordSigned("2015-01-15", ["FORMATION", "CLASSIFICATION", "CONDITIONS_DE_TRAVAIL", "REMUNERATION", "ARTICULATION_VIE_PRO_PERSO"]) },
  { key: "kerlog-informatique", name: "Kerlog Informatique", nafCode: "62.02A", headcount: 110, city: "Lannion", postalCode: "22300", domain: "kerlog.fr",
    direction: ["Stéphane", "Le Guen", "Directeur général"], staffRepresentative: ["Élodie", "Rolland", "Secrétaire du CSE"],
    findings: "19 % de femmes, surtout au support et à l'administration ; peu de femmes promues cheffes de projet ; rémunérations individualisées peu lisibles.",
    support: ["2014-02-07", "2014-04-04", "2014-06-12"],
    outcome: accordSigned("2014-10-23", ["EMBAUCHE", "PROMOTION_PROFESSIONNELLE", "REMUNERATION"]) },
  { key: "transports-rance", name: "Transports de la Rance", nafCode: "49.41A", headcount: 220, city: "Dinan", postalCode: "22100", domain: "transports-rance.fr",
    direction: ["Patrick", "Hamon", "Directeur général"], staffRepresentative: ["Sandrine", "Lemoine", "Élue du CSE"],
    findings: "6 % de conductrices, femmes à l'exploitation et à l'administratif ; amplitudes horaires difficiles à concilier avec la vie familiale.",
    support: ["2014-02-10", "2014-04-07", "2014-06-17"],
    outcome: accordSigned("2014-12-04", ["EMBAUCHE", "CONDITIONS_DE_TRAVAIL", "SANTE_SECURITE", "REMUNERATION"]) },
  { key: "chantier-naval-iroise", name: "Chantier naval de l'Iroise", nafCode: "30.12Z", headcount: 96, city: "Brest", postalCode: "29200", domain: "chantier-iroise.fr",
    direction: ["Yvon", "Cadiou", "Président"], staffRepresentative: ["Gwenaëlle", "Pennec", "Secrétaire du CSE"],
    findings: "Production masculine à 95 % ; pas de vestiaire femmes à l'atelier ; recrutement par cooptation ; écarts de qualification entre services.",
    support: ["2014-02-11", "2014-04-09", "2014-06-19"],
    outcome: accordSigned("2014-11-13", ["EMBAUCHE", "FORMATION", "QUALIFICATION", "REMUNERATION"]) },

  // ── Plans d'action deposited with the Direccte (2)
  { key: "ehpad-ker-avel", name: "EHPAD Ker Avel", nafCode: "87.10A", headcount: 84, city: "Morlaix", postalCode: "29600", domain: "ker-avel.fr",
    direction: ["Françoise", "Quéré", "Directrice"], staffRepresentative: ["Kevin", "Le Floch", "Élu du CSE"],
    findings: "Soignantes et agentes de service à 90 % des femmes, forte charge physique ; absentéisme élevé ; temps partiels et journées coupées.",
    support: ["2014-02-12", "2014-04-10", "2014-06-26"],
    outcome: { kind: "PLAN_ACTION", status: "DEPOSITED", signedAt: "2014-11-03", depositedAt: "2014-11-20", depositReference: "T02914000412",
      domains: ["CONDITIONS_DE_TRAVAIL", "SANTE_SECURITE", "REMUNERATION", "ARTICULATION_VIE_PRO_PERSO"] } },
  { key: "imprimerie-vilaine", name: "Imprimerie de la Vilaine", nafCode: "18.12Z", headcount: 68, city: "Redon", postalCode: "35600", domain: "imprimerie-vilaine.fr",
    direction: ["Jean-Luc", "Morvan", "Gérant"], staffRepresentative: ["Christelle", "Lebreton", "Secrétaire du CSE"],
    findings: "Femmes au façonnage et au prépresse, hommes sur les presses mieux classées ; peu de formation pour les opératrices.",
    support: ["2014-02-13", "2014-04-11", "2014-07-01"],
    outcome: { kind: "PLAN_ACTION", status: "DEPOSITED", signedAt: "2014-12-08", depositedAt: "2014-12-19", depositReference: "T03514000937",
      domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"] } },

  // ── Accords in preparation (4)
  { key: "biscuiterie-abers", name: "Biscuiterie des Abers", nafCode: "10.72Z", headcount: 178, city: "Lannilis", postalCode: "29870", domain: "biscuiterie-abers.fr",
    direction: ["Sophie", "Tanguy", "DRH"], staffRepresentative: ["Pascal", "Le Gall", "Secrétaire du CSE"],
    findings: "Emballage féminin, cuisson masculine ; travail posté en 3×8 ; primes de nuit qui creusent l'écart de rémunération.",
    support: ["2014-02-14", "2014-04-14", "2014-07-03"],
    outcome: inPreparation("ACCORD", ["EMBAUCHE", "CONDITIONS_DE_TRAVAIL", "REMUNERATION"]) },
  { key: "mutuelle-armor-sante", name: "Mutuelle Armor Santé", nafCode: "65.12Z", headcount: 125, city: "Saint-Brieuc", postalCode: "22000", domain: "armor-sante.fr",
    direction: ["Anne", "Le Meur", "Directrice générale"], staffRepresentative: ["Frédéric", "Riou", "Élu du CSE"],
    findings: "78 % de femmes, comité de direction à 80 % masculin ; temps partiels choisis qui freinent les promotions.",
    support: ["2014-02-17", "2014-04-15", "2014-07-08"],
    outcome: inPreparation("ACCORD", ["PROMOTION_PROFESSIONNELLE", "REMUNERATION", "ARTICULATION_VIE_PRO_PERSO"]) },
  { key: "vitre-electricite", name: "Vitré Électricité Industrielle", nafCode: "43.21A", headcount: 75, city: "Vitré", postalCode: "35500", domain: "vei35.fr",
    direction: ["Thierry", "Gautier", "Directeur général"], staffRepresentative: ["Julie", "Texier", "Élue du CSE"],
    findings: "91 % d'hommes ; deux femmes au bureau d'études ; électriciennes introuvables au recrutement ; grands déplacements.",
    support: ["2014-02-18", "2014-04-16", "2014-07-10"],
    outcome: inPreparation("ACCORD", ["EMBAUCHE", "FORMATION"]) },
  { key: "plastiques-mene", name: "Plastiques du Mené", nafCode: "22.29A", headcount: 160, city: "Loudéac", postalCode: "22600", domain: "plastiques-mene.fr",
    direction: ["Bruno", "Le Bras", "Directeur du site"], staffRepresentative: ["Valérie", "Jaouen", "Secrétaire du CSE"],
    findings: "Régleurs masculins, opératrices sur presses ; travail en 2×8 ; classifications hétérogènes entre ateliers.",
    support: ["2014-02-19", "2014-04-17", "2014-09-02"],
    outcome: inPreparation("ACCORD", ["CONDITIONS_DE_TRAVAIL", "SANTE_SECURITE", "REMUNERATION"]) },

  // ── Plans d'action in preparation (3)
  { key: "aide-domicile-pays-vannes", name: "Aide à domicile du Pays de Vannes", nafCode: "88.10A", headcount: 248, city: "Vannes", postalCode: "56000", domain: "adpv56.fr",
    direction: ["Martine", "Le Corre", "Directrice"], staffRepresentative: ["Aurélie", "Guillemot", "Élue du CSE"],
    findings: "97 % de femmes, temps partiels et horaires fractionnés ; temps de trajet mal comptés ; accidents du travail fréquents.",
    support: ["2014-02-20", "2014-04-18", "2014-09-04"],
    outcome: inPreparation("PLAN_ACTION", ["CONDITIONS_DE_TRAVAIL", "SANTE_SECURITE", "ARTICULATION_VIE_PRO_PERSO"]) },
  { key: "hotel-remparts", name: "Hôtel des Remparts", nafCode: "55.10Z", headcount: 52, city: "Saint-Malo", postalCode: "35400", domain: "hotel-remparts.fr",
    direction: ["Philippe", "Bouvier", "Directeur"], staffRepresentative: ["Morgane", "Le Moal", "Élue du CSE"],
    findings: "Femmes aux étages, hommes en cuisine et à la réception de nuit ; saisonnalité et horaires coupés.",
    support: ["2014-02-21", "2014-04-22", "2014-09-09"],
    outcome: inPreparation("PLAN_ACTION", ["EMBAUCHE", "ARTICULATION_VIE_PRO_PERSO"]) },
  { key: "pontivy-machinisme", name: "Pontivy Machinisme Agricole", nafCode: "28.30Z", headcount: 195, city: "Pontivy", postalCode: "56300", domain: "pontivy-machinisme.fr",
    direction: ["Erwan", "Guéguen", "DRH"], staffRepresentative: ["Céline", "Le Dû", "Secrétaire du CSE"],
    findings: "Ateliers masculins, femmes à l'administration et au commerce ; rares promotions de femmes vers l'encadrement.",
    support: ["2014-02-24", "2014-04-23", "2014-09-11"],
    outcome: inPreparation("PLAN_ACTION", ["EMBAUCHE", "QUALIFICATION", "REMUNERATION"]) },

  // ── No outcome yet (6)
  { key: "bocage-expertise", name: "Cabinet Bocage Expertise", nafCode: "69.20Z", headcount: 38, city: "Fougères", postalCode: "35300", domain: "bocage-expertise.fr",
    direction: ["Laurent", "Gicquel", "Expert-comptable associé"], staffRepresentative: ["Émilie", "Perrin", "Élue du CSE"],
    findings: "Collaboratrices majoritaires, associés tous masculins ; pics d'activité fiscaux difficiles à concilier avec les contraintes familiales.",
    support: ["2014-02-25", "2014-04-24"],
    evaluation: { whatWasDone: "Pré-diagnostic, diagnostic des écarts, un jour et demi d'appui et participation aux cinq temps collectifs.", satisfaction: 4,
      results: "Premiers indicateurs sexués produits ; un plan d'action est envisagé pour 2015, sans obligation légale à moins de 50 salariés." } },
  { key: "lorient-proprete", name: "Lorient Propreté Services", nafCode: "81.21Z", headcount: 60, city: "Lorient", postalCode: "56100", domain: "lorient-proprete.fr",
    direction: ["Didier", "Kerhervé", "Gérant"], staffRepresentative: ["Fatima", "Benali", "Élue du CSE"],
    findings: "Agentes à temps partiel et en horaires décalés, tôt le matin et tard le soir ; chefs d'équipe masculins.",
    support: ["2014-02-26", "2014-04-25"] },
  { key: "fournil-auray", name: "Fournil d'Auray", nafCode: "10.71A", headcount: 45, city: "Auray", postalCode: "56400", domain: "fournil-auray.fr",
    direction: ["Gilles", "Le Pennec", "Directeur"], staffRepresentative: ["Karine", "Évenou", "Élue du CSE"],
    findings: "Fournil masculin et travail de nuit, vente et conditionnement féminins ; pas d'obligation légale mais une volonté d'agir.",
    support: ["2014-02-27", "2014-04-28"] },
  { key: "labo-analyses-ouest", name: "Labo Analyses Ouest", nafCode: "71.20B", headcount: 32, city: "Rennes", postalCode: "35000", domain: "labo-analyses-ouest.fr",
    direction: ["Hélène", "Daniel", "Directrice"], staffRepresentative: ["Mathieu", "Lucas", "Élu du CSE"],
    findings: "Techniciennes majoritaires mais peu de responsables qualité femmes ; aucune donnée sexuée produite jusqu'ici.",
    support: ["2014-02-28", "2014-04-29"] },
  { key: "atelier-insertion-tregor", name: "Atelier d'insertion du Trégor-Goëlo", nafCode: "88.99B", headcount: 24, city: "Guingamp", postalCode: "22200", domain: "insertion-tregor.fr",
    direction: ["Nicole", "Prigent", "Directrice"], staffRepresentative: ["Sébastien", "Le Bris", "Élu du CSE"],
    findings: "Salariés en insertion surtout masculins sur les chantiers, femmes à la blanchisserie ; parcours de sortie différents.",
    support: ["2014-03-03", "2014-04-30"] },
  { key: "ouest-collecte", name: "Ouest Collecte Environnement", nafCode: "38.11Z", headcount: 20, city: "Ploërmel", postalCode: "56800", domain: "ouest-collecte.fr",
    direction: ["Marc", "Salaün", "Gérant"], staffRepresentative: ["Laetitia", "Nicolas", "Élue du CSE"],
    findings: "Équipages de collecte exclusivement masculins ; aucune candidature féminine reçue ; vestiaires à adapter.",
    support: ["2014-03-04", "2014-05-02"] },
];

const PROJECT = {
  ACCORD: "Préparer la négociation d'un accord égalité professionnelle femmes-hommes",
  PLAN_ACTION: "Définir un plan d'action égalité professionnelle femmes-hommes",
  NONE: "Réaliser le diagnostic des écarts de situation entre femmes et hommes",
} as const;

function toCompany({ findings, support, ...company }: Row): CompanySeed {
  const [preDiagnosticOn = "", diagnosticOn, actionPlanOn] = support;
  // A signed or deposited outcome took a full action-plan day, one in preparation a half-day.
  const actionPlanDays = company.outcome?.status === "IN_PREPARATION" ? 0.5 : 1;
  const supportDays: SupportSeed[] = [[preDiagnosticOn, "PRE_DIAGNOSTIC", 0.5]];
  if (diagnosticOn) supportDays.push([diagnosticOn, "DIAGNOSTIC", 1]);
  if (actionPlanOn) supportDays.push([actionPlanOn, "ACTION_PLAN", actionPlanDays]);
  return {
    ...company,
    preDiagnostic: { date: preDiagnosticOn, findings, chosenProject: PROJECT[company.outcome?.kind ?? "NONE"] },
    supportDays,
  };
}

const EVALUATIONS: Record<string, CompanySeed["evaluation"]> = {
  "salaisons-cornouaille": {
    whatWasDone:
      "Diagnostic sexué par site, groupe de travail paritaire de huit personnes, deux jours et demi d'appui.",
    satisfaction: 4,
    results: "Accord signé le 11 décembre 2014 ; aménagement des postes de tranchage inscrit au plan de prévention.",
  },
  "ehpad-ker-avel": {
    whatWasDone: "Pré-diagnostic, diagnostic des écarts, deux jours et demi d'appui et cinq temps collectifs.",
    satisfaction: 5,
    results:
      "Plan d'action déposé le 20 novembre 2014 ; suppression des journées coupées à l'étude avec l'équipe de nuit.",
  },
};

export const BRETAGNE_EGALITE_2014_COMPANIES: readonly CompanySeed[] = [
  CONSERVERIE_ARMOR,
  ...ROWS.map(toCompany).map((c) => (EVALUATIONS[c.key] ? { ...c, evaluation: EVALUATIONS[c.key] } : c)),
];
