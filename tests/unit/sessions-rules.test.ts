import { describe, expect, it } from "vitest";
import {
  attendanceRate,
  countAttendance,
  isHeld,
  isUpcoming,
  halfDaysOf,
  occupiedHalves,
  slotHours,
  slotText,
  isWithinPeriod,
  progressSentence,
  recordedCount,
  sessionProgress,
  sessionState,
  tally,
} from "@/lib/sessions/rules";

describe("the attendance rate", () => {
  it("is present over recorded people", () => {
    expect(attendanceRate({ present: 9, excused: 0, absent: 3 })).toBe(0.75);
    expect(attendanceRate({ present: 4, excused: 0, absent: 0 })).toBe(1);
    expect(attendanceRate({ present: 0, excused: 0, absent: 2 })).toBe(0);
  });

  it("counts an excused absence as an absence, in the denominator", () => {
    expect(attendanceRate({ present: 3, excused: 1, absent: 0 })).toBe(0.75);
    expect(attendanceRate({ present: 0, excused: 2, absent: 0 })).toBe(0);
  });

  it("is null, not a division by zero, when nobody was recorded", () => {
    expect(attendanceRate({ present: 0, excused: 0, absent: 0 })).toBeNull();
  });

  it("counts statuses one by one or from grouped rows", () => {
    expect(countAttendance(["PRESENT", "PRESENT", "EXCUSED", "ABSENT"])).toEqual({ present: 2, excused: 1, absent: 1 });
    expect(countAttendance([])).toEqual({ present: 0, excused: 0, absent: 0 });
    const counts = tally([
      { status: "PRESENT", count: 10 },
      { status: "ABSENT", count: 1 },
      { status: "PRESENT", count: 2 },
    ]);
    expect(counts).toEqual({ present: 12, excused: 0, absent: 1 });
    expect(recordedCount(counts)).toBe(13);
  });
});

describe("a session's day", () => {
  it("must fall within the cluster's period, bounds included", () => {
    expect(isWithinPeriod("2026-09-01", "2026-09-01", "2027-06-30")).toBe(true);
    expect(isWithinPeriod("2027-06-30", "2026-09-01", "2027-06-30")).toBe(true);
    expect(isWithinPeriod("2026-08-31", "2026-09-01", "2027-06-30")).toBe(false);
    expect(isWithinPeriod("2027-07-01", "2026-09-01", "2027-06-30")).toBe(false);
  });

  it("is held from its day on once its attendance is recorded, unless cancelled", () => {
    const recorded = { cancelled: false, attendanceRecorded: true };
    expect(isHeld({ ...recorded, day: "2026-11-23" }, "2026-11-23")).toBe(true);
    expect(isHeld({ ...recorded, day: "2026-11-24" }, "2026-11-23")).toBe(false);
    expect(isHeld({ ...recorded, day: "2026-10-06", cancelled: true }, "2026-11-23")).toBe(false);
    expect(isHeld({ ...recorded, day: "2026-10-06", attendanceRecorded: false }, "2026-11-23")).toBe(false);
  });

  it("shows a past session without attendance as waiting for it, not as held", () => {
    const at = (day: string, attendanceRecorded: boolean, cancelled = false) =>
      sessionState({ day, attendanceRecorded, cancelled }, "2026-11-23");
    expect(at("2026-11-24", true)).toBe("upcoming");
    expect(at("2026-11-23", false)).toBe("awaiting-attendance");
    expect(at("2026-10-06", true)).toBe("held");
    expect(at("2026-10-06", true, true)).toBe("cancelled");
    expect(isUpcoming({ day: "2026-11-24", cancelled: false }, "2026-11-23")).toBe(true);
    expect(isUpcoming({ day: "2026-11-24", cancelled: true }, "2026-11-23")).toBe(false);
  });

  it("has the hours of its slot, or its own", () => {
    expect(slotHours({ slot: "MORNING" })).toBe("9 h – 12 h 30");
    expect(slotHours({ slot: "AFTERNOON" })).toBe("14 h – 17 h 30");
    expect(slotHours({ slot: "FULL_DAY" })).toBe("9 h – 17 h 30");
    expect(slotHours({ slot: "TIMED", startTime: "09:30", endTime: "11:00" })).toBe("9 h 30 – 11 h");
    expect(slotText({ slot: "FULL_DAY" })).toBe("journée entière, 9 h – 17 h 30");
    expect(slotText({ slot: "TIMED", startTime: "14:00", endTime: "16:15" })).toBe("14 h – 16 h 15");
  });

  it("counts in half-days: a whole day two, a timed session one, or two beyond four hours", () => {
    expect(halfDaysOf({ slot: "MORNING" })).toBe(1);
    expect(halfDaysOf({ slot: "FULL_DAY" })).toBe(2);
    expect(halfDaysOf({ slot: "TIMED", startTime: "09:00", endTime: "13:00" })).toBe(1);
    expect(halfDaysOf({ slot: "TIMED", startTime: "09:00", endTime: "13:01" })).toBe(2);
  });

  it("takes the half-days of its day it covers", () => {
    expect(occupiedHalves({ slot: "AFTERNOON" })).toEqual(["AFTERNOON"]);
    expect(occupiedHalves({ slot: "FULL_DAY" })).toEqual(["MORNING", "AFTERNOON"]);
    expect(occupiedHalves({ slot: "TIMED", startTime: "09:30", endTime: "12:00" })).toEqual(["MORNING"]);
    expect(occupiedHalves({ slot: "TIMED", startTime: "11:00", endTime: "15:00" })).toEqual(["MORNING", "AFTERNOON"]);
    expect(occupiedHalves({ slot: "TIMED", startTime: "13:00", endTime: "15:00" })).toEqual(["AFTERNOON"]);
  });
});

