// French formatting of dates and numbers, in one place. Dates of the calendar (@db.Date) are UTC midnight.

const longDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const weekdayDate = new Intl.DateTimeFormat("fr-FR", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const integer = new Intl.NumberFormat("fr-FR");
const moment = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

export const formatDate = (date: Date) => longDate.format(date);
export const formatWeekdayDate = (date: Date) => weekdayDate.format(date);
export const formatMonthYear = (date: Date) => monthYear.format(date);
export const formatNumber = (value: number) => integer.format(value);
/** A moment (not a calendar day), at Paris time: "4 décembre 2026 à 17:20". */
export const formatMoment = (date: Date) => moment.format(date);

export function formatPeriod(start: Date, end: Date): string {
  return `${formatMonthYear(start)} – ${formatMonthYear(end)}`;
}

/** "1 entreprise", "21 entreprises": French plural for counts (0 and 1 take the singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count <= 1 ? singular : pluralForm}`;
}

/** A table of French labels (value → label) as the options of a select or a group of choices. */
export function labelOptions(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

const euros = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** An amount in euros, in French ("60 000 €", "1 250,50 €"). */
export const formatEuros = (value: number) => euros.format(value);

const dayNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** A number of days: "0,5 jour", "2 jours". */
export function formatDays(days: number): string {
  return `${dayNumber.format(days)} ${Math.abs(days) >= 2 ? "jours" : "jour"}`;
}

/** "Matin" from "matin": the first letter in capitals, as French writes it. */
export const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
