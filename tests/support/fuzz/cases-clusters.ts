import type { PrismaClient } from "@/generated/prisma/client";
import { withSiretCheckDigit } from "@/lib/companies/siret";
import type { World } from "./world";
import { csvOf, listGrid } from "../company-lists";

// The fuzz's cases of the actions that run a cluster: who calls each one (a role allowed to), and a valid
// payload to start from, read afresh before every call (versions move as calls succeed).

export type FuzzCase = {
  actor: (w: World) => string | null;
  valid: (w: World, db: PrismaClient) => unknown;
  /** The national administration: it may change any Aract's rows. */
  network?: boolean;
};

let n = 0;
const unique = () => ++n;

/** A small list of new companies to import, as a CSV file. */
const companyList = () => {
  const series = 40_000 + unique();
  return new File([csvOf(listGrid(series, 3, { tag: `fuzz${series}` }))], "liste.csv");
};

const clusterInput = (w: World) => ({
  name: "Cluster égalité du Pays de Brest",
  description: "Quatre demi-journées et deux jours d'appui.",
  programmeId: w.programme.id,
  themes: ["EGALITE_PROFESSIONNELLE"],
  kind: "TERRITORIAL",
  territory: "Pays de Brest",
  sector: "",
  startDate: "2026-09-01",
  endDate: "2027-06-30",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 2.5,
  staffUserIds: [w.charge.id],
  partners: [{ partnerId: w.directoryPartner.id, name: "Carsat Bretagne", kind: "CARSAT", role: "Cofinance" }],
  funders: [{ name: "FSE", amountEuros: 12000 }],
});

const session = {
  title: "Partage des diagnostics",
  date: "2026-12-08",
  slot: "MORNING",
  place: "Brest",
  agenda: "Constats",
};

const supportDay = (w: World) => ({
  clusterId: w.cluster.id,
  participationId: w.member.participation.id,
  date: "2026-10-20",
  durationDays: 1,
  kind: "DIAGNOSTIC",
  deliveredBy: "ARACT",
  deliveredByUserId: w.charge.id,
  partnerId: "",
  notes: "Restitution au comité de pilotage",
});

/** The world's outcome is an égalité accord: a new one is on another theme. */
const outcome = (w: World, theme = "QVCT") => ({
  clusterId: w.cluster.id,
  participationId: w.member.participation.id,
  kind: "ACCORD",
  theme,
  status: "SIGNED",
  signedAt: "2026-10-15",
  depositedAt: "",
  depositReference: "",
  domains: theme === "QVCT" ? [] : ["EMBAUCHE", "FORMATION", "PROMOTION_PROFESSIONNELLE", "REMUNERATION"],
});

const person = () => ({
  firstName: "Soizic",
  lastName: "Le Saout",
  jobTitle: "Élue du CSE",
  email: `cse${unique()}@legumerie.fr`,
});

const charge = (w: World) => w.charge.id;

