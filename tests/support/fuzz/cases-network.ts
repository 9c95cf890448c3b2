import type { PrismaClient } from "@/generated/prisma/client";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { getActionPlan } from "@/lib/action-plans/queries";
import { newSaveId } from "@/lib/diagnostics/autosave";
import type { FuzzCase } from "./cases-clusters";
import type { World } from "./world";

// The fuzz's cases of the pair's own actions (diagnostics, action plans, account) and of the administration
// (team, partners, programmes, personal data, the national side).

let n = 0;
const unique = () => ++n;

/** What the plan editor sends with every change: the version and the plan as its author loaded it. */
async function planBase(w: World, userId: string) {
  const plan = await getActionPlan((await buildScope(userId)) as Scope, w.cluster.id, w.member.participation.id);
  return { participationId: w.member.participation.id, version: plan?.version ?? 0, loaded: plan?.snapshot };
}

const action = {
  domain: "REMUNERATION",
  objective: "Analyser les écarts de primes",
  owner: "DRH",
  dueDate: "2027-03-31",
  indicator: "Écart moyen",
  status: "PLANNED",
};

async function answerVersion(db: PrismaClient, w: World) {
  const answer = await db.diagnosticAnswer.findFirst({ where: { responseId: w.draft.id, questionId: w.question.id } });
  return answer?.version ?? 0;
}

const member = (w: World) => w.member.user.id;
const admin = (w: World) => w.admin.id;
const nationalAdmin = (w: World) => w.nationalAdmin.id;

const partner = () => ({
  name: `OPCO Atlas ${unique()}`,
  kind: "OPCO",
  contactName: "Soizic Le Du",
  email: "Soizic.LeDu@opco.fr",
  phone: "02 99 12 34 56",
  notes: "Finance les formations.",
});

const programme = () => ({
  code: `tempo-${unique()}`,
  name: "Tempo",
  description: "Emploi des seniors.",
  themes: ["EMPLOI_SENIORS"],
  startYear: 2026,
  endYear: 2028,
  budgetEuros: 250000,
  funders: [{ name: "FSE", amountEuros: 150000 }],
});

const aract = () => ({
  name: `Aract Grand Est ${unique()}`,
  region: "Grand Est",
  departements: "08, 10 et 51",
  contactEmail: "",
});

const applicationVersion = async (db: PrismaClient, id: string) =>
  (await db.application.findUnique({ where: { id }, select: { version: true } }))?.version ?? 1;

