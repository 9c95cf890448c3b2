import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import { findOrCreatePeople, seatPeople } from "@/lib/companies/enrolments";
import { disabledAccounts, findActiveSeat, inviteSeat, uninvitedSeatsWhere } from "./pair-seats";
import type { Prisma } from "@/generated/prisma/client";
import type { ClusterStatus, ParticipationStatus } from "@/generated/prisma/enums";
import {
  CompleteParticipationInput,
  InviteClusterPairsInput,
  InvitePairMemberInput,
  PreDiagnosticInput,
  ReopenParticipationInput,
  ReplacePairMemberInput,
  WithdrawParticipationInput,
} from "./schemas";
import {
  completionProblem,
  participationChangeProblem,
  preDiagnosticDateProblem,
  reopeningProblem,
  withdrawalProblem,
} from "./rules";

type Tx = Prisma.TransactionClient;

const STALE =
  "Cette fiche a été modifiée par quelqu'un d'autre pendant que vous la lisiez. Rechargez la page : rien n'a été enregistré.";

const participationSelect = {
  id: true,
  status: true,
  clusterId: true,
  cluster: { select: { status: true, startDate: true, endDate: true } },
} satisfies Prisma.ParticipationSelect;

/** The participation of the caller's Aract, or "not found" (another Aract's looks like none). */
async function findParticipation(tx: Tx, scope: AractScope, id: string) {
  const participation = await tx.participation.findFirst({
    where: { id, aractId: scope.aractId },
    select: participationSelect,
  });
  if (!participation) throw new NotFoundError("Cette entreprise");
  return participation;
}

type StatusMove = {
  to: ParticipationStatus;
  /** The reason, kept in the history. */
  note: string | null;
  /** The audit action: "participation.withdrawn"… */
  action: string;
  /** Further columns the move sets, audited with the status. */
  set?: { withdrawalReason?: string | null };
};

/**
 * Moves a participation from the status it was read with, records the change in its history and the audit
 * trail. The status in the where clause: two people moving the company at once cannot both succeed.
 */
export async function moveParticipation(
  tx: Tx,
  scope: AractScope,
  participation: { id: string; status: ParticipationStatus },
  { to, note, action, set = {} }: StatusMove,
) {
  const moved = await tx.participation.updateMany({
    where: { id: participation.id, status: participation.status },
    data: { status: to, ...set, version: { increment: 1 } },
  });
  if (moved.count === 0) throw new AppError(STALE);
  await tx.participationStatusChange.create({
    data: {
      aractId: scope.aractId,
      participationId: participation.id,
      fromStatus: participation.status,
      toStatus: to,
      changedById: scope.userId,
      note,
    },
  });
  const columns = Object.fromEntries(Object.entries(set).map(([key, value]) => [key, [null, value]]));
  await recordAudit(tx, {
    actorId: scope.userId,
    aractId: scope.aractId,
    action,
    entityType: "Participation",
    entityId: participation.id,
    changes: { status: [participation.status, to], ...columns },
  });
}

/** The caller's participation moved as `move` says, unless `problemOf` (one of ./rules.ts) refuses it. */
function checkedMove(
  scope: AractScope,
  participationId: string,
  problemOf: (cluster: ClusterStatus, participation: ParticipationStatus) => string | null,
  move: StatusMove,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    const participation = await findParticipation(tx, scope, participationId);
    const problem = problemOf(participation.cluster.status, participation.status);
    if (problem) throw new AppError(problem);
    await moveParticipation(tx, scope, participation, move);
    return { clusterId: participation.clusterId };
  });
}

export function withdrawParticipation(scope: AractScope, input: z.output<typeof WithdrawParticipationInput>) {
  return checkedMove(scope, input.participationId, withdrawalProblem, {
    to: "WITHDRAWN",
    note: input.reason,
    action: "participation.withdrawn",
    set: { withdrawalReason: input.reason },
  });
}

/** The company finished its journey in the cluster ("Parcours terminé"). */
export function completeParticipation(scope: AractScope, input: z.output<typeof CompleteParticipationInput>) {
  return checkedMove(scope, input.participationId, completionProblem, {
    to: "COMPLETED",
    note: null,
    action: "participation.completed",
  });
}

/** A journey marked finished by mistake, or taken up again: back to enrolled, with the reason. */
export function reopenParticipation(scope: AractScope, input: z.output<typeof ReopenParticipationInput>) {
  return checkedMove(scope, input.participationId, reopeningProblem, {
    to: "ENROLLED",
    note: input.reason,
    action: "participation.reopened",
  });
}