describe("planned against held half-days", () => {
  const morning = { slot: "MORNING" } as const;
  const sessions = [
    { ...morning, day: "2026-10-06", cancelled: false, attendanceRecorded: true },
    { ...morning, day: "2026-11-10", cancelled: false, attendanceRecorded: true },
    { ...morning, day: "2026-11-12", cancelled: false, attendanceRecorded: false },
    { ...morning, day: "2026-11-17", cancelled: true, attendanceRecorded: false },
    { ...morning, day: "2026-12-08", cancelled: false, attendanceRecorded: false },
    { ...morning, day: "2027-01-19", cancelled: false, attendanceRecorded: false },
  ];

  it("counts scheduled and held sessions, never cancelled ones nor past ones without attendance", () => {
    const progress = sessionProgress(6, sessions, "2026-11-23");
    expect(progress).toEqual({ planned: 6, scheduled: 5, held: 2, toSchedule: 1, overPlan: 0 });
    expect(progressSentence(progress)).toBe("5 demi-journées planifiées sur 6 prévues, dont 2 tenues.");
  });

  it("says when more sessions are scheduled than planned, in the singular where French wants it", () => {
    const progress = sessionProgress(1, sessions, "2026-09-01");
    expect(progress).toMatchObject({ scheduled: 5, held: 0, toSchedule: 0, overPlan: 4 });
    expect(progressSentence(progress)).toBe("5 demi-journées planifiées sur 1 prévue, dont 0 tenue.");
    expect(progressSentence(sessionProgress(6, [], "2026-09-01"))).toBe("0 demi-journée planifiée sur 6 prévues, dont 0 tenue.");
  });

  it("counts a whole day held as two half-days", () => {
    const wholeDay = { slot: "FULL_DAY", day: "2026-10-20", cancelled: false, attendanceRecorded: true } as const;
    expect(sessionProgress(6, [...sessions, wholeDay], "2026-11-23")).toMatchObject({ scheduled: 7, held: 4, toSchedule: 0 });
  });
});
