import { withSiretCheckDigit } from "@/lib/companies/siret";
import type { PrismaClient } from "@/generated/prisma/client";
import {
  attachTemplate,
  createAract,
  createCluster,
  createDiagnosticTemplate,
  createPartner,
  createResponseWithAnswers,
  createStaffUser,
  createSupportDay,
  createTwoAracts,
  enrolCompany,
  giveAccount,
  planSession,
} from "../../factories";

// One world holding a row of every kind an action names, in our Aract and in another one, so that every
// action has a valid payload to start from and another Aract's ids to be fed. Each action gets a fresh
// world: what one action's successful calls change (a cluster evaluated, a person erased) never decides
// what the next action meets.

async function aractRows(db: PrismaClient, aractId: string, charge: { id: string }) {
  const cluster = await createCluster(db, aractId, { staffUserId: charge.id });
  await db.cluster.update({ where: { id: cluster.id }, data: { themes: ["EGALITE_PROFESSIONNELLE", "QVCT"] } });
  const member = await enrolCompany(db, cluster.id, aractId);
  const seats = await db.pairMember.findMany({ where: { participationId: member.participation.id } });
  const seat = (side: string) => seats.find((s) => s.side === side)!;
  const session = await planSession(db, cluster, { date: "2026-11-10" });
  const clusterPartner = await createPartner(db, cluster.id, aractId);
  const supportDay = await createSupportDay(db, member.participation, charge.id);
  const directoryPartner = await db.partner.create({ data: { aractId, name: `Carsat ${aractId}`, kind: "CARSAT" } });
  const programme = await db.programme.create({
    data: { aractId, code: `REGION-${cluster.id.toUpperCase()}`, name: "Programme régional", themes: ["QVCT"] },
  });
  const outcome = await db.outcome.create({
    data: {
      aractId,
      participationId: member.participation.id,
      kind: "ACCORD",
      theme: "EGALITE_PROFESSIONNELLE",
      domains: [],
    },
  });
  const referent = await db.person.create({
    data: { aractId, firstName: "Soizic", lastName: "Le Roux", email: `referente-${member.participation.id}@entreprise.fr` },
  });
  const memberSeat = await db.pairMember.create({
    data: { aractId, participationId: member.participation.id, personId: referent.id, role: "QVT_REFERENT" },
  });
  const steeringMeeting = await db.steeringMeeting.create({
    data: { aractId, participationId: member.participation.id, date: new Date("2026-10-01") },
  });
  const followUp = await db.followUp.create({
    data: { aractId, participationId: member.participation.id, closedOn: new Date("2026-05-29"), dueOn: new Date("2026-11-29") },
  });
  const resource = await db.resource.create({
    data: { aractId, title: "Support de lancement", summary: "Les chiffres de la filière.", themes: ["QVCT"], kind: "SESSION_SUPPORT", sharedWithNetwork: true },
  });
  const plan = await db.actionPlan.create({ data: { aractId, participationId: member.participation.id, version: 1 } });
  const action = await db.action.create({
    data: {
      aractId,
      actionPlanId: plan.id,
      domain: "REMUNERATION",
      objective: "Analyser les écarts",
      owner: "DRH",
      position: 1,
    },
  });
  const second = await db.action.create({
    data: {
      aractId,
      actionPlanId: plan.id,
      domain: "FORMATION",
      objective: "Former les managers",
      owner: "RRH",
      position: 2,
    },
  });
  return {
    cluster,
    member,
    directionSeat: seat("DIRECTION"),
    staffRepSeat: seat("STAFF_REPRESENTATIVE"),
    memberSeat,
    steeringMeeting,
    session,
    clusterPartner,
    supportDay,
    directoryPartner,
    programme,
    outcome,
    followUp,
    resource,
    actions: [action, second],
  };
}

