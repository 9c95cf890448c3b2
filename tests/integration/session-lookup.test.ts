import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-expiry";
import { createStaffUser, testDb } from "../factories";

// The real session reader (the other suites replace it with `actAs`), over a cookie jar of our own.
const jar = new Map<string, string>();
const cookies = { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) };
const { sessionUserId } = await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
const getSessionUserId = (now: Date, userAgent?: string) => sessionUserId(cookies, { now, userAgent });

const db = testDb();
const DAY = 24 * 3600 * 1000;
const now = new Date("2026-11-23T10:00:00Z");
let userId: string;

async function session(token: string, expires: Date) {
  await db.session.create({ data: { sessionToken: token, userId, expires } });
}

beforeAll(async () => {
  userId = (await createStaffUser(db, "NATIONAL", null)).id;
});
afterAll(() => db.$disconnect());

describe("reading the session of a request", () => {
  it("finds nobody without a cookie or with an unknown token", async () => {
    jar.clear();
    expect(await getSessionUserId(now)).toBeNull();
    jar.set("next-auth.session-token", "inconnu");
    expect(await getSessionUserId(now)).toBeNull();
  });

  it("finds the user of a live session, from either cookie name, and leaves a fresh session's end alone", async () => {
    const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
    await session("jeton-frais", expires);
    jar.clear();
    jar.set("__Secure-next-auth.session-token", "jeton-frais");
    expect(await getSessionUserId(now)).toBe(userId);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: "jeton-frais" } })).expires).toEqual(expires);
  });

  it("pushes back the end of a session used after an hour, and refuses an expired one", async () => {
    await session("jeton-ancien", new Date(now.getTime() + 2 * DAY));
    jar.clear();
    jar.set("next-auth.session-token", "jeton-ancien");
    expect(await getSessionUserId(now)).toBe(userId);
    const renewed = await db.session.findUniqueOrThrow({ where: { sessionToken: "jeton-ancien" } });
    expect(renewed.expires).toEqual(new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000));

    await session("jeton-expire", new Date(now.getTime() - 1000));
    jar.set("next-auth.session-token", "jeton-expire");
    expect(await getSessionUserId(now)).toBeNull();
  });
});
