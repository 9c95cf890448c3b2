import { describe, expect, it } from "vitest";
import { renewedExpiry, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-expiry";

const HOUR = 3600 * 1000;
const now = new Date("2026-11-23T10:00:00Z");
const endingIn = (ms: number) => new Date(now.getTime() + ms);

describe("the sliding end of a session", () => {
  it("stays while the session was renewed less than an hour ago", () => {
    expect(renewedExpiry(endingIn(SESSION_MAX_AGE_SECONDS * 1000 - 10 * 60 * 1000), now)).toBeNull();
  });

  it("moves a full week ahead once an hour has passed since the last renewal", () => {
    expect(renewedExpiry(endingIn(SESSION_MAX_AGE_SECONDS * 1000 - 2 * HOUR), now)).toEqual(endingIn(SESSION_MAX_AGE_SECONDS * 1000));
    expect(renewedExpiry(endingIn(HOUR), now)).toEqual(endingIn(SESSION_MAX_AGE_SECONDS * 1000));
  });

  it("never brings an expired session back", () => {
    expect(renewedExpiry(now, now)).toBeNull();
    expect(renewedExpiry(endingIn(-HOUR), now)).toBeNull();
  });
});