export async function buildWorld(db: PrismaClient) {
  const base = await createTwoAracts(db);
  const { aract, other, charge, otherCharge } = base;
  const ours = await aractRows(db, aract.id, charge);
  const theirs = await aractRows(db, other.id, otherCharge);
  const admin = await createStaffUser(db, "ARACT_ADMIN", aract.id);
  const colleague = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  const otherAdmin = await createStaffUser(db, "ARACT_ADMIN", other.id);
  const nationalAdmin = await createStaffUser(db, "NATIONAL_ADMIN", null);
  const staffRepUser = await giveAccount(db, ours.member.staffRep);
  const spareAract = await createAract(db);

  // Diagnostics: a template the cluster uses, with the direction's draft and the staff representative's
  // submitted response, and a national template it has not chosen yet.
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, ours.cluster, template.id);
  await attachTemplate(db, theirs.cluster, template.id);
  const draft = await createResponseWithAnswers(db, ours.member.participation, {
    templateId: template.id,
    personId: ours.member.direction.id,
    answers: { [questions["mixite-postes"]!.id]: 3, [questions["mixite-accord"]!.id]: true },
  });
  const submitted = await createResponseWithAnswers(db, ours.member.participation, {
    templateId: template.id,
    personId: ours.member.staffRep.id,
    side: "STAFF_REPRESENTATIVE",
    answers: { [questions["mixite-postes"]!.id]: 4 },
  });
  await db.diagnosticResponse.update({
    where: { id: submitted.id },
    data: { status: "SUBMITTED", submittedAt: new Date() },
  });
  const foreignResponse = await createResponseWithAnswers(db, theirs.member.participation, {
    templateId: template.id,
    personId: theirs.member.direction.id,
  });
  const spareTemplate = await createDiagnosticTemplate(db);
  // A template the cluster chose but nobody answered, with a newer version: it may be removed or switched.
  const unanswered = (await createDiagnosticTemplate(db)).template;
  await attachTemplate(db, ours.cluster, unanswered.id);
  const { id: _, ...copy } = unanswered;
  await db.diagnosticTemplate.create({ data: { ...copy, version: 2 } });
  const leaver = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  await db.user.update({ where: { id: leaver.id }, data: { disabledAt: new Date() } });
  const closedAract = await createAract(db);
  await db.aract.update({ where: { id: closedAract.id }, data: { deactivatedAt: new Date() } });
  const question = questions["mixite-postes"]!;
  // A second cluster of ours, empty, left as a draft (its status may move forward).
  const draftCluster = await createCluster(db, aract.id, { staffUserId: charge.id });
  await db.cluster.update({ where: { id: draftCluster.id }, data: { status: "DRAFT" } });

  // Applications from the public pages: one to our Aract's cluster, one no Aract covers (the national list).
  const applicationFields = (n: number) => ({
    companyName: `Crèche candidate ${n}`,
    siret: withSiretCheckDigit(`4300000000${String(n).padStart(3, "0")}`),
    nafCode: "88.91A",
    headcount: 20,
    postalCode: "29200",
    directionFirstName: "Anne",
    directionLastName: "Candidate",
    directionEmail: `candidate${n}.${Date.now()}@creche.fr`,
    staffFirstName: "Loïc",
    staffLastName: "Candidat",
    project: "Prévenir l'usure.",
    consentAt: new Date(),
  });
  const application = await db.application.create({ data: { aractId: aract.id, clusterId: ours.cluster.id, ...applicationFields(1) } });
  const nationalProgramme = await db.programme.create({ data: { code: `NATIONAL-${ours.cluster.id.toUpperCase()}`, name: "Programme national" } });
  const unrouted = await db.application.create({ data: { programmeId: nationalProgramme.id, ...applicationFields(2) } });

  return {
    ...base,
    ...ours,
    theirs,
    application,
    unrouted,
    admin,
    colleague,
    otherAdmin,
    nationalAdmin,
    staffRepUser,
    spareAract,
    template,
    question,
    draft,
    submitted,
    foreignResponse,
    spareTemplate: spareTemplate.template,
    unanswered,
    leaver,
    closedAract,
    draftCluster,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Every id of the other Aract's rows: what a caller of ours may send, and must never reach. */
export function foreignIds(world: World): string[] {
  const t = world.theirs;
  return [
    world.other.id,
    world.otherCharge.id,
    world.otherAdmin.id,
    world.foreignResponse.id,
    t.cluster.id,
    t.member.company.id,
    t.member.participation.id,
    t.member.user.id,
    t.member.direction.id,
    t.member.staffRep.id,
    t.directionSeat.id,
    t.staffRepSeat.id,
    t.memberSeat.id,
    t.steeringMeeting.id,
    t.session.id,
    t.clusterPartner.id,
    t.supportDay.id,
    t.directoryPartner.id,
    t.programme.id,
    t.outcome.id,
    t.followUp.id,
    t.resource.id,
    ...t.actions.map((a) => a.id),
  ];
}

/** Our own ids, fed to the wrong fields (a session's id as a cluster's). */
export function ownIds(world: World): string[] {
  return [
    world.aract.id,
    world.charge.id,
    world.admin.id,
    world.colleague.id,
    world.national.id,
    world.nationalAdmin.id,
    world.cluster.id,
    world.draftCluster.id,
    world.member.participation.id,
    world.member.direction.id,
    world.directionSeat.id,
    world.memberSeat.id,
    world.steeringMeeting.id,
    world.session.id,
    world.supportDay.id,
    world.directoryPartner.id,
    world.programme.id,
    world.outcome.id,
    world.followUp.id,
    world.resource.id,
    world.template.id,
    world.question.id,
    world.draft.id,
    world.actions[0]!.id,
  ];
}

/** Pairs each id of our Aract's rows with the same row of the other Aract (built alike by aractRows). */
function pairIds(ours: unknown, theirs: unknown, pairs: Map<string, string>) {
  if (!ours || !theirs || typeof ours !== "object" || typeof theirs !== "object") return;
  for (const [key, value] of Object.entries(ours)) {
    const other = (theirs as Record<string, unknown>)[key];
    if (key === "id" && typeof value === "string" && typeof other === "string") pairs.set(value, other);
    else if (!(value instanceof Date)) pairIds(value, other, pairs);
  }
}

/**
 * For an id of ours, what a caller may send instead: the same row of the other Aract, and a row of ours of
 * another kind (a session's id where a cluster's is expected).
 */
export function counterparts(world: World): (id: string) => string[] {
  const pairs = new Map<string, string>([
    [world.aract.id, world.other.id],
    [world.charge.id, world.otherCharge.id],
    [world.admin.id, world.otherAdmin.id],
    [world.draft.id, world.foreignResponse.id],
    [world.submitted.id, world.foreignResponse.id],
  ]);
  const { theirs, ...rest } = world;
  pairIds(rest, theirs, pairs);
  return (id) => {
    const other = pairs.get(id);
    if (other === undefined) return [];
    return [other, id === world.session.id ? world.cluster.id : world.session.id];
  };
}
