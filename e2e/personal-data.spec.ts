import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { enrolOwnCompany, expectAccessible, query, requestLink, signIn } from "./support";

// Personal data (RGPD): a pair member downloads their data from Mon compte; the Aract administrator finds and
// erases a pair member; the national report is the same before and after; the erased person can no longer
// sign in. The person erased is one of this spec's own (a company enrolled for it), so that no other spec
// loses the demo accounts it signs in with.

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const HELD_SESSION = `${CLUSTER}-session-1`;
const ADMIN = "yann.le-goff@bretagne.aract.fr";
const NATIONAL = "claire.martin@anact.fr";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The pair member of a company enrolled for this test, with an account and an attendance at a held session. */
async function ownPairMember() {
  const company = await enrolOwnCompany(CLUSTER);
  const [participation] = await query<{ id: string; aractId: string }>(
    `SELECT p.id, p."aractId" FROM "Participation" p JOIN "Company" c ON c.id = p."companyId" WHERE c.name = $1`,
    [company],
  );
  const run = participation!.id.replace("e2e-participation-", "");
  const email = `anne.${run}@menuiserie-faou.fr`;
  const ids = { user: `e2e-user-${run}`, person: `e2e-person-${run}` };
  await query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Anne Quéméner', now())`, [
    ids.user,
    email,
  ]);
  await query(
    `INSERT INTO "Person" (id, "aractId", "userId", "firstName", "lastName", email, phone, "jobTitle", "updatedAt")
     VALUES ($1, $2, $3, 'Anne', 'Quéméner', $4, '02 98 81 00 00', 'Gérante', now())`,
    [ids.person, participation!.aractId, ids.user, email],
  );
  await query(
    `INSERT INTO "PairMember" (id, "aractId", "participationId", "personId", side) VALUES ($1, $2, $3, $4, 'DIRECTION')`,
    [`e2e-seat-${run}`, participation!.aractId, participation!.id, ids.person],
  );
  await query(
    `INSERT INTO "Attendance" (id, "aractId", "sessionId", "personId", "participationId", status) VALUES ($1, $2, $3, $4, $5, 'PRESENT')`,
    [`e2e-attendance-${run}`, participation!.aractId, HELD_SESSION, ids.person, participation!.id],
  );
  return { company, email, ...ids };
}

async function downloadJson(
  page: Page,
): Promise<Record<string, unknown> & { persons: { pairSeats: unknown[]; attendance: unknown[] }[] }> {
  await page.goto("/compte");
  await expect(page.getByRole("heading", { name: "Mes données personnelles" })).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Fichier JSON/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^donnees-personnelles-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await download.path())!, "utf8"));
}

/** The national summary as CSV, without its extraction date (the only line that may differ between two downloads). */
async function nationalReport(page: Page): Promise<string> {
  const response = await page.request.get("/rapports/export?format=csv&contenu=synthese");
  expect(response.status()).toBe(200);
  return (await response.text())
    .split(/\r?\n/)
    .filter((line) => !line.startsWith("Date d'extraction"))
    .join("\n");
}

test("Marie Le Bihan, pair member, downloads her data from Mon compte", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  const data = await downloadJson(page);
  expect(data.account).toMatchObject({ email: "marie.le-bihan@conserverie-armor.fr" });
  expect(JSON.stringify(data.persons[0]!.pairSeats)).toContain("Conserverie d'Armor");
});

test("the Aract administrator finds and erases a pair member: the national report does not change, their sign-in ends", async ({
  browser,
}) => {
  // Four people sign in, each through the magic link with an accessibility check of every page.
  test.setTimeout(300_000);
  const member = await ownPairMember();

  // The member downloads their own data first.
  const memberPage = await signedIn(browser, member.email);
  const own = await downloadJson(memberPage);
  expect(own.persons[0]).toMatchObject({ firstName: "Anne", lastName: "Quéméner", phone: "02 98 81 00 00" });
  expect(JSON.stringify(own.persons[0]!.pairSeats)).toContain(member.company);
  expect(own.persons[0]!.attendance).toHaveLength(1);

  const national = await signedIn(browser, NATIONAL);
  const before = await nationalReport(national);

  // The administrator finds her by name, then erases her.
  const admin = await signedIn(browser, ADMIN);
  await admin.goto("/administration/personnes");
  await expectAccessible(admin);
  await admin.getByLabel("Nom, prénom ou adresse e-mail").fill("quéméner anne");
  await admin.getByRole("button", { name: "Rechercher" }).click();
  const found = admin.getByRole("list", { name: "Personnes trouvées" });
  await expect(found).toContainText(member.company);
  await expectAccessible(admin);
  await found.getByRole("link", { name: "Anne Quéméner" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Anne Quéméner" })).toBeVisible();
  await expectAccessible(admin);

  // A confirmation is required.
  await admin.getByRole("button", { name: "Supprimer cette personne" }).click();
  await expect(admin.getByText("Saisissez « supprimer » pour confirmer la suppression.")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Pour confirmer, saisissez « supprimer »").fill("supprimer");
  await admin.getByRole("button", { name: "Supprimer cette personne" }).click();
  const [person] = await query<{ number: number }>(`SELECT number FROM "Person" WHERE id = $1`, [member.person]);
  const pseudonym = `Personne supprimée n° ${person!.number}`;
  await expect(admin.getByRole("status").filter({ hasText: pseudonym })).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: pseudonym })).toBeVisible();
  await expectAccessible(admin);

  // The search now finds nobody under her name.
  await admin.goto(`/administration/personnes?q=${encodeURIComponent("Anne Quéméner")}`);
  await expect(admin.getByText("Aucune personne de l'Aract ne correspond à « Anne Quéméner ».")).toBeVisible();
  await expectAccessible(admin);

  // Every figure of the national report is the same.
  expect(await nationalReport(national)).toBe(before);

  // Her open browser is signed out, and she can no longer get a sign-in link.
  await memberPage.goto("/compte");
  await expect(memberPage).toHaveURL(/\/connexion/);
  const anonymous = await (await browser.newContext()).newPage();
  await requestLink(anonymous, member.email);
  const [outbox] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "OutboxEmail" WHERE "to" = $1`, [
    member.email,
  ]);
  expect(outbox!.count).toBe(0);
});

test("the page on personal data is public and names the data protection officer", async ({ page }) => {
  await page.goto("/donnees-personnelles");
  await expect(page.getByRole("heading", { level: 1, name: "Données personnelles" })).toBeVisible();
  await expect(page.getByText("5 ans après son évaluation")).toBeVisible();
  await expect(page.getByRole("link", { name: "dpo@clusters.anact.fr" })).toBeVisible();
  await expectAccessible(page);
});
