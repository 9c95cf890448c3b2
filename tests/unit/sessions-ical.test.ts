import { afterEach, describe, expect, it } from "vitest";
import { buildSessionsCalendar, fileSlug, parisTime, UID_DOMAIN } from "@/lib/sessions/ical";

const cluster = { name: "Cluster QVCT – Pays de Brest", aractName: "Aract Bretagne" };
const updatedAt = new Date("2026-11-02T10:15:00Z");
const sessions = [
  {
    id: "session-winter",
    title: "Partage des diagnostics",
    day: "2026-12-08",
    slot: "MORNING" as const,
    place: "Brest, technopôle Brest-Iroise",
    agenda: "Chaque binôme présente ses constats ;\nécarts de vision.",
    videoUrl: null,
    updatedAt,
  },
  { id: "session-summer", title: "Bilan", day: "2027-06-15", slot: "AFTERNOON" as const, place: "Morlaix", agenda: null, videoUrl: null, updatedAt },
];

/** The text with folded lines put back together (RFC 5545 folds at 75 octets). */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, "");
const eventOf = (text: string, uid: string) => unfolded(text).split("BEGIN:VEVENT").find((e) => e.includes(`UID:${uid}`)) ?? "";

describe("the sessions' iCal file", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it("gives each session a stable UID and its Paris times, winter and summer", () => {
    const text = buildSessionsCalendar(cluster, sessions);
    const winter = eventOf(text, `session-winter@${UID_DOMAIN}`);
    expect(winter).toContain("DTSTART;TZID=Europe/Paris:20261208T090000");
    expect(winter).toContain("DTEND;TZID=Europe/Paris:20261208T123000");
    const summer = eventOf(text, `session-summer@${UID_DOMAIN}`);
    expect(summer).toContain("DTSTART;TZID=Europe/Paris:20270615T140000");
    expect(summer).toContain("DTEND;TZID=Europe/Paris:20270615T173000");
    expect(buildSessionsCalendar(cluster, sessions)).toBe(text);
  });

  it("titles, places and describes each event, escaped as iCalendar text", () => {
    const winter = eventOf(buildSessionsCalendar(cluster, sessions), `session-winter@${UID_DOMAIN}`);
    expect(winter).toContain("SUMMARY:Cluster QVCT – Pays de Brest – Partage des diagnostics");
    expect(winter).toContain("LOCATION:Brest\\, technopôle Brest-Iroise");
    expect(winter).toContain("DESCRIPTION:Chaque binôme présente ses constats \\;\\nécarts de vision.");
    expect(winter).toContain("DTSTAMP:20261102T101500Z");
    expect(eventOf(buildSessionsCalendar(cluster, sessions), `session-summer@${UID_DOMAIN}`)).not.toContain("DESCRIPTION");
  });

  it("gives a whole day and a timed session their hours, and a video session its link", () => {
    const more = [
      { ...sessions[0]!, id: "whole", slot: "FULL_DAY" as const },
      { ...sessions[0]!, id: "timed", slot: "TIMED" as const, startTime: "10:15", endTime: "11:45", agenda: null, videoUrl: "https://visio.exemple.fr/cluster" },
    ];
    const text = buildSessionsCalendar(cluster, more);
    const whole = eventOf(text, `whole@${UID_DOMAIN}`);
    expect(whole).toContain("DTSTART;TZID=Europe/Paris:20261208T090000");
    expect(whole).toContain("DTEND;TZID=Europe/Paris:20261208T173000");
    const timed = eventOf(text, `timed@${UID_DOMAIN}`);
    expect(timed).toContain("DTSTART;TZID=Europe/Paris:20261208T101500");
    expect(timed).toContain("DTEND;TZID=Europe/Paris:20261208T114500");
    expect(timed).toContain("URL;VALUE=URI:https://visio.exemple.fr/cluster");
    expect(timed).toContain("DESCRIPTION:Visioconférence : https://visio.exemple.fr/cluster");
  });

  it("defines the Europe/Paris zone it refers to, once, before the events", () => {
    const text = buildSessionsCalendar(cluster, sessions);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text.indexOf("TZID:Europe/Paris")).toBeLessThan(text.indexOf("BEGIN:VEVENT"));
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(buildSessionsCalendar(cluster, [])).not.toContain("VTIMEZONE");
  });

  it("writes the same times whatever the server's own time zone", () => {
    const reference = buildSessionsCalendar(cluster, sessions);
    for (const zone of ["America/New_York", "Asia/Tokyo"]) {
      process.env.TZ = zone;
      expect(buildSessionsCalendar(cluster, sessions)).toBe(reference);
    }
  });

  it("knows the instant of a Paris wall-clock time, across summer time", () => {
    expect(parisTime("2026-12-08", [9, 0]).toInstant().epochMilliseconds).toBe(Date.parse("2026-12-08T08:00:00Z"));
    expect(parisTime("2027-06-15", [14, 0]).toInstant().epochMilliseconds).toBe(Date.parse("2027-06-15T12:00:00Z"));
  });

  it("names the file after the cluster in plain ASCII", () => {
    expect(fileSlug("Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027")).toBe(
      "cluster-qvct-et-usure-professionnelle-pays-de-brest-2026-2027",
    );
    expect(fileSlug("   ")).toBe("cluster");
  });
});
