import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AttendanceStatus, ParticipationStatus } from "@/generated/prisma/enums";
import type { ClusterSeed, CompanySeed, PersonSeed } from "./cluster-seed-types.ts";
import { demoIndicatorSets } from "./indicators.ts";
import { demoFollowUp } from "./follow-ups.ts";
import {
  addDays,
  day,
  demoAccount,
  demoSiret,
  DEMO_TODAY,
  emailLocalPart,
  splitName,
  userIdOf,
  type SeedContext,
} from "./helpers.ts";

// Writes one company, its participation in a cluster and everything that hangs from it.

export type ClusterRefs = {
  clusterId: string;
  aractId: string;
  leadUserId: string;
  partnerIds: ReadonlyMap<string, string>;
  sessions: readonly { id: string; date: string }[];
  closedOn: string;
  /** The cluster was closed: its companies have their follow-up. */
  closed: boolean;
};

/** The statuses a participation went through to reach its current one. */
const PATHS: Record<ParticipationStatus, readonly ParticipationStatus[]> = {
  CANDIDATE: ["CANDIDATE"],
  ENROLLED: ["CANDIDATE", "ENROLLED"],
  COMPLETED: ["CANDIDATE", "ENROLLED", "COMPLETED"],
  WITHDRAWN: ["CANDIDATE", "ENROLLED", "WITHDRAWN"],
};

