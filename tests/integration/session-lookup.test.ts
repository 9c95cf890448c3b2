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

describe("recording a session's activity", () => {
  const CHROME =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
  const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0";
  const read = (token: string) => db.session.findUniqueOrThrow({ where: { sessionToken: token } });

  it("records the browser at a new session's first request, then leaves a fresh session alone", async () => {
    const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
    await session("jeton-neuf", expires);
    jar.clear();
    jar.set("next-auth.session-token", "jeton-neuf");
    expect(await getSessionUserId(now, CHROME)).toBe(userId);
    expect(await read("jeton-neuf")).toMatchObject({ userAgent: CHROME, lastActivityAt: now, expires });

    // Ten minutes later, from the same session: nothing is due, nothing is written.
    const later = new Date(now.getTime() + 10 * 60_000);
    expect(await getSessionUserId(later, FIREFOX)).toBe(userId);
    expect(await read("jeton-neuf")).toMatchObject({ userAgent: CHROME, lastActivityAt: now, expires });
  });

  it("records the time and browser with each push of the session's end", async () => {
    await session("jeton-actif", new Date(now.getTime() + 2 * DAY));
    jar.clear();
    jar.set("next-auth.session-token", "jeton-actif");
    expect(await getSessionUserId(now, FIREFOX)).toBe(userId);
    expect(await read("jeton-actif")).toMatchObject({
      userAgent: FIREFOX,
      lastActivityAt: now,
      expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    });
  });

  it("keeps the stored browser when the request says none (the proxy's own calls, tools)", async () => {
    await session("jeton-muet", new Date(now.getTime() + 2 * DAY));
    await db.session.update({ where: { sessionToken: "jeton-muet" }, data: { userAgent: CHROME } });
    jar.clear();
    jar.set("next-auth.session-token", "jeton-muet");
    expect(await getSessionUserId(now)).toBe(userId);
    expect(await read("jeton-muet")).toMatchObject({ userAgent: CHROME, lastActivityAt: now });
  });

  it("cuts an oversized User-Agent", async () => {
    await session("jeton-long", new Date(now.getTime() + 2 * DAY));
    jar.clear();
    jar.set("next-auth.session-token", "jeton-long");
    await getSessionUserId(now, `Mozilla/5.0 ${"x".repeat(5000)}`);
    expect((await read("jeton-long")).userAgent).toHaveLength(512);
  });
});
