import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import { findOrCreatePeople, seatPeople } from "@/lib/companies/enrolments";
import { findActiveSeat } from "@/lib/participations/pair-seats";
import { participationChangeProblem } from "@/lib/participations/rules";
import type { Prisma } from "@/generated/prisma/client";
import {
  AddMemberInput,
  AddSteeringMeetingInput,
  DeleteSteeringMeetingInput,
  RemoveMemberInput,
  SetMemberDiagnosticsInput,
  SetSteeringInput,
} from "./schemas";
import { ALREADY_SEATED, steeringProblem } from "./rules";

// The company's people beyond its pair, and its steering committee (members and meetings).

type Tx = Prisma.TransactionClient;

const STALE = "Cette fiche a été modifiée par quelqu'un d'autre pendant que vous la lisiez. Rechargez la page.";

/** The participation of the caller's Aract, when its records may still change. */
async function findChangeableParticipation(tx: Tx, scope: AractScope, id: string) {
  const participation = await tx.participation.findFirst({
    where: { id, aractId: scope.aractId },
    select: { id: true, status: true, clusterId: true, cluster: { select: { status: true } } },
  });
  if (!participation) throw new NotFoundError("Cette entreprise");
  const problem = participationChangeProblem(participation.cluster.status, participation.status);
  if (problem) throw new AppError(problem);
  return participation;
}

const audit = (scope: AractScope, action: string, entityType: string, entityId: string, changes: Prisma.InputJsonValue) => ({
  actorId: scope.userId,
  aractId: scope.aractId,
  action,
  entityType,
  entityId,
  changes,
});

/** Seats a further member (a person the Aract knows by their address, or a new one); to invite afterwards. */
export async function addMember(scope: AractScope, input: z.output<typeof AddMemberInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const participation = await findChangeableParticipation(tx, scope, input.participationId);
    const [person] = await findOrCreatePeople(tx, scope, [input.person]);
    const seated = await tx.pairMember.count({
      where: { participationId: participation.id, personId: person!.id, endedAt: null },
    });
    if (seated > 0) throw fieldError("person.email", ALREADY_SEATED);
    const [pairMemberId] = await seatPeople(
      tx,
      scope,
      [
        {
          participationId: participation.id,
          person: person!,
          role: input.role,
          roleLabel: input.role === "OTHER" ? input.roleLabel! : null,
          steering: input.role === "STEERING_COMMITTEE" || input.steering,
        },
      ],
      "member.added",
    );
    return { pairMemberId: pairMemberId!, clusterId: participation.clusterId };
  });
}

/** A further member leaves: their seat ends (history kept), and with it their access to the company's space. */
export async function removeMember(scope: AractScope, { pairMemberId }: z.output<typeof RemoveMemberInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const seat = await findActiveSeat(tx, scope, pairMemberId);
    if (seat.side) throw new AppError("Un membre du binôme ne se retire pas : remplacez-le.");
    const ended = await tx.pairMember.updateMany({ where: { id: seat.id, endedAt: null }, data: { endedAt: new Date() } });
    if (ended.count === 0) throw new AppError(STALE);
    await recordAudit(tx, audit(scope, "member.removed", "PairMember", seat.id, { personId: seat.personId, role: seat.role }));
    return { clusterId: seat.participation.clusterId };
  });
}

/** Puts a seat (of the pair or not) on the company's steering committee, or takes it off. */
export async function setSteering(scope: AractScope, input: z.output<typeof SetSteeringInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const seat = await findActiveSeat(tx, scope, input.pairMemberId);
    const problem = steeringProblem(seat.role, input.steering);
    if (problem) throw new AppError(problem);
    const current = await tx.pairMember.findUniqueOrThrow({ where: { id: seat.id }, select: { steering: true } });
    if (current.steering !== input.steering) {
      await tx.pairMember.update({ where: { id: seat.id }, data: { steering: input.steering } });
      await recordAudit(
        tx,
        audit(scope, "member.steering-changed", "PairMember", seat.id, { steering: [current.steering, input.steering] }),
      );
    }
    return { clusterId: seat.participation.clusterId };
  });
}

/** Records a meeting of the company's steering committee. */
export async function addSteeringMeeting(scope: AractScope, input: z.output<typeof AddSteeringMeetingInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const participation = await findChangeableParticipation(tx, scope, input.participationId);
    const date = parseDay(input.date);
    const twice = await tx.steeringMeeting.count({ where: { participationId: participation.id, date } });
    if (twice > 0) throw fieldError("date", "Une réunion du comité de pilotage est déjà enregistrée à cette date.");
    const meeting = await tx.steeringMeeting.create({
      data: { aractId: scope.aractId, participationId: participation.id, date, note: input.note ?? null },
      select: { id: true },
    });
    await recordAudit(
      tx,
      audit(scope, "steering-meeting.added", "SteeringMeeting", meeting.id, {
        participationId: participation.id,
        date: input.date,
        note: input.note ?? null,
      }),
    );
    return { meetingId: meeting.id, clusterId: participation.clusterId };
  });
}

/** Deletes a meeting recorded by mistake. */
export async function deleteSteeringMeeting(scope: AractScope, { meetingId }: z.output<typeof DeleteSteeringMeetingInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const meeting = await tx.steeringMeeting.findFirst({
      where: { id: meetingId, aractId: scope.aractId },
      select: { id: true, date: true, participationId: true },
    });
    if (!meeting) throw new NotFoundError("Cette réunion");
    const participation = await findChangeableParticipation(tx, scope, meeting.participationId);
    await tx.steeringMeeting.delete({ where: { id: meeting.id } });
    await recordAudit(
      tx,
      audit(scope, "steering-meeting.deleted", "SteeringMeeting", meeting.id, {
        participationId: meeting.participationId,
        date: meeting.date.toISOString().slice(0, 10),
      }),
    );
    return { clusterId: participation.clusterId };
  });
}

/** Opens the cluster's diagnostics to the further members of its companies, or closes them. */
export async function setMemberDiagnostics(scope: AractScope, input: z.output<typeof SetMemberDiagnosticsInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const cluster = await tx.cluster.findFirst({
      where: { id: input.clusterId, aractId: scope.aractId },
      select: { id: true, status: true, diagnosticsOpenToMembers: true },
    });
    if (!cluster) throw new NotFoundError("Ce cluster");
    if (cluster.status === "EVALUATED") throw new AppError("Ce cluster est évalué : ses diagnostics ne changent plus.");
    if (cluster.diagnosticsOpenToMembers !== input.open) {
      await tx.cluster.update({
        where: { id: cluster.id },
        data: { diagnosticsOpenToMembers: input.open, version: { increment: 1 } },
      });
      await recordAudit(
        tx,
        audit(scope, "cluster.member-diagnostics", "Cluster", cluster.id, {
          diagnosticsOpenToMembers: [cluster.diagnosticsOpenToMembers, input.open],
        }),
      );
    }
    return { clusterId: cluster.id };
  });
}
