import type { AttendanceStatus, SessionSlot } from "@/generated/prisma/enums";
import { SLOT_LABELS } from "@/lib/clusters/labels";

// Pure rules of the collective sessions: their times, their place in the cluster's period, and the
// attendance arithmetic shown to chargés de mission and funders.

type Time = [number, number];

/** The times of the fixed slots, as the invitations and the attendance sheet print them. */
export const SLOT_TIMES: Record<Exclude<SessionSlot, "TIMED">, { start: Time; end: Time }> = {
  MORNING: { start: [9, 0], end: [12, 30] },
  AFTERNOON: { start: [14, 0], end: [17, 30] },
  FULL_DAY: { start: [9, 0], end: [17, 30] },
};

/** When a session is held: its slot, and with a TIMED slot its times ("HH:MM"). */
export type SessionTiming = { slot: SessionSlot; startTime?: string | null; endTime?: string | null };

const parseTime = (time: string | null | undefined): Time => {
  const [hours = 0, minutes = 0] = (time ?? "00:00").split(":").map(Number);
  return [hours, minutes];
};

/** A session as the homes and cluster cards list it. */
export type UpcomingSession = { id: string; title: string; date: Date; place: string } & SessionTiming;

/** The start and end of a session on the French clock. */
export function sessionTimes(session: SessionTiming): { start: Time; end: Time } {
  return session.slot === "TIMED"
    ? { start: parseTime(session.startTime), end: parseTime(session.endTime) }
    : SLOT_TIMES[session.slot];
}

/** "9 h", "12 h 30": French typography for hours. */
export function formatHour([hours, minutes]: Time): string {
  return minutes ? `${hours} h ${String(minutes).padStart(2, "0")}` : `${hours} h`;
}

/** "9 h – 12 h 30". */
export function slotHours(session: SessionTiming): string {
  const { start, end } = sessionTimes(session);
  return `${formatHour(start)} – ${formatHour(end)}`;
}

/** The slot in a word ("matin", "journée entière"), or a timed session's hours. */
export function slotLabel(session: SessionTiming): string {
  return session.slot === "TIMED" ? slotHours(session) : SLOT_LABELS[session.slot];
}

/** "matin, 9 h – 12 h 30"; a timed session: "9 h 30 – 11 h". */
export function slotText(session: SessionTiming): string {
  return session.slot === "TIMED" ? slotHours(session) : `${SLOT_LABELS[session.slot]}, ${slotHours(session)}`;
}

const minutesOf = ([hours, minutes]: Time) => hours * 60 + minutes;

/** Noon and a half: a timed session before it takes the morning, after it the afternoon. */
const MIDDAY = 13 * 60;
/** Longer than this, a timed session counts as a whole day. */
export const HALF_DAY_MAX_MINUTES = 4 * 60;

/**
 * What a session counts for in the plans, rates and reports: a half-day for a morning or an afternoon,
 * two for a whole day, and for a timed session one, or two beyond four hours. The reports' SQL says
 * the same (src/lib/reports/facts-sql.ts).
 */
export function halfDaysOf(session: SessionTiming): 1 | 2 {
  if (session.slot === "FULL_DAY") return 2;
  if (session.slot !== "TIMED") return 1;
  const { start, end } = sessionTimes(session);
  return minutesOf(end) - minutesOf(start) > HALF_DAY_MAX_MINUTES ? 2 : 1;
}

/** The half-days of its day a session takes: two sessions of a cluster may not share one. */
export function occupiedHalves(session: SessionTiming): ("MORNING" | "AFTERNOON")[] {
  if (session.slot === "MORNING" || session.slot === "AFTERNOON") return [session.slot];
  if (session.slot === "FULL_DAY") return ["MORNING", "AFTERNOON"];
  const { start, end } = sessionTimes(session);
  const halves: ("MORNING" | "AFTERNOON")[] = [];
  if (minutesOf(start) < MIDDAY) halves.push("MORNING");
  if (minutesOf(end) > MIDDAY) halves.push("AFTERNOON");
  return halves;
}

/** Whether a calendar day ("YYYY-MM-DD") falls within a period given as days, bounds included. */
export function isWithinPeriod(day: string, start: string, end: string): boolean {
  return day >= start && day <= end;
}

export type SessionMoment = { day: string; cancelled: boolean; attendanceRecorded: boolean };

