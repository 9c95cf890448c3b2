import { DEMO_TODAY } from "../../../prisma/seed/helpers.ts";

// Days as integers (days since 1970-01-01, UTC), turned into the ISO strings the database reads.
// The scale data lives on the demo's calendar: "today" is the demo's fixed date, never the clock, so that
// two runs write the same rows whatever the day they run.

const MS_PER_DAY = 86_400_000;

export const TODAY = toDay(DEMO_TODAY);
export const FIRST_YEAR = 2017;
export const YEARS = 10;

export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00.000Z`) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A timestamp column value: the day at a given UTC time. */
export function isoTime(day: number, hour = 9, minute = 0): string {
  return new Date(day * MS_PER_DAY + (hour * 60 + minute) * 60_000).toISOString();
}

export function firstDayOf(year: number): number {
  return toDay(`${year}-01-01`);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (day + 4) % 7;
}

/** The nearest working day inside [from, to]: Saturday goes back to Friday, Sunday on to Monday. */
export function workingDayWithin(day: number, from: number, to: number): number {
  const weekday = weekdayOf(day);
  let moved = weekday === 6 ? day - 1 : weekday === 0 ? day + 1 : day;
  if (moved > to) moved -= 3;
  if (moved < from) moved += 3;
  return Math.min(Math.max(moved, from), to);
}

/** `months` calendar months after `day` (the same day of the month, or the last one). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastOfMonth));
  return Math.round(target.getTime() / MS_PER_DAY);
}
