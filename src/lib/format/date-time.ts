// Moments (timestamps, not calendar days) in French, as read in France whatever the server's zone; the
// long form is formatMoment in ./fr.ts.

const TIME_ZONE = "Europe/Paris";
const shortDateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE });
const seconds = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: TIME_ZONE });

/** "04/12/2026 17:18", for tables. */
export const formatShortDateTime = (date: Date) => shortDateTime.format(date);
/** "04/12/2026 17:18:05", for files where events of the same minute must stay apart. */
export const formatDateTimeSeconds = (date: Date) => seconds.format(date);

/** The instant a calendar day ("2026-12-04") starts in France (23:00 or 22:00 UTC the day before). */
export function startOfDayInFrance(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  // Paris' offset at that moment: its wall clock read as if it were UTC, minus the moment itself.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TIME_ZONE,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(utcMidnight)
      .map((part) => [part.type, part.value]),
  );
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return new Date(utcMidnight.getTime() - (wallClock - utcMidnight.getTime()));
}
