import type { PairSide, ParticipationStatus } from "@/generated/prisma/enums";
import { TODAY, isoDay, isoTime, workingDayWithin } from "./calendar.ts";
import type { Gen } from "./context.ts";
import type { ClusterPlan } from "./plan-cluster.ts";
import { companyFor, newPerson } from "./plan-companies.ts";
import type { CompanyRow, ParticipationRow, ScaleBatch } from "./rows.ts";
import { LATER_SUPPORT_KINDS, WITHDRAWAL_REASONS } from "./words.ts";

// The companies' participations in one cluster, their pairs and their individual support days.

export type Member = { personId: string; side: PairSide; active: boolean };

export type ParticipationPlan = {
  row: ParticipationRow;
  company: CompanyRow;
  members: readonly Member[];
  /** How favourably this company sees its own situation, from -1 to 1: it shapes its diagnostic answers. */
  outlook: number;
};

/** Participations per cluster: 7 to 13, 10 on average. */
const PARTICIPATIONS = [7, 13] as const;
/** Pairs where one seat was left empty (a member left and was not replaced). */
const INCOMPLETE_PAIR_SHARE = 0.08;

const STATUSES: Record<"ended" | "running" | "recruiting", readonly (readonly [ParticipationStatus, number])[]> = {
  ended: [
    ["COMPLETED", 88],
    ["WITHDRAWN", 7],
    ["ENROLLED", 3],
    ["CANDIDATE", 2],
  ],
  running: [
    ["ENROLLED", 88],
    ["WITHDRAWN", 6],
    ["CANDIDATE", 6],
  ],
  recruiting: [
    ["CANDIDATE", 60],
    ["ENROLLED", 40],
  ],
};

export function planParticipations(gen: Gen, cluster: ClusterPlan, batch: ScaleBatch): ParticipationPlan[] {
  if (cluster.row.status === "DRAFT") return [];
  const { rng } = gen;
  const phase = cluster.ended ? "ended" : cluster.started ? "running" : "recruiting";
  const count = rng.int(...PARTICIPATIONS);
  const taken = new Set<string>();
  const plans: ParticipationPlan[] = [];
  for (let i = 0; i < count; i++) {
    const candidateDay = Math.min(cluster.start - rng.int(20, 90), TODAY - rng.int(1, 30));
    const enrolledDay = Math.min(candidateDay + rng.int(7, 21), TODAY);
    const { company, isNew } = companyFor(gen, cluster, taken, candidateDay);
    taken.add(company.id);
    if (isNew) batch.Company.push(company);

    const status = rng.weighted(STATUSES[phase]);
    const lastChange = status === "CANDIDATE" ? candidateDay : cluster.ended ? cluster.end : enrolledDay;
    const row: ParticipationRow = {
      id: gen.ids.next("pa"),
      aractId: cluster.aract.id,
      clusterId: cluster.row.id,
      companyId: company.id,
      status,
      withdrawalReason: status === "WITHDRAWN" ? rng.pick(WITHDRAWAL_REASONS) : null,
      headcountAtEntry: Math.max(1, Math.round(company.headcount * (1 + rng.bell(0.08)))),
      createdAt: isoTime(candidateDay, 10),
      updatedAt: isoTime(lastChange, 16),
    };
    batch.Participation.push(row);
    const members = planPair(gen, cluster, row, company, { candidateDay, enrolledDay }, batch);
    plans.push({ row, company, members, outlook: rng.bell(1) });
    planSupportDays(gen, cluster, row, batch);
  }
  return plans;
}

function planPair(
  gen: Gen,
  cluster: ClusterPlan,
  participation: ParticipationRow,
  company: CompanyRow,
  days: { candidateDay: number; enrolledDay: number },
  batch: ScaleBatch,
): Member[] {
  const { rng } = gen;
  const lastDay = Math.min(cluster.end, TODAY - 1);
  const vacant: PairSide | null =
    lastDay > days.enrolledDay + 14 && rng.chance(INCOMPLETE_PAIR_SHARE)
      ? rng.weighted([
          ["STAFF_REPRESENTATIVE", 7],
          ["DIRECTION", 3],
        ] as const)
      : null;
  return (["DIRECTION", "STAFF_REPRESENTATIVE"] as const).map((side) => {
    const person = newPerson(gen, company, side, days.candidateDay);
    batch.Person.push(person);
    const endedDay = side === vacant ? rng.int(days.enrolledDay + 14, lastDay) : null;
    batch.PairMember.push({
      id: gen.ids.next("pm"),
      aractId: participation.aractId,
      participationId: participation.id,
      personId: person.id,
      side,
      invitedAt: isoTime(days.enrolledDay, 9),
      startedAt: isoTime(days.enrolledDay, 9),
      endedAt: endedDay === null ? null : isoTime(endedDay, 17),
    });
    return { personId: person.id, side, active: endedDay === null };
  });
}

/** Two to five days or half-days of individual support, delivered between the start and today. */
function planSupportDays(gen: Gen, cluster: ClusterPlan, participation: ParticipationRow, batch: ScaleBatch) {
  if (!cluster.started || participation.status === "CANDIDATE") return;
  const { rng } = gen;
  const from = cluster.start;
  const to = Math.min(cluster.end, TODAY - 1);
  if (to < from) return;
  const count = participation.status === "WITHDRAWN" ? rng.int(1, 2) : rng.int(2, 5);
  const days = [...new Set(Array.from({ length: count }, () => workingDayWithin(rng.int(from, to), from, to)))].sort(
    (a, b) => a - b,
  );
  days.forEach((day, index) => {
    batch.SupportDay.push({
      id: gen.ids.next("sd"),
      aractId: participation.aractId,
      clusterId: participation.clusterId,
      participationId: participation.id,
      date: isoDay(day),
      durationDays: rng.chance(0.6) ? 1 : 0.5,
      kind: index === 0 ? "PRE_DIAGNOSTIC" : index === 1 ? "DIAGNOSTIC" : rng.weighted(LATER_SUPPORT_KINDS),
      createdAt: isoTime(day, 17),
    });
  });
}
