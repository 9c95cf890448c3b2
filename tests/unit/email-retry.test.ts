import { describe, expect, it } from "vitest";
import { nextAttemptAt, retryDelayMs } from "@/lib/email/rules";

describe("when a refused e-mail is tried again", () => {
  it("waits 30 s, then twice as long each time, at most an hour", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(50)).toBe(3_600_000);
    expect(retryDelayMs(0)).toBe(30_000);
  });

  it("dates the next try from the failure", () => {
    expect(nextAttemptAt(new Date("2026-12-06T10:00:00Z"), 2).toISOString()).toBe("2026-12-06T10:01:00.000Z");
  });
});
