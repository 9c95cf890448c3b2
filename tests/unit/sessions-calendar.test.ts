import { afterEach, describe, expect, it } from "vitest";
import { defaultMonth, monthGrid, monthLabel, parseMonth, shiftMonth, WEEKDAY_NAMES } from "@/lib/sessions/calendar";

const days = (weeks: { day: string }[][]) => weeks.map((week) => week.map((cell) => cell.day));

describe("the month grid", () => {
  it("starts its weeks on Monday, with the days of the neighbouring months around the month", () => {
    // 1 December 2026 is a Tuesday, the 31st a Thursday.
    const weeks = monthGrid("2026-12", [], "2026-11-23");
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[0]).toMatchObject({ day: "2026-11-30", dayOfMonth: 30, inMonth: false });
    expect(weeks[0]?.[1]).toMatchObject({ day: "2026-12-01", dayOfMonth: 1, inMonth: true });
    expect(weeks.at(-1)?.at(-1)).toMatchObject({ day: "2027-01-03", inMonth: false });
    expect(WEEKDAY_NAMES).toEqual(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);
  });

  it("fits a month that starts on a Monday and ends on a Sunday in exactly its weeks", () => {
    const weeks = monthGrid("2027-02", [], "2026-11-23");
    expect(days(weeks)[0]?.[0]).toBe("2027-02-01");
    expect(days(weeks).at(-1)?.at(-1)).toBe("2027-02-28");
    expect(weeks.flat().every((cell) => cell.inMonth)).toBe(true);
  });

  it("takes six weeks for a month that starts on a Sunday", () => {
    const weeks = monthGrid("2026-11", [], "2026-11-23");
    expect(weeks).toHaveLength(6);
    expect(days(weeks)[0]?.[6]).toBe("2026-11-01");
    expect(weeks.flat().find((cell) => cell.isToday)?.day).toBe("2026-11-23");
  });

  it("puts each session on its day", () => {
    const sessions = [
      { id: "a", day: "2026-12-08" },
      { id: "b", day: "2026-12-08" },
      { id: "c", day: "2027-01-19" },
    ];
    const cells = monthGrid("2026-12", sessions, "2026-11-23").flat();
    expect(cells.find((c) => c.day === "2026-12-08")?.items.map((s) => s.id)).toEqual(["a", "b"]);
    expect(cells.flatMap((c) => c.items)).toHaveLength(2);
  });

  describe("whatever the server's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it("gives the same days", () => {
      const reference = days(monthGrid("2027-03", [], "2026-11-23"));
      for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "Europe/Paris"]) {
        process.env.TZ = zone;
        expect(days(monthGrid("2027-03", [], "2026-11-23"))).toEqual(reference);
      }
      expect(reference[0]?.[0]).toBe("2027-03-01");
    });
  });
});

describe("months in the URL", () => {
  it("accepts YYYY-MM only", () => {
    expect(parseMonth("2026-12")).toBe("2026-12");
    for (const bad of ["2026-13", "2026-1", "décembre", "", undefined, ["2026-12"], "1999-01"]) expect(parseMonth(bad)).toBeNull();
  });

  it("moves across years and names months in French", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(monthLabel("2026-12")).toBe("décembre 2026");
    expect(monthLabel("2027-02")).toBe("février 2027");
  });

  it("opens on the next session's month, or on the current month when none is to come", () => {
    const sessions = [
      { day: "2026-10-06", cancelled: false },
      { day: "2026-12-01", cancelled: true },
      { day: "2027-01-19", cancelled: false },
    ];
    expect(defaultMonth(sessions, "2026-11-23")).toBe("2027-01");
    expect(defaultMonth(sessions, "2027-02-01")).toBe("2027-02");
    expect(defaultMonth([], "2026-11-23")).toBe("2026-11");
  });
});