/** Not cancelled and still to come. */
export function isUpcoming(session: Pick<SessionMoment, "day" | "cancelled">, today: string): boolean {
  return !session.cancelled && session.day > today;
}

/**
 * A session is held once its day has come and its attendance is recorded, unless it was cancelled: a
 * past session without attendance may not have taken place, and waits for its attendance.
 */
export function isHeld(session: SessionMoment, today: string): boolean {
  return !session.cancelled && session.day <= today && session.attendanceRecorded;
}

export type SessionState = "cancelled" | "upcoming" | "awaiting-attendance" | "held";

export function sessionState(session: SessionMoment, today: string): SessionState {
  if (session.cancelled) return "cancelled";
  if (isUpcoming(session, today)) return "upcoming";
  return session.attendanceRecorded ? "held" : "awaiting-attendance";
}

/** How each state reads on a badge. */
export const SESSION_STATE_BADGES: Record<SessionState, { label: string; tone: "success" | "info" | "warning" }> = {
  cancelled: { label: "Annulée", tone: "warning" },
  upcoming: { label: "À venir", tone: "info" },
  "awaiting-attendance": { label: "Présences à saisir", tone: "warning" },
  held: { label: "Tenue", tone: "success" },
};

export type AttendanceCounts = { present: number; excused: number; absent: number };

export const NO_ATTENDANCE: AttendanceCounts = { present: 0, excused: 0, absent: 0 };

/** Counts by status from rows counted per status (a database groupBy). */
export function tally(groups: Iterable<{ status: AttendanceStatus; count: number }>): AttendanceCounts {
  const counts = { ...NO_ATTENDANCE };
  for (const { status, count } of groups) {
    if (status === "PRESENT") counts.present += count;
    else if (status === "EXCUSED") counts.excused += count;
    else counts.absent += count;
  }
  return counts;
}

export function countAttendance(statuses: Iterable<AttendanceStatus>): AttendanceCounts {
  return tally(Array.from(statuses, (status) => ({ status, count: 1 })));
}

export function addCounts(a: AttendanceCounts, b: AttendanceCounts): AttendanceCounts {
  return { present: a.present + b.present, excused: a.excused + b.excused, absent: a.absent + b.absent };
}

export function recordedCount(counts: AttendanceCounts): number {
  return counts.present + counts.excused + counts.absent;
}

/**
 * The attendance rate: people present ÷ people whose attendance was recorded (present, excused or absent).
 *
 * - The denominator is the recorded people, not today's list of expected people: pairs change over a
 *   cluster (a member replaced in March was expected in October), and only the sheet of the day says who
 *   was expected then. People not yet recorded are shown apart, as a sheet left incomplete.
 * - An excused absence is still an absence: it counts in the denominator and lowers the rate exactly as
 *   an unexcused one does (funders count who was there); the screens show it separately.
 * - Nobody recorded gives null ("non renseigné"), never a division by zero nor a misleading 0 %.
 */
export function attendanceRate(counts: AttendanceCounts): number | null {
  const recorded = recordedCount(counts);
  return recorded === 0 ? null : counts.present / recorded;
}

export type SessionProgress = {
  planned: number;
  scheduled: number;
  held: number;
  toSchedule: number;
  overPlan: number;
};

/**
 * Where the cluster stands against its planned number of collective half-days, counted in half-days (a
 * whole day counts two): scheduled (not cancelled, whatever their date) and held (past, with their
 * attendance recorded). Cancelled sessions count for neither.
 */
export function sessionProgress(
  planned: number,
  sessions: readonly (SessionMoment & SessionTiming)[],
  today: string,
): SessionProgress {
  const halfDays = (list: readonly SessionTiming[]) => list.reduce((sum, s) => sum + halfDaysOf(s), 0);
  const scheduled = halfDays(sessions.filter((s) => !s.cancelled));
  const held = halfDays(sessions.filter((s) => isHeld(s, today)));
  return {
    planned,
    scheduled,
    held,
    toSchedule: Math.max(0, planned - scheduled),
    overPlan: Math.max(0, scheduled - planned),
  };
}

/** "4 demi-journées planifiées sur 6 prévues, dont 2 tenues." */
export function progressSentence({ planned, scheduled, held }: SessionProgress): string {
  const count = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
  return (
    `${count(scheduled, "demi-journée planifiée", "demi-journées planifiées")} sur ` +
    `${count(planned, "prévue", "prévues")}, dont ${count(held, "tenue", "tenues")}.`
  );
}
