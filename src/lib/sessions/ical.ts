import ical, { type ICalTemporalPlainDateTimeStub, type ICalTemporalZonedDateTimeStub } from "ical-generator";
import { sessionTimes, type SessionTiming } from "./rules";

// The .ics file of a cluster's sessions, for the agendas of chargés de mission and company pairs.

const TIME_ZONE = "Europe/Paris";

/**
 * The UIDs' domain: fixed, not the deployment's host, so that an event keeps its UID (and agendas update
 * it instead of duplicating it) whichever address the file was downloaded from.
 */
export const UID_DOMAIN = "clusters.anact.fr";

// Europe/Paris since 1996 (EU summer time): enough for agendas that do not know the zone by its name.
const PARIS_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "X-LIC-LOCATION:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** Minutes Paris is ahead of UTC at an instant. */
function parisOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * A wall-clock time in Paris, in the shape of a Temporal.ZonedDateTime, which ical-generator writes as
 * `DTSTART;TZID=Europe/Paris:20261208T090000` whatever the server's own time zone (a native Date would be
 * written in the server's local time).
 */
export function parisTime(day: string, [hour, minute]: [number, number]): ICalTemporalZonedDateTimeStub {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  const epochMilliseconds = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  const iso = new Date(epochMilliseconds).toISOString();
  const fields = { year, month, day: dayOfMonth, hour, minute, second: 0 };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDate: () => ({ year, month, day: dayOfMonth, toJSON: () => day, toString: () => day }),
    toZonedDateTime: () => zoned,
  };
  const instant = {
    epochMilliseconds,
    toJSON: () => iso,
    toString: () => iso,
    toZonedDateTimeISO: () => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: TIME_ZONE,
    toInstant: () => instant,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => {
      if (zone !== TIME_ZONE) throw new Error(`Fuseau horaire inattendu : ${zone}`);
      return zoned;
    },
  };
  return zoned;
}

export type CalendarSession = {
  id: string;
  title: string;
  day: string;
  place: string;
  agenda: string | null;
  videoUrl: string | null;
  updatedAt: Date;
} & SessionTiming;

/** The iCalendar text of a cluster's sessions (the caller leaves out cancelled ones). */
export function buildSessionsCalendar(
  cluster: { name: string; aractName: string },
  sessions: readonly CalendarSession[],
): string {
  // The zone is set on each event, not on the calendar: with a calendar zone, ical-generator would write
  // DTSTAMP in local time, where RFC 5545 wants UTC. The zone's definition is then added by hand.
  const calendar = ical({
    name: `${cluster.name} – séances collectives`,
    description: `Séances collectives du cluster, organisées par l'${cluster.aractName}.`,
    prodId: { company: "Anact-Aract", product: "Clusters", language: "FR" },
  });
  for (const session of sessions) {
    const times = sessionTimes(session);
    calendar.createEvent({
      id: `${session.id}@${UID_DOMAIN}`,
      start: parisTime(session.day, times.start),
      end: parisTime(session.day, times.end),
      timezone: TIME_ZONE,
      // The last change, rather than the download time: the same session gives the same event.
      stamp: session.updatedAt,
      summary: `${cluster.name} – ${session.title}`,
      location: session.place,
      description: [session.agenda, session.videoUrl && `Visioconférence : ${session.videoUrl}`].filter(Boolean).join("\n\n") || null,
      url: session.videoUrl ?? null,
    });
  }
  const text = calendar.toString();
  const firstEvent = text.indexOf("BEGIN:VEVENT");
  return firstEvent < 0 ? text : `${text.slice(0, firstEvent)}${PARIS_VTIMEZONE}\r\n${text.slice(firstEvent)}`;
}

/** "Cluster QVCT – Pays de Brest" → "cluster-qvct-pays-de-brest". */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80)
      .replace(/-$/, "") || "cluster"
  );
}
