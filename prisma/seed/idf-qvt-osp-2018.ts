import type { ClusterSeed, CompanySeed, SupportSeed } from "./cluster-seed-types.ts";
import { demoAccount } from "./helpers.ts";

// The Île-de-France QVT cluster for home-care providers (organismes de services à la personne), December
// 2017 – July 2018: a half-day pre-diagnostic per structure, which then states its QVT project; six
// collective half-days; support by the Aract or a partner; evaluation per structure and for the cluster.

type Row = Omit<CompanySeed, "preDiagnostic" | "supportDays"> & {
  preDiagnostic: [date: string, findings: string, chosenProject: string];
  moreSupport?: readonly SupportSeed[];
};

// One structure per block, kept compact to read as a table.
// prettier-ignore
const ROWS: readonly Row[] = [
  { key: "presence-seniors-paris-est", name: "Présence Seniors Paris Est", nafCode: "88.10A", headcount: 180, city: "Paris", postalCode: "75011", domain: "presence-seniors.fr",
    direction: ["Nadia", "Haddad", "Directrice générale"], staffRepresentative: ["Mamadou", "Diallo", "Élu du CSE"],
    preDiagnostic: ["2017-10-03", "Sinistralité élevée (lombalgies, chutes), interventions lourdes seul·e au domicile, turn-over de 30 %.",
      "Réduire l'usure des intervenant·es : binômes pour les interventions lourdes et aides techniques"],
    moreSupport: [["2018-02-13", "ACTION_PLAN", 1], ["2018-03-20", "OTHER", 0.5, "cramif"]],
    outcome: { kind: "PLAN_ACTION", status: "SIGNED", signedAt: "2018-06-26", domains: ["SANTE_AU_TRAVAIL", "CONTENU_DU_TRAVAIL", "COMPETENCES_PARCOURS"] },
    evaluation: { whatWasDone: "Pré-diagnostic, deux jours d'appui dont une demi-journée avec la Cramif, six séances collectives.", satisfaction: 5,
      results: "Plan d'action QVT adopté ; binômes systématiques pour les transferts, lève-personnes dans 12 domiciles." } },
  { key: "aide-presence-93", name: "Aide et Présence 93", nafCode: "88.10A", headcount: 120, city: "Montreuil", postalCode: "93100", domain: "aide-presence93.fr",
    direction: ["Bernard", "Lefèvre", "Directeur"], staffRepresentative: ["Sylvie", "Moreau", "Secrétaire du CSE"],
    preDiagnostic: ["2017-10-05", "Plannings modifiés la veille, temps de trajet non compensés, sentiment d'isolement des intervenantes.",
      "Revoir l'organisation des plannings et réduire les temps de trajet"],
    moreSupport: [["2018-02-15", "ACTION_PLAN", 1], ["2018-05-15", "STEERING_COMMITTEE", 0.5]],
    outcome: { kind: "PLAN_ACTION", status: "SIGNED", signedAt: "2018-07-10", domains: ["RELATIONS_DE_TRAVAIL", "ARTICULATION_VIE_PRO_PERSO", "SANTE_AU_TRAVAIL"] },
    evaluation: { whatWasDone: "Pré-diagnostic, appui à la sectorisation des tournées, comité de pilotage paritaire.", satisfaction: 4,
      results: "Tournées sectorisées par quartier ; plannings communiqués une semaine à l'avance." } },
  { key: "domicile-services-94", name: "Domicile Services Val-de-Marne", nafCode: "88.10A", headcount: 85, city: "Créteil", postalCode: "94000", domain: "domicile-services94.fr",
    direction: ["Véronique", "Girard", "Responsable des ressources humaines"], staffRepresentative: ["Aïcha", "Traoré", "Élue du CSE"],
    preDiagnostic: ["2017-10-10", "Aucun référent prévention, document unique ancien, formation limitée à l'obligatoire.",
      "Former deux référentes prévention des risques professionnels"],
    moreSupport: [["2018-04-05", "OTHER", 0.5, "uniformation"]],
    outcome: { kind: "PLAN_ACTION", status: "IN_PREPARATION", domains: ["SANTE_AU_TRAVAIL", "COMPETENCES_PARCOURS"] } },
  { key: "famille-relais-77", name: "Famille Relais 77", nafCode: "88.10A", headcount: 97, city: "Meaux", postalCode: "77100", domain: "famille-relais77.fr",
    direction: ["Olivier", "Dupuis", "Directeur"], staffRepresentative: ["Christine", "Lambert", "Élue du CSE"],
    preDiagnostic: ["2017-10-12", "Départs dans les six premiers mois, accueil des nouvelles intervenantes informel.",
      "Accueillir et accompagner les nouvelles intervenantes pour limiter le turn-over"] },
  { key: "accompagnement-vie-yvelines", name: "Accompagnement Vie Yvelines", nafCode: "88.10B", headcount: 64, city: "Versailles", postalCode: "78000", domain: "av-yvelines.fr",
    direction: ["Pierre", "Marchand", "Directeur"], staffRepresentative: ["Josiane", "Petit", "Élue du CSE"],
    preDiagnostic: ["2017-10-17", "Troubles musculosquelettiques fréquents, matériel inadapté au domicile, salariées de plus de 50 ans nombreuses.",
      "Prévenir les troubles musculosquelettiques : gestes, postures et aides techniques"],
    moreSupport: [["2018-03-08", "ACTION_PLAN", 1, "cramif"]] },
  { key: "entraide-domicile-95", name: "Entr'aide Domicile Val-d'Oise", nafCode: "88.10A", headcount: 42, city: "Cergy", postalCode: "95000", domain: "entraide-domicile95.fr",
    direction: ["Samia", "Mansouri", "Directrice"], staffRepresentative: ["Fabienne", "Roux", "Élue du CSE"],
    preDiagnostic: ["2017-10-19", "Intervenantes isolées, peu de temps d'échange, reconnaissance du travail faible.",
      "Créer des temps d'échange entre intervenantes pour rompre l'isolement"] },
  { key: "net-services-plus", name: "Net Services Plus", nafCode: "81.21Z", headcount: 15, city: "Saint-Denis", postalCode: "93200", domain: "netservicesplus.fr",
    direction: ["Jérôme", "Lopes", "Gérant"], staffRepresentative: ["Maria", "Da Silva", "Élue du CSE"],
    preDiagnostic: ["2017-10-24", "Petite structure sans fonction RH, produits d'entretien irritants, pas de plan de formation.",
      "Mutualiser la formation prévention avec d'autres structures du cluster"] },
];