export const NETWORK_CASES: Record<string, FuzzCase> = {
  // Public: anyone applies to any Aract's call, which is why its writes may land in another Aract.
  submitApplicationAction: {
    actor: () => null,
    network: true,
    valid: (w) => ({
      target: { kind: "programme", id: w.programme.id },
      company: { name: "Crèche", siret: "732 829 320 00074", nafCode: "8891A", headcount: 12, postalCode: "29200", city: "" },
      direction: { firstName: "Anne", lastName: "Le Du", jobTitle: "", email: `anne${unique()}@creche.fr` },
      staffRepresentative: { firstName: "Loïc", lastName: "Bras", jobTitle: "", email: "" },
      project: "Prévenir l'usure.",
      consent: true,
      website: "",
    }),
  },
  acceptApplicationAction: {
    actor: (w) => w.charge.id,
    valid: async (w, db) => ({ applicationId: w.application.id, version: await applicationVersion(db, w.application.id), clusterId: w.cluster.id }),
  },
  declineApplicationAction: {
    actor: (w) => w.charge.id,
    valid: async (w, db) => ({ applicationId: w.application.id, version: await applicationVersion(db, w.application.id), reason: "Complet." }),
  },
  routeApplicationAction: {
    actor: (w) => w.national.id,
    network: true,
    valid: async (w, db) => ({ applicationId: w.unrouted.id, version: await applicationVersion(db, w.unrouted.id), aractId: w.aract.id }),
  },
  signOutEverywhereAction: { actor: member, valid: () => ({}) },

  saveAnswerAction: {
    actor: member,
    valid: async (w, db) => ({
      clusterId: w.cluster.id,
      templateId: w.template.id,
      questionId: w.question.id,
      value: 4,
      baseVersion: await answerVersion(db, w),
      saveId: newSaveId(),
      priorSaveIds: [],
    }),
  },
  readAnswerAction: {
    actor: member,
    valid: (w) => ({ clusterId: w.cluster.id, templateId: w.template.id, questionId: w.question.id }),
  },
  submitResponseAction: {
    actor: member,
    valid: async (w, db) => ({
      responseId: w.draft.id,
      version: (await db.diagnosticResponse.findUniqueOrThrow({ where: { id: w.draft.id } })).version,
    }),
  },

  savePlanSummaryAction: {
    actor: (w) => w.charge.id,
    valid: async (w) => ({ ...(await planBase(w, w.charge.id)), summary: "Trois axes." }),
  },
  addActionAction: { actor: member, valid: async (w) => ({ ...(await planBase(w, w.member.user.id)), action }) },
  updateActionAction: {
    actor: (w) => w.staffRepUser.id,
    valid: async (w) => ({ ...(await planBase(w, w.staffRepUser.id)), actionId: w.actions[0]!.id, action }),
  },
  moveActionAction: {
    actor: member,
    valid: async (w) => ({ ...(await planBase(w, w.member.user.id)), actionId: w.actions[1]!.id, direction: "up" }),
  },
  removeActionAction: {
    actor: (w) => w.charge.id,
    valid: async (w) => ({ ...(await planBase(w, w.charge.id)), actionId: w.actions[0]!.id }),
  },

  inviteStaffAction: {
    actor: admin,
    valid: () => ({ email: `lea.martin${unique()}@ouest.aract.fr`, name: "Léa Martin", role: "CHARGE_DE_MISSION" }),
  },
  resendStaffInvitationAction: { actor: admin, valid: (w) => ({ userId: w.colleague.id }) },
  changeStaffRoleAction: { actor: admin, valid: (w) => ({ userId: w.colleague.id, role: "ARACT_ADMIN" }) },
  deactivateStaffAction: { actor: admin, valid: (w) => ({ userId: w.colleague.id, handovers: [] }) },
  reactivateStaffAction: { actor: admin, valid: (w) => ({ userId: w.leaver.id }) },

  createPartnerAction: { actor: admin, valid: partner },
  updatePartnerAction: { actor: admin, valid: (w) => ({ id: w.directoryPartner.id, partner: partner() }) },
  archivePartnerAction: { actor: admin, valid: (w) => ({ id: w.directoryPartner.id }) },
  restorePartnerAction: { actor: admin, valid: (w) => ({ id: w.directoryPartner.id }) },

  createProgrammeAction: { actor: nationalAdmin, valid: programme },
  updateProgrammeAction: { actor: admin, valid: (w) => ({ id: w.programme.id, programme: programme() }) },

  erasePersonAction: { actor: admin, valid: (w) => ({ id: w.member.staffRep.id, confirmation: "supprimer" }) },

  publishTemplateAction: { actor: (w) => w.national.id, valid: () => ({ key: "qvct" }) },

  createAractAction: { actor: nationalAdmin, network: true, valid: aract },
  updateAractAction: { actor: nationalAdmin, network: true, valid: (w) => ({ ...aract(), id: w.spareAract.id }) },
  deactivateAractAction: { actor: nationalAdmin, network: true, valid: (w) => ({ id: w.spareAract.id }) },
  reactivateAractAction: { actor: nationalAdmin, network: true, valid: (w) => ({ id: w.closedAract.id }) },
  appointAractAdminAction: {
    actor: nationalAdmin,
    network: true,
    valid: (w) => ({ email: `direction${unique()}@est.aract.fr`, name: "Camille Durand", aractId: w.spareAract.id }),
  },
};
