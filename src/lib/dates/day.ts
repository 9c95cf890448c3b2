import { z } from "@/lib/forms/zod";

// Calendar days (sessions, support days, signatures) travel as "YYYY-MM-DD" and are stored as
// @db.Date, i.e. UTC midnight: no time zone can shift them by a day.

export const Day = z.iso.date({ error: "Saisissez une date valide (jj/mm/aaaa)." });

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