/** Records or corrects the pre-diagnostic; the project the company chose becomes the participation's. */
export async function savePreDiagnostic(scope: AractScope, input: z.output<typeof PreDiagnosticInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const participation = await findParticipation(tx, scope, input.participationId);
    const problem = participationChangeProblem(participation.cluster.status, participation.status);
    if (problem) throw new AppError(problem);
    const dateProblem = preDiagnosticDateProblem(input.date, participation.cluster);
    if (dateProblem) throw fieldError("date", dateProblem);

    const before = await tx.preDiagnostic.findUnique({
      where: { participationId: participation.id },
      select: { date: true, findings: true, chosenProject: true },
    });
    const next = { date: parseDay(input.date), findings: input.findings, chosenProject: input.chosenProject ?? null };
    const saved = await tx.preDiagnostic.upsert({
      where: { participationId: participation.id },
      create: { aractId: scope.aractId, participationId: participation.id, ...next },
      update: next,
      select: { id: true },
    });
    await tx.participation.update({
      where: { id: participation.id },
      data: { project: next.chosenProject, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: before ? "prediagnostic.updated" : "prediagnostic.created",
      entityType: "PreDiagnostic",
      entityId: saved.id,
      changes: changedFields<Record<string, unknown>>(before ?? {}, next) as Prisma.InputJsonValue,
    });
    return { clusterId: participation.clusterId };
  });
}

/** Invites a pair member, or invites them again. */
export async function invitePairMember(scope: AractScope, { pairMemberId }: z.output<typeof InvitePairMemberInput>) {
  return scopedDb(scope).$transaction(
    async (tx) => {
      const invited = await inviteSeat(tx, scope, await findActiveSeat(tx, scope, pairMemberId));
      if (!invited) throw new AppError(STALE);
      return invited;
    },
    { timeout: 30_000 },
  );
}

/**
 * Invites at once every member of the cluster's pairs who has an address and was never invited (after an
 * import, say); how many. One transaction: a refused invitation (a disabled account) sends none.
 */
export async function inviteClusterPairs(scope: AractScope, { clusterId }: z.output<typeof InviteClusterPairsInput>) {
  return scopedDb(scope).$transaction(
    async (tx) => {
      const cluster = await tx.cluster.findFirst({ where: { id: clusterId, aractId: scope.aractId }, select: { id: true } });
      if (!cluster) throw new NotFoundError("Ce cluster");
      const seats = await tx.pairMember.findMany({
        where: uninvitedSeatsWhere(scope.aractId, cluster.id),
        select: { id: true, person: { select: { email: true } } },
        orderBy: [{ participationId: "asc" }, { side: "asc" }],
        take: 1_000,
      });
      // Checked before anything is written: the message names whom to see about.
      const disabled = await disabledAccounts(tx, seats.map((seat) => seat.person.email!));
      if (disabled.length) {
        throw new AppError(
          `Le compte de ${disabled.join(", ")} est désactivé : l'administrateur·rice de votre Aract peut le réactiver, ou remplacez cette personne. Personne n'a été invité.`,
        );
      }
      let invited = 0;
      for (const { id } of seats) if (await inviteSeat(tx, scope, await findActiveSeat(tx, scope, id))) invited += 1;
      return { clusterId: cluster.id, invited };
    },
    { timeout: 120_000 },
  );
}

/**
 * Ends a seat and gives it to someone else on the same side. The replaced person keeps their history
 * (their seat stays, ended) and loses their access: a scope counts only seats that have not ended.
 */
export async function replacePairMember(scope: AractScope, input: z.output<typeof ReplacePairMemberInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const seat = await findActiveSeat(tx, scope, input.pairMemberId);
    if (seat.side !== input.side) throw new NotFoundError("Ce membre du binôme");
    const [next] = await findOrCreatePeople(tx, scope, [input.person]);
    if (!next) throw new AppError(STALE);
    if (next.id === seat.personId) throw fieldError("person.email", "C'est déjà cette personne qui occupe ce siège.");
    const seated = await tx.pairMember.count({
      where: { participationId: seat.participation.id, endedAt: null, personId: next.id },
    });
    if (seated > 0) {
      throw fieldError("person.email", "Cette personne occupe déjà l'autre siège du binôme.");
    }
    const ended = await tx.pairMember.updateMany({
      where: { id: seat.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count === 0) throw new AppError(STALE);
    const [seatId] = await seatPeople(tx, scope, [{ participationId: seat.participation.id, side: seat.side, person: next }]);
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "pair.member-replaced",
      entityType: "PairMember",
      entityId: seat.id,
      changes: { side: seat.side, personId: [seat.personId, next.id], replacedBySeat: seatId },
    });
    return { pairMemberId: seatId, clusterId: seat.participation.clusterId };
  });
}
