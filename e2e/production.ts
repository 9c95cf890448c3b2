import { expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support";

// The production path of the end-to-end run (scripts/e2e.ts): an app started with APP_ENV=production on a
// database that held nothing before `npm run admin:create`, its e-mails caught by a local SMTP sink.

export const PROD_URL = process.env.E2E_PROD_BASE_URL ?? "";
export const PROD_ADMIN_EMAIL = process.env.E2E_PROD_ADMIN_EMAIL ?? "";

export async function prodQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_PROD_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

type Mail = { to: string[]; subject: string; text: string };

/** The last sign-in link e-mailed to this address (waiting for it to arrive: the outbox's sender sends within seconds). */
export async function lastLinkTo(email: string, subject: RegExp): Promise<string> {
  let link = "";
  await expect
    .poll(async () => {
      const mails = (await (await fetch(`${process.env.E2E_PROD_INBOX_URL}?to=${encodeURIComponent(email)}`)).json()) as Mail[];
      const mail = mails.filter((m) => subject.test(m.subject)).at(-1);
      link = mail?.text.match(/https?:\/\/\S+\/connexion\/confirmer\?\S+/)?.[0] ?? "";
      return link;
    }, { timeout: 15_000 })
    .not.toBe("");
  return link;
}

/** Opens a sign-in link in a fresh browser context and confirms it; the signed-in page. */
export async function signInWithLink(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: PROD_URL, locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirmer la connexion" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  return page;
}

/** Asks for a sign-in link on the sign-in page (no demo accounts there in production). */
export async function requestProdLink(browser: Browser, email: string): Promise<string> {
  const page = await (await browser.newContext({ baseURL: PROD_URL })).newPage();
  await page.goto("/connexion");
  await expectAccessible(page);
  await expect(page.getByText("claire.martin@anact.fr")).toHaveCount(0);
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Consultez votre messagerie" })).toBeVisible();
  await page.context().close();
  return lastLinkTo(email, /connexion/i);
}
