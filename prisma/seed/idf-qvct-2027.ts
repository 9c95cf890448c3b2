import type { ClusterSeed } from "./cluster-seed-types.ts";
import { demoAccount } from "./helpers.ts";

// The Aract Île-de-France's next cluster, recruiting at the demo date: one structure enrolled after its
// pre-diagnostic, two candidates, three collective sessions already planned for 2027.

export const IDF_QVCT_2027: ClusterSeed = {
  key: "idf-qvct-ehpad-2027",
  aract: "ile-de-france",
  name: "Cluster QVCT et prévention de l'usure des EHPAD franciliens 2027",
  description:
    "Pour les EHPAD et résidences autonomie d'Île-de-France : agir sur la charge physique, l'organisation des " +
    "soins et l'absentéisme, avec un binôme direction / représentant du personnel par établissement.",
  themes: ["QVCT", "USURE_PROFESSIONNELLE"],
  kind: "SECTORAL",
  sector: "Hébergement médico-social",
  startDate: "2027-01-11",
  endDate: "2027-10-29",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 2,
  history: [
    { status: "DRAFT", on: "2026-09-21" },
    { status: "RECRUITING", on: "2026-10-05", note: "Appel à candidatures diffusé avec l'ARS et la Cramif" },
  ],
  participationStatus: "CANDIDATE",
  staff: [demoAccount("julien.roussel@idf.aract.fr").email],
  partners: [{ key: "cramif", name: "Cramif", kind: "CARSAT", role: "Prévention des TMS et aide aux équipements" }],
  funders: [{ key: "ars", name: "Agence régionale de santé Île-de-France", amountEuros: 35_000 }],
  sessions: [
    {
      title: "Lancement du cluster",
      date: "2027-01-26",
      slot: "MORNING",
      place: "Paris 12e, Aract Île-de-France",
      agenda: "Présentation des établissements et de leurs projets ; usure professionnelle et QVCT : repères communs.",
    },
    {
      title: "Charge physique et organisation des soins",
      date: "2027-03-23",
      slot: "AFTERNOON",
      place: "Ivry-sur-Seine, EHPAD Les Tilleuls",
      agenda: "Visite d'unité, retours d'expérience sur les aides techniques et la répartition des toilettes.",
    },
    {
      title: "Partage des diagnostics",
      date: "2027-05-25",
      slot: "MORNING",
      place: "Paris 12e, Aract Île-de-France",
      agenda: "Écarts entre les points de vue de la direction et des représentants du personnel ; priorités communes.",
    },
  ],
  companies: [
    {
      key: "ehpad-tilleuls-ivry",
      name: "EHPAD Les Tilleuls",
      nafCode: "87.10A",
      headcount: 78,
      city: "Ivry-sur-Seine",
      postalCode: "94200",
      domain: "ehpad-tilleuls.fr",
      status: "ENROLLED",
      direction: ["Laurence", "Bertin", "Directrice"],
      staffRepresentative: ["Jean-Marc", "N'Diaye", "Secrétaire du CSE"],
      preDiagnostic: {
        date: "2026-11-17",
        findings: "Absentéisme de 14 %, recours important à l'intérim, lève-personnes peu utilisés faute de formation.",
        chosenProject: "Réduire l'absentéisme : formation aux aides techniques et binômes de soins le matin",
      },
      supportDays: [["2026-11-17", "PRE_DIAGNOSTIC", 0.5]],
    },
    {
      key: "residence-glycines-argenteuil",
      name: "Résidence autonomie Les Glycines",
      nafCode: "87.30A",
      headcount: 18,
      city: "Argenteuil",
      postalCode: "95100",
      domain: "residence-glycines.fr",
      direction: ["Hakim", "Benyahia", "Directeur"],
      staffRepresentative: ["Patricia", "Lemaire", "Élue du CSE"],
    },
    {
      key: "ehpad-saint-fiacre-melun",
      name: "EHPAD Saint-Fiacre",
      nafCode: "87.10A",
      headcount: 110,
      city: "Melun",
      postalCode: "77000",
      domain: "ehpad-saint-fiacre.fr",
      direction: ["Marc", "Delaunay", "Directeur"],
      staffRepresentative: ["Nadège", "Fernandes", "Élue du CSE"],
    },
  ],
};