const toCompany = ({ preDiagnostic: [date, findings, chosenProject], moreSupport = [], ...c }: Row): CompanySeed => ({
  ...c,
  preDiagnostic: { date, findings, chosenProject },
  supportDays: [[date, "PRE_DIAGNOSTIC", 0.5], ...moreSupport],
});

export const IDF_QVT_OSP_2018: ClusterSeed = {
  key: "idf-qvt-osp-2018",
  aract: "ile-de-france",
  name: "Cluster QVT, usure professionnelle et vieillissement actif des organismes de services à la personne",
  description:
    "Un cadre de réflexion collectif pour les OSP franciliens : expérimenter des actions sur la qualité de vie " +
    "au travail, l'usure professionnelle et le vieillissement actif, faire monter en compétence des référents " +
    "prévention et faciliter les coopérations entre structures (formations partagées, GEIQ).",
  themes: ["QVCT", "USURE_PROFESSIONNELLE"],
  kind: "SECTORAL",
  sector: "Services à la personne",
  startDate: "2017-12-01",
  endDate: "2018-07-31",
  plannedCollectiveSessions: 6,
  plannedSupportDaysPerCompany: 1.5,
  history: [
    { status: "DRAFT", on: "2017-06-12" },
    { status: "RECRUITING", on: "2017-09-11", note: "Relais par l'Ursap et les plateformes SAP" },
    { status: "RUNNING", on: "2017-12-01" },
    { status: "CLOSED", on: "2018-07-31" },
  ],
  participationStatus: "COMPLETED",
  staff: [demoAccount("julien.roussel@idf.aract.fr").email],
  partners: [
    {
      key: "cramif",
      name: "Cramif",
      kind: "CARSAT",
      role: "Prévention des risques professionnels, appui aux structures",
    },
    { key: "agefos", name: "Agefos PME", kind: "OPCO", role: "Financement et ingénierie de formation" },
    { key: "uniformation", name: "Uniformation", kind: "OPCO", role: "Formation des référents prévention" },
    {
      key: "ursap",
      name: "Ursap Île-de-France",
      kind: "SYNDICAT_PROFESSIONNEL",
      role: "Mobilisation des structures, coanimation",
    },
  ],
  funders: [],
  sessions: [
    {
      title: "Lancement : qu'est-ce que la qualité de vie au travail ?",
      date: "2017-12-12",
      slot: "MORNING",
      place: "Paris 12e, Aract Île-de-France",
      agenda:
        "Présentation des structures et de leurs projets QVT ; l'approche globale de la QVT ; calendrier du cluster.",
    },
    {
      title: "Usure professionnelle et sinistralité dans l'aide à domicile",
      date: "2018-01-23",
      slot: "AFTERNOON",
      place: "Montreuil, maison des associations",
      agenda:
        "Une sinistralité proche de celle du bâtiment : données de la Cramif, facteurs d'usure, premiers leviers.",
    },
    {
      title: "Plannings et temps de déplacement des intervenant·es",
      date: "2018-03-06",
      slot: "MORNING",
      place: "Créteil, Ursap",
      agenda: "Retours d'expérience sur la sectorisation et la prévenance des plannings ; atelier en sous-groupes.",
    },
    {
      title: "Reconnaissance, lien social et isolement",
      date: "2018-04-17",
      slot: "AFTERNOON",
      place: "Paris 12e, Aract Île-de-France",
      agenda: "Temps d'échange entre intervenantes, rôle des responsables de secteur, reconnaissance du travail réel.",
    },
    {
      title: "Devenir référent·e prévention",
      date: "2018-05-29",
      slot: "MORNING",
      place: "Saint-Denis, plateforme SAP",
      agenda:
        "Parcours de formation des référents avec Agefos PME et Uniformation ; formations partagées entre structures.",
    },
    {
      title: "Bilan du cluster et coopérations",
      date: "2018-07-03",
      slot: "MORNING",
      place: "Paris 12e, Aract Île-de-France",
      agenda:
        "Résultats par structure, évaluation collective, pistes de coopération (GEIQ, mutualisation des formations).",
    },
  ],
  companies: ROWS.map(toCompany),
  evaluation: {
    whatWasDone:
      "Sept structures accompagnées de décembre 2017 à juillet 2018 : sept pré-diagnostics d'une demi-journée, " +
      "six séances collectives, des appuis individuels de l'Aract, de la Cramif et d'Uniformation.",
    satisfaction: 4,
    results:
      "Deux plans d'action QVT adoptés et un en préparation ; des référentes prévention en formation ; un projet " +
      "de formation partagée entre trois structures.",
  },
};