export async function writeParticipation(
  db: PrismaClient,
  ctx: SeedContext,
  seed: ClusterSeed,
  refs: ClusterRefs,
  company: CompanySeed,
  { index, candidateOn }: { index: number; candidateOn: string },
): Promise<void> {
  const { aractId, clusterId } = refs;
  const companyId = `demo-company-${company.key}`;
  const participationId = `demo-participation-${seed.key}-${company.key}`;
  const status = company.status ?? seed.participationStatus;
  const enrolledOn = addDays(candidateOn, 7);

  const companyRow = {
    id: companyId,
    aractId,
    name: company.name,
    siret: demoSiret(company.key),
    nafCode: company.nafCode,
    headcount: company.headcount,
    city: company.city,
    postalCode: company.postalCode,
  };
  await db.company.upsert({ where: { id: companyId }, create: companyRow, update: companyRow });

  const participation = {
    id: participationId,
    aractId,
    clusterId,
    companyId,
    status,
    project: company.preDiagnostic?.chosenProject ?? null,
    withdrawalReason: company.withdrawalReason ?? null,
    headcountAtEntry: company.headcount,
    createdAt: day(candidateOn),
  };
  await db.participation.upsert({ where: { id: participationId }, create: participation, update: participation });

  const stepDates = [candidateOn, enrolledOn, refs.closedOn];
  const path = PATHS[status];
  for (const [i, toStatus] of path.entries()) {
    const row = {
      id: `${participationId}-status-${i + 1}`,
      aractId,
      participationId,
      fromStatus: path[i - 1] ?? null,
      toStatus,
      changedById: refs.leadUserId,
      changedAt: day(stepDates[i] ?? refs.closedOn),
    };
    await db.participationStatusChange.upsert({ where: { id: row.id }, create: row, update: row });
  }

  const pairSteering = company.steering?.pair ?? false;
  const seats: { key: string; person: PersonSeed; seat: Pick<Prisma.PairMemberCreateManyInput, "side" | "role" | "roleLabel" | "steering"> }[] = [
    { key: "direction", person: company.direction, seat: { side: "DIRECTION", steering: pairSteering } },
    { key: "staff", person: company.staffRepresentative, seat: { side: "STAFF_REPRESENTATIVE", steering: pairSteering } },
    ...(company.members ?? []).map((member, i) => ({
      key: `member-${i + 1}`,
      person: member.person,
      seat: {
        role: member.role,
        roleLabel: member.roleLabel ?? null,
        steering: member.role === "STEERING_COMMITTEE" || (member.steering ?? false),
      },
    })),
  ];
  for (const [seatIndex, { key, person, seat: kind }] of seats.entries()) {
    const personId = `demo-person-${company.key}-${key}`;
    const personRow = { id: personId, aractId, ...personFields(ctx, company, person) };
    await db.person.upsert({ where: { id: personId }, create: personRow, update: personRow });

    const seat = {
      id: `${participationId}-${key}`,
      aractId,
      participationId,
      personId,
      ...kind,
      invitedAt: day(enrolledOn),
      startedAt: day(enrolledOn),
    };
    await db.pairMember.upsert({ where: { id: seat.id }, create: seat, update: seat });

    if (status === "CANDIDATE" || status === "WITHDRAWN") continue;
    for (const [s, session] of refs.sessions.entries()) {
      if (session.date >= DEMO_TODAY || session.date < enrolledOn) continue;
      const row = {
        id: `${session.id}-${personId}`,
        aractId,
        sessionId: session.id,
        personId,
        participationId,
        status: attendanceStatus(index, s, seatIndex),
      };
      await db.attendance.upsert({ where: { id: row.id }, create: row, update: row });
    }
  }

  for (const [i, [date, note]] of (company.steering?.meetings ?? []).entries()) {
    const row = { id: `${participationId}-steering-${i + 1}`, aractId, participationId, date: day(date), note };
    await db.steeringMeeting.upsert({ where: { id: row.id }, create: row, update: row });
  }

  if (seed.indicators && status !== "CANDIDATE") {
    for (const set of demoIndicatorSets(company.headcount, index, refs.closedOn)) {
      const row = { id: `${participationId}-indicators-${set.stage.toLowerCase()}`, aractId, participationId, stage: set.stage, measuredOn: day(set.measuredOn), source: set.source, ...set.values };
      const { id: _id, ...update } = row;
      await db.companyIndicators.upsert({ where: { participationId_stage: { participationId, stage: set.stage } }, create: row, update });
    }
  }

  if (company.preDiagnostic) {
    const row = {
      id: `${participationId}-prediagnostic`,
      aractId,
      participationId,
      date: day(company.preDiagnostic.date),
      findings: company.preDiagnostic.findings,
      chosenProject: company.preDiagnostic.chosenProject,
    };
    await db.preDiagnostic.upsert({ where: { id: row.id }, create: row, update: row });
  }

  for (const [i, [date, kind, durationDays, partnerKey]] of (company.supportDays ?? []).entries()) {
    const partnerId = partnerKey ? refs.partnerIds.get(partnerKey) : undefined;
    if (partnerKey && !partnerId) throw new Error(`Partenaire inconnu : ${partnerKey}`);
    const row = {
      id: `${participationId}-support-${i + 1}`,
      aractId,
      clusterId,
      participationId,
      date: day(date),
      durationDays,
      kind,
      deliveredByUserId: partnerId ? null : refs.leadUserId,
      partnerId: partnerId ?? null,
    };
    await db.supportDay.upsert({ where: { id: row.id }, create: row, update: row });
  }

  if (company.outcome) {
    const { outcome } = company;
    const row = {
      id: `${participationId}-outcome`,
      aractId,
      participationId,
      kind: outcome.kind,
      theme: outcome.theme ?? seed.themes[0] ?? "QVCT",
      status: outcome.status,
      signedAt: outcome.signedAt ? day(outcome.signedAt) : null,
      depositedAt: outcome.depositedAt ? day(outcome.depositedAt) : null,
      depositReference: outcome.depositReference ?? null,
      domains: [...outcome.domains],
    };
    await db.outcome.upsert({ where: { id: row.id }, create: row, update: row });
  }

  if (refs.closed && (status === "ENROLLED" || status === "COMPLETED")) {
    const followUp = demoFollowUp(index, refs.closedOn, company.outcome?.status, DEMO_TODAY);
    const id = `${participationId}-follow-up`;
    const row = {
      id,
      aractId,
      participationId,
      closedOn: day(followUp.closedOn),
      dueOn: day(followUp.dueOn),
      submittedAt: followUp.answer ? new Date(`${followUp.answer.on}T10:00:00.000Z`) : null,
      actionsCarriedOut: followUp.answer?.actionsCarriedOut ?? null,
      changes: followUp.answer?.changes ?? null,
      satisfaction: followUp.answer?.satisfaction ?? null,
    };
    await db.followUp.upsert({ where: { participationId }, create: row, update: row });
    for (const message of followUp.messages) {
      const data = { id: `${id}-week-${message.week}`, aractId, followUpId: id, week: message.week, recipients: 2, sentAt: new Date(`${message.on}T07:00:00.000Z`) };
      await db.followUpMessage.upsert({ where: { id: data.id }, create: data, update: data });
    }
  }

  if (company.actionPlan) {
    const planId = `${participationId}-action-plan`;
    const plan = { id: planId, aractId, participationId, summary: company.actionPlan.summary };
    await db.actionPlan.upsert({ where: { id: planId }, create: plan, update: plan });
    for (const [i, action] of company.actionPlan.actions.entries()) {
      const row = { id: `${planId}-${i + 1}`, aractId, actionPlanId: planId, position: i + 1, ...action };
      const data = { ...row, dueDate: day(action.dueDate) };
      await db.action.upsert({ where: { id: row.id }, create: data, update: data });
    }
  }

  if (company.evaluation) {
    const row = { id: `${participationId}-evaluation`, aractId, clusterId, participationId, ...company.evaluation };
    await db.evaluation.upsert({ where: { id: row.id }, create: row, update: row });
  }
}

function personFields(ctx: SeedContext, company: CompanySeed, person: PersonSeed) {
  if ("account" in person) {
    const account = demoAccount(person.account);
    const { firstName, lastName } = splitName(account.name);
    const userId = userIdOf(ctx, account.email);
    return { firstName, lastName, email: account.email, jobTitle: person.jobTitle, userId };
  }
  const [firstName, lastName, jobTitle] = person;
  const email = `${emailLocalPart(firstName, lastName)}@${company.domain}`;
  return { firstName, lastName, email, jobTitle, userId: ctx.userIds.get(email) ?? null };
}

/**
 * Mostly present, with a fixed scattering of excused (about 1 in 13) and unexcused (about 1 in 31)
 * absences: a formula rather than a random draw, so that every run records the same sheet.
 */
function attendanceStatus(companyIndex: number, sessionIndex: number, seatIndex: number): AttendanceStatus {
  const n = companyIndex * 5 + sessionIndex * 3 + seatIndex * 2;
  if (n % 13 === 4) return "EXCUSED";
  if (n % 31 === 9) return "ABSENT";
  return "PRESENT";
}
