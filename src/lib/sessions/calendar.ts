import {
  addDays,
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isSameMonth,
  startOfWeek,
} from "date-fns";
import { fr } from "date-fns/locale/fr";

// The month calendar of a cluster's sessions. Months travel in the URL as "YYYY-MM" (?mois=2026-12).
// date-fns computes in local time: days are built from their numbers and written back with format(),
// both in the same local time, so the machine's time zone never shifts a day.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = { weekStartsOn: 1 } as const;

/** A valid "YYYY-MM" month, or null. */
export function parseMonth(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? value : null;
}

function firstDayOf(month: string): Date {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(year, monthNumber - 1, 1);
}

const dayOf = (date: Date) => format(date, "yyyy-MM-dd");

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month `delta` months after (or before) `month`. */
export function shiftMonth(month: string, delta: number): string {
  return format(addMonths(firstDayOf(month), delta), "yyyy-MM");
}

/** "décembre 2026". */
export function monthLabel(month: string): string {
  return format(firstDayOf(month), "LLLL yyyy", { locale: fr });
}

/** The month the calendar opens on: the next session's, or the current month when none is to come. */
export function defaultMonth(sessions: readonly { day: string; cancelled: boolean }[], today: string): string {
  const next = sessions
    .filter((s) => !s.cancelled && s.day >= today)
    .map((s) => s.day)
    .sort()[0];
  return monthOf(next ?? today);
}

/** "lundi" … "dimanche": the columns of the grid, the week starting on Monday as in France. */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  format(addDays(startOfWeek(new Date(2026, 0, 7), WEEK), i), "EEEE", { locale: fr }),
);

export type CalendarDay<T> = { day: string; dayOfMonth: number; inMonth: boolean; isToday: boolean; items: T[] };

/**
 * The weeks shown for a month: whole weeks from the Monday on or before its first day to the Sunday on
 * or after its last, each day with the items that fall on it (in the order given).
 */
export function monthGrid<T extends { day: string }>(
  month: string,
  items: readonly T[],
  today: string,
): CalendarDay<T>[][] {
  const first = firstDayOf(month);
  const days = eachDayOfInterval({ start: startOfWeek(first, WEEK), end: endOfWeek(endOfMonth(first), WEEK) });
  const byDay = new Map<string, T[]>();
  for (const item of items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
  const cells = days.map((date) => {
    const day = dayOf(date);
    return {
      day,
      dayOfMonth: date.getDate(),
      inMonth: isSameMonth(date, first),
      isToday: day === today,
      items: byDay.get(day) ?? [],
    };
  });
  const weeks: CalendarDay<T>[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
