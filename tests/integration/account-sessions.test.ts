import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { listAccountSessions } from "@/lib/account/queries";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { authOptions } from "@/lib/auth/options";
import { actAs, FORBIDDEN } from "../support/session";
import { createAract, createCluster, createStaffUser, enrolCompany, testDb } from "../factories";

const db = testDb();
const HOUR = 3600 * 1000;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const aract = await createAract(db);
  const charge = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  const colleague = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  const cluster = await createCluster(db, aract.id, { staffUserId: charge.id });
  const member = await enrolCompany(db, cluster.id, aract.id);
  const now = Date.now();
  const open = (
    userId: string,
    token: string,
    data: { userAgent?: string; createdAt?: Date; lastActivityAt?: Date; expires?: Date },
  ) => db.session.create({ data: { userId, sessionToken: token, expires: new Date(now + 100 * HOUR), ...data } });
  await open(charge.id, "poste-bureau", {
    userAgent: FIREFOX,
    createdAt: new Date(now - 50 * HOUR),
    lastActivityAt: new Date(now - 2 * HOUR),
  });
  await open(charge.id, "telephone", {
    userAgent: SAFARI_IPHONE,
    createdAt: new Date(now - 30 * HOUR),
    lastActivityAt: new Date(now - 1 * HOUR),
  });
  await open(charge.id, "expiree", { userAgent: FIREFOX, expires: new Date(now - HOUR) });
  await open(colleague.id, "collegue", { userAgent: FIREFOX });
  await open(member.user.id, "binome", { userAgent: SAFARI_IPHONE });
  return { aract, charge, colleague, member };
}

async function scopeOf(userId: string): Promise<Scope> {
  const scope = await buildScope(userId);
  if (!scope) throw new Error("no scope");
  return scope;
}

beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

describe("the sessions of Mon compte", () => {
  it("lists the caller's unexpired sessions only, this one first, with the browser in words and no token", async () => {
    const sessions = await listAccountSessions(await scopeOf(world.charge.id), "poste-bureau");
    expect(sessions.map(({ browser, current }) => ({ browser, current }))).toEqual([
      { browser: "Firefox sur Windows", current: true },
      { browser: "Safari sur iOS", current: false },
    ]);
    expect(Object.keys(sessions[0]!).sort()).toEqual(["browser", "current", "id", "lastActivityAt", "openedAt"]);
    expect(JSON.stringify(sessions)).not.toContain("poste-bureau");
  });

  it("marks no session as current for a token that is not the caller's", async () => {
    const sessions = await listAccountSessions(await scopeOf(world.charge.id), "collegue");
    expect(sessions.map((s) => s.current)).toEqual([false, false]);
    expect(sessions.map((s) => s.browser)).toEqual(["Safari sur iOS", "Firefox sur Windows"]);
  });
});

describe("signing out everywhere", () => {
  it("refuses the signed out", async () => {
    actAs(null);
    expect(await signOutEverywhereAction({})).toEqual(FORBIDDEN);
  });

  it("ends every session of the caller, records it, and leaves other people's sessions alone", async () => {
    actAs(world.charge.id);
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { endedSessions: 3 } });
    expect(await db.session.count({ where: { userId: world.charge.id } })).toBe(0);
    expect(
      (await db.session.findMany({ select: { sessionToken: true }, orderBy: { sessionToken: "asc" } })).map(
        (s) => s.sessionToken,
      ),
    ).toEqual(["binome", "collegue"]);
    const audit = await db.auditEvent.findMany({ where: { action: "auth.signed-out-everywhere" } });
    expect(audit).toMatchObject([
      {
        actorId: world.charge.id,
        aractId: world.aract.id,
        entityType: "User",
        entityId: world.charge.id,
        changes: { endedSessions: 3 },
      },
    ]);
  });

  it("is open to a pair member too, for their own sessions", async () => {
    actAs(world.member.user.id);
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: { endedSessions: 1 } });
    expect(await db.session.findMany({ select: { sessionToken: true } })).toEqual([{ sessionToken: "collegue" }]);
  });
});

describe("next-auth's session endpoint", () => {
  it("records the activity when it pushes a session's end back (the session keeper's calls)", async () => {
    const session = await db.session.create({
      data: {
        userId: world.colleague.id,
        sessionToken: "point-de-session",
        expires: new Date(Date.now() + 24 * HOUR),
        lastActivityAt: new Date(Date.now() - 48 * HOUR),
      },
    });
    const expires = new Date(Date.now() + 7 * 24 * HOUR);
    await authOptions().adapter!.updateSession!({ sessionToken: session.sessionToken, expires });
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.expires).toEqual(expires);
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
