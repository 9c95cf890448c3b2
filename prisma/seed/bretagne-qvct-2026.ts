import type { ClusterSeed } from "./cluster-seed-types.ts";
import { demoAccount } from "./helpers.ts";
import { CONSERVERIE_ARMOR_IDENTITY } from "./bretagne-conserverie-armor.ts";

// The Aract Bretagne's cluster running at the demo date (23 November 2026): two sessions held, four to come,
// so the chargée de mission's home page shows both an attendance history and an upcoming calendar.

export const BRETAGNE_QVCT_2026: ClusterSeed = {
  key: "bretagne-qvct-usure-2026",
  aract: "bretagne",
  name: "Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027",
  description:
    "Des entreprises du Pays de Brest, de l'agroalimentaire au médico-social, travaillent ensemble à prévenir " +
    "l'usure professionnelle et à maintenir en emploi les salariés expérimentés : diagnostic partagé par le " +
    "binôme, indicateurs santé et RH, plan d'actions suivi en comité de pilotage.",
  themes: ["QVCT", "USURE_PROFESSIONNELLE"],
  kind: "TERRITORIAL",
  territory: "Pays de Brest (Finistère)",
  startDate: "2026-09-01",
  endDate: "2027-06-30",
  plannedCollectiveSessions: 6,
  plannedSupportDaysPerCompany: 3,
  history: [
    { status: "DRAFT", on: "2026-04-14" },
    { status: "RECRUITING", on: "2026-05-18" },
    { status: "RUNNING", on: "2026-09-01" },
  ],
  participationStatus: "ENROLLED",
  staff: [demoAccount("gaelle.kerjean@bretagne.aract.fr").email],
  partners: [
    {
      key: "carsat",
      name: "Carsat Bretagne",
      kind: "CARSAT",
      role: "Appui prévention des TMS et indicateurs de sinistralité",
    },
    { key: "ocapiat", name: "OCAPIAT", kind: "OPCO", role: "Financement des formations de référents prévention" },
  ],
  funders: [
    { key: "region", name: "Région Bretagne", amountEuros: 30_000 },
    { key: "carsat", name: "Carsat Bretagne", amountEuros: 12_000 },
  ],
  sessions: [
    {
      title: "Lancement : l'usure professionnelle, de quoi parle-t-on ?",
      date: "2026-10-06",
      slot: "MORNING",
      place: "Brest, technopôle Brest-Iroise",
      agenda: "Présentation des binômes et des projets. Usure, pénibilité, vieillissement : définitions et repères.",
    },
    {
      title: "Lire ses indicateurs santé et ressources humaines",
      date: "2026-11-10",
      slot: "AFTERNOON",
      place: "Landerneau, pépinière d'entreprises",
      agenda: "Pyramide des âges, absentéisme, accidents du travail, inaptitudes : atelier sur les données de chacun.",
    },
    {
      title: "Partage des diagnostics",
      date: "2026-12-08",
      slot: "MORNING",
      place: "Brest, technopôle Brest-Iroise",
      agenda: "Chaque binôme présente ses constats ; écarts entre la vision de la direction et celle des salariés.",
    },
    {
      title: "Parcours professionnels et prévention de l'usure",
      date: "2027-01-19",
      slot: "AFTERNOON",
      place: "Morlaix, CCI",
      agenda: "Mobilités internes, tutorat, aménagement des fins de carrière. Témoignage d'une entreprise du Léon.",
    },
    {
      title: "Construire son plan d'actions",
      date: "2027-03-16",
      slot: "MORNING",
      place: "Brest, technopôle Brest-Iroise",
      agenda: "Objectifs, pilotes, échéances et indicateurs ; place du comité de pilotage.",
    },
    {
      title: "Bilan du cluster et suites",
      date: "2027-05-18",
      slot: "MORNING",
      place: "Landerneau, pépinière d'entreprises",
      agenda: "Où en sont les plans d'actions ? Évaluation collective et coopérations à poursuivre.",
    },
  ],
  companies: [
    {
      key: "legumerie-leon",
      name: "Légumerie du Léon",
      nafCode: "10.39A",
      headcount: 130,
      city: "Saint-Pol-de-Léon",
      postalCode: "29250",
      domain: "legumerie-leon.fr",
      direction: ["Yannick", "Abiven", "Directeur d'exploitation"],
      staffRepresentative: ["Soizic", "Le Saout", "Secrétaire du CSE"],
      members: [
        { role: "PREVENTION_REFERENT", person: ["Gaëlle", "Kerbrat", "Animatrice qualité, sécurité, environnement"], steering: true },
        { role: "STEERING_COMMITTEE", person: ["Hervé", "Pengam", "Chef d'équipe au parage"] },
        { role: "HEALTH_PROFESSIONAL", person: ["Nolwenn", "Cam", "Infirmière en santé au travail (SPST du Léon)"] },
      ],
      steering: {
        pair: true,
        meetings: [
          ["2026-09-22", "Lancement de la démarche et choix du périmètre : le parage et le conditionnement"],
          ["2026-11-17", "Restitution du diagnostic aux équipes et premières pistes de rotation"],
        ],
      },
      preDiagnostic: {
        date: "2026-06-09",
        findings: "Port de charges et froid au parage ; moyenne d'âge de 47 ans ; trois inaptitudes en deux ans.",
        chosenProject: "Prévenir l'usure au parage : rotation des postes et aménagements",
      },
      supportDays: [
        ["2026-06-09", "PRE_DIAGNOSTIC", 0.5],
        ["2026-10-13", "DIAGNOSTIC", 1],
      ],
    },
    {
      // Back twelve years after its accord égalité: the demo pair follows a running cluster too.
      ...CONSERVERIE_ARMOR_IDENTITY,
      preDiagnostic: {
        date: "2026-06-16",
        findings:
          "Saisonniers nombreux et vieillissement des conducteurs de ligne ; manutentions au conditionnement ; " +
          "deux restrictions d'aptitude en 2025.",
        chosenProject: "Aménager les postes de conditionnement et préparer les fins de carrière en production",
      },
      supportDays: [
        ["2026-06-16", "PRE_DIAGNOSTIC", 0.5],
        ["2026-10-20", "DIAGNOSTIC", 1],
      ],
    },
    {
      key: "brest-metal-services",
      name: "Brest Métal Services",
      nafCode: "25.62B",
      headcount: 62,
      city: "Brest",
      postalCode: "29200",
      domain: "brest-metal.fr",
      direction: ["Olivier", "Kerleroux", "Gérant"],
      staffRepresentative: ["Ronan", "Le Hir", "Élu du CSE"],
      preDiagnostic: {
        date: "2026-06-11",
        findings:
          "Soudeurs expérimentés proches de la retraite, recrutements difficiles, bruit et postures contraignantes.",
        chosenProject: "Construire des fins de carrière pour les soudeurs : tutorat et postes moins exposés",
      },
      supportDays: [
        ["2026-06-11", "PRE_DIAGNOSTIC", 0.5],
        ["2026-10-15", "DIAGNOSTIC", 1, "carsat"],
      ],
    },
    {
      key: "ehpad-hortensias",
      name: "EHPAD Les Hortensias",
      nafCode: "87.10A",
      headcount: 75,
      city: "Landerneau",
      postalCode: "29800",
      domain: "ehpad-hortensias.fr",
      direction: ["Annick", "Le Borgne", "Directrice"],
      staffRepresentative: ["Maëlle", "Créac'h", "Élue du CSE"],
      preDiagnostic: {
        date: "2026-06-16",
        findings: "Absentéisme de 12 %, manutention des résidents, effectif de nuit réduit, glissements de tâches.",
        chosenProject: "Réduire l'absentéisme en agissant sur la charge physique et l'organisation des soins",
      },
      supportDays: [
        ["2026-06-16", "PRE_DIAGNOSTIC", 0.5],
        ["2026-11-03", "DIAGNOSTIC", 1],
      ],
    },
    {
      key: "transports-ponant",
      name: "Transports du Ponant",
      nafCode: "49.41A",
      headcount: 88,
      city: "Guipavas",
      postalCode: "29490",
      domain: "transports-ponant.fr",
      direction: ["Jean-François", "Abgrall", "Directeur général"],
      staffRepresentative: ["David", "Le Roy", "Secrétaire du CSE"],
      preDiagnostic: {
        date: "2026-06-18",
        findings:
          "Un conducteur sur trois a plus de 55 ans ; horaires décalés, troubles du sommeil, départs en inaptitude.",
        chosenProject: "Aménager les tournées et les horaires des conducteurs seniors",
      },
      supportDays: [["2026-06-18", "PRE_DIAGNOSTIC", 0.5]],
    },
    {
      key: "scierie-elorn",
      name: "Scierie de l'Élorn",
      nafCode: "16.10A",
      headcount: 34,
      city: "Landivisiau",
      postalCode: "29400",
      domain: "scierie-elorn.fr",
      direction: ["Gwenn", "Quiviger", "Cogérante"],
      staffRepresentative: ["Pierre", "Corre", "Élu du CSE"],
      preDiagnostic: {
        date: "2026-06-23",
        findings: "Bruit, poussières de bois, manutention des grumes ; polyvalence sans parcours formalisé.",
        chosenProject: "Mécaniser la manutention et former des salariés référents prévention",
      },
      supportDays: [["2026-06-23", "PRE_DIAGNOSTIC", 0.5]],
    },
  ],
};
