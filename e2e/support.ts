import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

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
