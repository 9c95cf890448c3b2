import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// Each test signs in a person of its own, made here: signing out everywhere must not end the sessions
// of the demo people other specs use at the same time.
const BRETAGNE = "demo-aract-bretagne";
const DAY = 24 * 3600 * 1000;

async function newChargeDeMission(): Promise<{ id: string; email: string }> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const id = `e2e-user-${run}`;
  const email = `sessions-${run}@bretagne.aract.fr`;
  await query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
    id,
    email,
    `Camille Test ${run}`,
  ]);
  await query(`INSERT INTO "Membership" (id, "userId", "aractId", role) VALUES ($1, $2, $3, 'CHARGE_DE_MISSION')`, [
    `e2e-membership-${run}`,
    id,
    BRETAGNE,
  ]);
  return { id, email };
}

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test("a person signed in on two browsers sees both sessions and signs out everywhere", async ({ browser }) => {
  // Two sign-ins, each through the outbox with its pages checked: twice a journey's work.
  test.setTimeout(180_000);
  const person = await newChargeDeMission();
  const office = await signedInPage(browser, person.email);
  const laptop = await signedInPage(browser, person.email);

  const { page } = office;
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  const sessions = page.getByRole("table", { name: "Vos sessions ouvertes" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions.getByRole("rowheader", { name: /Chrome sur Linux/ })).toHaveCount(2);
  await expect(sessions.getByText("Cette session")).toHaveCount(1);
  await expect(sessions.getByText("En ce moment")).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page.getByText("Fermer vos 2 sessions, celle-ci comprise ?")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer la déconnexion partout" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await expectAccessible(page);

  // The other browser still shows its page; its next click finds its session gone.
  await laptop.page.getByRole("link", { name: "Clusters", exact: true }).click();
  await expect(laptop.page).toHaveURL(/\/connexion/);
  await expect(laptop.page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await expectAccessible(laptop.page);

  expect(await query(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [person.id])).toHaveLength(0);
  const audit = await query<{ changes: { endedSessions: number } }>(
    `SELECT changes FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'auth.signed-out-everywhere'`,
    [person.id],
  );
  expect(audit.map((row) => row.changes)).toEqual([{ endedSessions: 2 }]);
  await office.context.close();
  await laptop.context.close();
});

test("the session cookie's expiry moves forward with the person's activity", async ({ browser }) => {
  const person = await newChargeDeMission();
  const { context, page } = await signedInPage(browser, person.email);
  const cookieOf = async () => (await context.cookies()).find((cookie) => cookie.name === "next-auth.session-token")!;
  const signedIn = await cookieOf();
  expect(signedIn.expires * 1000).toBeGreaterThan(Date.now() + 6.9 * DAY);

  // Three days later, as far as the session knows: the database session and the cookie end in four days.
  const fourDays = new Date(Date.now() + 4 * DAY);
  await query(`UPDATE "Session" SET expires = $2 WHERE "sessionToken" = $1`, [signedIn.value, fourDays]);
  await context.addCookies([{ ...signedIn, expires: Math.floor(fourDays.getTime() / 1000) }]);
  expect((await cookieOf()).expires * 1000).toBeLessThan(Date.now() + 4.1 * DAY);

  // A page seen now pushes the session's end back, and the session endpoint gives the cookie the same end.
  const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/session");
  await page.goto("/compte");
  expect(await (await refreshed).headerValue("set-cookie")).toContain("next-auth.session-token=");
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expectAccessible(page);

  const now = Date.now();
  expect((await cookieOf()).expires * 1000).toBeGreaterThan(now + 6.9 * DAY);
  const [session] = await query<{ expires: Date; lastActivityAt: Date; userAgent: string }>(
    `SELECT expires, "lastActivityAt", "userAgent" FROM "Session" WHERE "sessionToken" = $1`,
    [signedIn.value],
  );
  expect(session!.expires.getTime()).toBeGreaterThan(now + 6.9 * DAY);
  expect(session!.lastActivityAt.getTime()).toBeGreaterThan(now - 60_000);
  expect(session!.userAgent).toMatch(/Chrome/);
  await context.close();
});