export const CLUSTER_CASES: Record<string, FuzzCase> = {
  createClusterAction: { actor: charge, valid: clusterInput },
  updateClusterAction: {
    actor: charge,
    valid: async (w, db) => ({
      id: w.cluster.id,
      version: (await db.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).version,
      // The edit form sends back the ids of the partners it loaded.
      cluster: { ...clusterInput(w), partners: [{ ...clusterInput(w).partners[0]!, id: w.clusterPartner.id }] },
    }),
  },
  changeClusterStatusAction: {
    actor: charge,
    valid: (w) => ({ id: w.draftCluster.id, to: "RECRUITING", note: "Lancé" }),
  },

  createSessionAction: { actor: charge, valid: (w) => ({ ...session, clusterId: w.cluster.id }) },
  updateSessionAction: { actor: charge, valid: (w) => ({ ...session, id: w.session.id }) },
  cancelSessionAction: { actor: charge, valid: (w) => ({ id: w.session.id }) },
  recordAttendanceAction: {
    actor: charge,
    valid: (w) => ({
      sessionId: w.session.id,
      statuses: { [w.member.direction.id]: "PRESENT", [w.member.staffRep.id]: "EXCUSED" },
    }),
  },

  createSupportDayAction: { actor: charge, valid: supportDay },
  updateSupportDayAction: { actor: charge, valid: (w) => ({ id: w.supportDay.id, supportDay: supportDay(w) }) },
  deleteSupportDayAction: { actor: charge, valid: (w) => ({ id: w.supportDay.id }) },

  createOutcomeAction: { actor: charge, valid: (w) => outcome(w) },
  updateOutcomeAction: {
    actor: charge,
    valid: async (w, db) => ({
      id: w.outcome.id,
      version: (await db.outcome.findUniqueOrThrow({ where: { id: w.outcome.id } })).version,
      outcome: outcome(w, "EGALITE_PROFESSIONNELLE"),
    }),
  },
  saveEvaluationAction: {
    actor: charge,
    valid: (w) => ({
      clusterId: w.cluster.id,
      participationId: w.member.participation.id,
      whatWasDone: "Pré-diagnostic et deux jours d'appui.",
      satisfaction: "4",
      results: "Plan d'actions adopté.",
    }),
  },
  saveNotesAction: {
    actor: charge,
    valid: async (w, db) => {
      const row = await db.participation.findUniqueOrThrow({ where: { id: w.member.participation.id } });
      return { participationId: row.id, version: row.version, loaded: row.notes ?? "", notes: "Appeler la DRH." };
    },
  },

  withdrawParticipationAction: {
    actor: charge,
    valid: (w) => ({ participationId: w.member.participation.id, reason: "Rachat de l'entreprise" }),
  },
  completeParticipationAction: {
    actor: charge,
    valid: (w) => ({ participationId: w.member.participation.id }),
  },
  reopenParticipationAction: {
    actor: charge,
    valid: (w) => ({ participationId: w.member.participation.id, reason: "Parcours terminé par erreur" }),
  },
  savePreDiagnosticAction: {
    actor: charge,
    valid: (w) => ({
      participationId: w.member.participation.id,
      date: "2026-10-01",
      findings: "Charge physique élevée en production.",
      chosenProject: "Prévention des TMS",
    }),
  },
  invitePairMemberAction: { actor: charge, valid: (w) => ({ pairMemberId: w.staffRepSeat.id }) },
  replacePairMemberAction: {
    actor: charge,
    valid: (w) => ({ pairMemberId: w.staffRepSeat.id, side: "STAFF_REPRESENTATIVE", person: person() }),
  },
  enrolCompanyAction: {
    actor: charge,
    valid: (w) => ({
      clusterId: w.cluster.id,
      company: {
        mode: "new",
        name: "Légumerie du Léon",
        siret: withSiretCheckDigit(`4420${String(unique()).padStart(9, "0")}`),
        nafCode: "1039a",
        headcount: 130,
        city: "Saint-Pol-de-Léon",
        postalCode: "29250",
      },
      direction: { ...person(), firstName: "Yannick", email: `direction${unique()}@legumerie.fr` },
      staffRepresentative: person(),
    }),
  },
  previewCompanyImportAction: {
    actor: charge,
    valid: (w) => ({ clusterId: w.cluster.id, file: companyList(), columns: { name: 0, siret: 1 } }),
  },
  importCompaniesAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id, file: companyList() }) },
  inviteClusterPairsAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id }) },
  sendRemindersAction: {
    actor: charge,
    valid: (w) => ({ clusterId: w.cluster.id, templateId: w.template.id, personIds: [w.member.direction.id] }),
  },

  addClusterTemplateAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id, key: w.spareTemplate.key }) },
  removeClusterTemplateAction: {
    actor: charge,
    valid: (w) => ({ clusterId: w.cluster.id, templateId: w.unanswered.id }),
  },
  switchClusterTemplateVersionAction: {
    actor: charge,
    valid: (w) => ({ clusterId: w.cluster.id, templateId: w.unanswered.id }),
  },
  reopenResponseAction: {
    actor: charge,
    valid: async (w, db) => ({
      responseId: w.submitted.id,
      version: (await db.diagnosticResponse.findUniqueOrThrow({ where: { id: w.submitted.id } })).version,
    }),
  },
};
