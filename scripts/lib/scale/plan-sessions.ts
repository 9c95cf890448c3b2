import type { AttendanceStatus, SessionSlot } from "@/generated/prisma/enums";
import { TODAY, isoDay, isoTime, toDay, weekdayOf } from "./calendar.ts";
import type { Gen } from "./context.ts";
import type { ClusterPlan } from "./plan-cluster.ts";
import type { ParticipationPlan } from "./plan-participations.ts";
import type { ScaleBatch, SessionRow } from "./rows.ts";
import { CLOSING_TOPIC, OPENING_TOPIC, THEME_TOPICS, VENUES } from "./words.ts";

// The collective half-days of a cluster, spread over its period, and the attendance of the pairs.

const CANCELLED_SHARE = 0.03;
/**
 * The share of held sessions whose attendance sheet was entered: about half, which puts the attendance
 * rows near 300,000 at factor 1 (about 17 active pair members per session).
 */
const RECORDED_SHARE = 0.5;
const ATTENDANCE: readonly (readonly [AttendanceStatus, number])[] = [
  ["PRESENT", 80],
  ["EXCUSED", 12],
  ["ABSENT", 8],
];
const REMOTE_SINCE = toDay("2020-03-16");

export function planSessions(
  gen: Gen,
  cluster: ClusterPlan,
  participations: readonly ParticipationPlan[],
  batch: ScaleBatch,
) {
  const { rng } = gen;
  const count = cluster.row.plannedCollectiveSessions;
  const span = cluster.end - cluster.start;
  const taken = new Set<string>();
  const topics = rng.sample(THEME_TOPICS[cluster.row.themes[0]!], count - 2);
  const attendees = participations.filter((p) => p.row.status === "ENROLLED" || p.row.status === "COMPLETED");

  for (let k = 0; k < count; k++) {
    const target = cluster.start + Math.floor((span * (k + 0.15 + 0.7 * rng.next())) / count);
    const { day, slot } = freeSlot(gen, target, cluster, taken);
    const cancelledDay = day - rng.int(2, 10);
    const cancelled = cancelledDay <= TODAY && rng.chance(CANCELLED_SHARE);
    const session: SessionRow = {
      id: gen.ids.next("s"),
      aractId: cluster.aract.id,
      clusterId: cluster.row.id,
      title: k === 0 ? OPENING_TOPIC : k === count - 1 ? CLOSING_TOPIC : (topics[k - 1] ?? rng.pick(topics)),
      date: isoDay(day),
      halfDay: slot,
      place:
        day >= REMOTE_SINCE && rng.chance(0.15)
          ? "En visioconférence"
          : `${placeCity(gen, cluster)}, ${rng.pick(VENUES)}`,
      cancelledAt: cancelled ? isoTime(cancelledDay, 15) : null,
      createdAt: cluster.row.createdAt,
      updatedAt: cancelled ? isoTime(cancelledDay, 15) : cluster.row.createdAt,
    };
    batch.CollectiveSession.push(session);
    if (cancelled || day >= TODAY || !rng.chance(RECORDED_SHARE)) continue;
    for (const participation of attendees) {
      for (const member of participation.members) {
        if (!member.active) continue;
        batch.Attendance.push({
          id: gen.ids.next("at"),
          aractId: cluster.aract.id,
          sessionId: session.id,
          personId: member.personId,
          participationId: participation.row.id,
          status: rng.weighted(ATTENDANCE),
        });
      }
    }
  }
}

/** The first working half-day from `target` on (wrapping to the start) that no other session holds. */
function freeSlot(
  { rng }: Gen,
  target: number,
  cluster: ClusterPlan,
  taken: Set<string>,
): { day: number; slot: SessionSlot } {
  const preferred: SessionSlot = rng.chance(0.65) ? "MORNING" : "AFTERNOON";
  const span = cluster.end - cluster.start + 1;
  for (let offset = 0; offset < span; offset++) {
    const day = cluster.start + ((target - cluster.start + offset) % span);
    if (weekdayOf(day) === 0 || weekdayOf(day) === 6) continue;
    for (const slot of [preferred, preferred === "MORNING" ? "AFTERNOON" : "MORNING"] as const) {
      if (taken.has(`${day}${slot}`)) continue;
      taken.add(`${day}${slot}`);
      return { day, slot };
    }
  }
  throw new Error(`Plus de demi-journée libre pour les séances du cluster ${cluster.row.id}`);
}

/** Mostly the cluster's own city; sometimes elsewhere in the region, to share the travelling. */
function placeCity({ rng }: Gen, cluster: ClusterPlan): string {
  return rng.chance(0.7) ? cluster.city[0] : rng.pick(cluster.aract.region.cities)[0];
}
