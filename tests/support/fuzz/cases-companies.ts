import type { FuzzCase } from "./cases-clusters";
import type { World } from "./world";

// The fuzz's cases of a company's own records: its members beyond the pair, its steering committee, its
// indicators, its follow-up; and the resources of the library.

let n = 0;
const unique = () => ++n;
const charge = (w: World) => w.charge.id;

export const COMPANY_CASES: Record<string, FuzzCase> = {
  addMemberAction: {
    actor: charge,
    valid: (w) => ({
      participationId: w.member.participation.id,
      role: "OTHER",
      roleLabel: "Ergonome interne",
      steering: true,
      person: { firstName: "Yann", lastName: "Morvan", jobTitle: "", email: `membre-${unique()}@entreprise.fr` },
    }),
  },
  removeMemberAction: { actor: charge, valid: (w) => ({ pairMemberId: w.memberSeat.id }) },
  setSteeringAction: { actor: charge, valid: (w) => ({ pairMemberId: w.directionSeat.id, steering: unique() % 2 === 0 }) },
  addSteeringMeetingAction: {
    actor: charge,
    valid: (w) => ({
      participationId: w.member.participation.id,
      date: `2026-${String(1 + (unique() % 12)).padStart(2, "0")}-${String(1 + (unique() % 28)).padStart(2, "0")}`,
      note: "Point d'étape",
    }),
  },
  deleteSteeringMeetingAction: { actor: charge, valid: (w) => ({ meetingId: w.steeringMeeting.id }) },
  setMemberDiagnosticsAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id, open: unique() % 2 === 0 }) },
  saveIndicatorsAction: {
    actor: charge,
    valid: async (w, db) => {
      const set = await db.companyIndicators.findUnique({
        where: { participationId_stage: { participationId: w.member.participation.id, stage: "ENTRY" } },
        select: { version: true },
      });
      return {
        participationId: w.member.participation.id,
        stage: "ENTRY",
        measuredOn: "2026-08-31",
        source: "Bilan social 2025",
        values: { headcount: 130, women: 70, men: 60, absenteeismRate: 6.5, equalityIndex: 84 },
        version: set?.version ?? 0,
      };
    },
  },
  saveFollowUpAction: {
    actor: charge,
    valid: async (w, db) => {
      const [followUp, outcome] = await Promise.all([
        db.followUp.findUniqueOrThrow({ where: { id: w.followUp.id }, select: { version: true } }),
        db.outcome.findUniqueOrThrow({ where: { id: w.outcome.id }, select: { version: true } }),
      ]);
      return {
        followUpId: w.followUp.id,
        version: followUp.version,
        outcomes: [
          {
            theme: "EGALITE_PROFESSIONNELLE",
            outcomeId: w.outcome.id,
            outcomeVersion: outcome.version,
            kind: "ACCORD",
            status: "IN_PREPARATION",
            signedAt: "",
            depositedAt: "",
            depositReference: "",
            domains: ["REMUNERATION"],
          },
          { theme: "QVCT", kind: "ACCORD", status: "NONE", signedAt: "", depositedAt: "", depositReference: "", domains: [] },
        ],
        actionsCarriedOut: "Deux réunions de négociation.",
        changes: "Un dialogue plus concret.",
        satisfaction: "4",
      };
    },
  },
  rescheduleFollowUpAction: {
    actor: charge,
    valid: (w) => ({ followUpId: w.followUp.id, dueOn: `2027-0${1 + (unique() % 9)}-15` }),
  },
  createResourceAction: {
    actor: charge,
    valid: () => ({
      source: "link",
      url: `https://www.anact.fr/ressource-${unique()}`,
      title: "Repères QVCT",
      summary: "Une grille pour démarrer.",
      themes: ["QVCT"],
      kind: "FICHE",
      shared: true,
    }),
  },
  updateResourceAction: {
    actor: charge,
    valid: async (w, db) => {
      const { version } = await db.resource.findUniqueOrThrow({ where: { id: w.resource.id }, select: { version: true } });
      return { id: w.resource.id, version, title: `Support ${unique()}`, summary: "Les chiffres.", themes: ["QVCT"], kind: "SESSION_SUPPORT", shared: true };
    },
  },
  deleteResourceAction: { actor: charge, valid: (w) => ({ id: w.resource.id }) },
  // The national side features the shared resources of every Aract.
  featureResourceAction: { actor: (w) => w.national.id, network: true, valid: (w) => ({ id: w.resource.id, featured: unique() % 2 === 0 }) },
  attachResourceAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id, sessionId: unique() % 2 ? w.session.id : "", resourceId: w.resource.id }) },
  detachResourceAction: { actor: charge, valid: (w) => ({ clusterId: w.cluster.id, resourceId: w.resource.id }) },
};
