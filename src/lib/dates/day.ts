// Calendar days (sessions, support days, signatures) travel as "YYYY-MM-DD" and are stored as
// @db.Date, i.e. UTC midnight: no time zone can shift them by a day.

/**
 * The days the app records lie between 1900 and 2100: PostgreSQL has no year 0 (which ISO dates allow, and
 * which it answers with an error), and no session, signature or deadline of the network lies outside.
 */
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "2100-12-31";

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in France, as a calendar day. */
export function todayInFrance(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}
