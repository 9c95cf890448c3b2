import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { withSiretCheckDigit } from "../src/lib/companies/siret";

/** Every page a test visits is checked against WCAG 2.1 A and AA rules (RGAA's base). */
export async function expectAccessible(page: Page) {
  // After a client-side navigation the title arrives with the streamed metadata: wait for the page to settle.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility of ${page.url()}`).toEqual([]);
}

/**
 * Asks for a link; returns a marker carried by this link only (in its callback URL), so that tests
 * running side by side for the same person never take each other's link.
 */
export async function requestLink(page: Page, email: string): Promise<string> {
  const marker = `e2e${Math.random().toString(36).slice(2, 10)}`;
  await page.goto(`/connexion?callbackUrl=${encodeURIComponent(`/?${marker}`)}`);
  await expectAccessible(page);
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible();
  await expectAccessible(page);
  return marker;
}

/** The sign-in link sent to `email` with `marker`, read from the local outbox page. */
export async function linkFromOutbox(page: Page, email: string, marker: string): Promise<string> {
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
  await expectAccessible(page);
  const link = page.getByRole("link", { name: new RegExp(`/connexion/confirmer\\?.*${marker}`) });
  return (await link.getAttribute("href")) ?? "";
}

export async function followLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirmer la connexion" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Me connecter" }).click();
}

/** Signs in through the magic link, as a user would, and lands on the home page. */
export async function signIn(page: Page, email: string) {
  const marker = await requestLink(page, email);
  await followLink(page, await linkFromOutbox(page, email, marker));
  await expect(page).toHaveURL(new RegExp(`/\\?${marker}$`));
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A new company enrolled in a demo cluster (58 employees, joinery), straight in the database, so that a
 * test changes no row another spec reads. Its name.
 */
export async function enrolOwnCompany(clusterId: string): Promise<string> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = `Menuiserie du Faou ${run}`;
  const [cluster] = await query<{ aractId: string }>(`SELECT "aractId" FROM "Cluster" WHERE id = $1`, [clusterId]);
  const siret = withSiretCheckDigit(
    `9${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
  );
  await query(
    `INSERT INTO "Company" (id, "aractId", name, siret, "nafCode", headcount, city, "updatedAt")
     VALUES ($1, $2, $3, $4, '16.23Z', 58, 'Le Faou', now())`,
    [`e2e-company-${run}`, cluster!.aractId, name, siret],
  );
  await query(
    `INSERT INTO "Participation" (id, "aractId", "clusterId", "companyId", status, "headcountAtEntry", "updatedAt")
     VALUES ($1, $2, $3, $4, 'ENROLLED', 58, now())`,
    [`e2e-participation-${run}`, cluster!.aractId, clusterId, `e2e-company-${run}`],
  );
  return name;
}

/**
 * A new cluster in recruitment of the Aract of `staffEmail`, in their charge, straight in the database (a
 * spec that fills it changes no cluster another spec reads). Its id.
 */
export async function createOwnCluster(staffEmail: string, name: string): Promise<string> {
  const id = `e2e-cluster-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [staff] = await query<{ userId: string; aractId: string }>(
    `SELECT m."userId", m."aractId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [staffEmail],
  );
  await query(
    `INSERT INTO "Cluster" (id, "aractId", name, themes, kind, territory, "startDate", "endDate",
       "plannedCollectiveSessions", "plannedSupportDaysPerCompany", status, "updatedAt")
     VALUES ($1, $2, $3, '{QVCT}', 'TERRITORIAL', 'Finistère', '2027-01-11', '2027-12-17', 4, 2, 'RECRUITING', now())`,
    [id, staff!.aractId, name],
  );
  await query(`INSERT INTO "ClusterStaff" ("aractId", "clusterId", "userId") VALUES ($1, $2, $3)`, [staff!.aractId, id, staff!.userId]);
  return id;
}
