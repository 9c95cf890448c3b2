import { expect, test } from "@playwright/test";
import { expectAccessible, followLink, linkFromOutbox, query, requestLink } from "./support";

test("a link serves once: used again, it is refused", async ({ page, context }) => {
  const email = "gaelle.kerjean@bretagne.aract.fr";
  const marker = await requestLink(page, email);
  const link = await linkFromOutbox(page, email, marker);
  await followLink(page, link);
  await expect(page.getByRole("heading", { level: 1, name: "Mes clusters" })).toBeVisible();
  await context.clearCookies();
  await followLink(page, link);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion impossible" })).toBeVisible();
  await expect(page.getByText(/expiré .* ou a déjà servi/)).toBeVisible();
  await expectAccessible(page);
});

test("an expired link is refused", async ({ page }) => {
  const email = "thomas.guillou@conserverie-armor.fr";
  const marker = await requestLink(page, email);
  const link = await linkFromOutbox(page, email, marker);
  await query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`, [email]);
  await followLink(page, link);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion impossible" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/connexion/);
});

test("an unknown address gets the same answer and no e-mail", async ({ page }) => {
  const email = "inconnu.total@exemple.fr";
  await requestLink(page, email);
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
  await expect(page.getByText("Aucun message.")).toBeVisible();
});

test("a malformed address is refused next to the field", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail professionnelle").fill("claire.martin");
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail professionnelle")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("too many requests for one address are refused with a French message", async ({ page }) => {
  const email = "limite.demandes@exemple.fr";
  await query(`DELETE FROM "SignInRequest" WHERE email = $1`, [email]);
  const limit = Number(process.env.SIGNIN_LIMIT_PER_EMAIL ?? 5);
  for (let i = 0; i < limit; i++) {
    await query(`INSERT INTO "SignInRequest" (id, email, ip) VALUES ($1, $2, '203.0.113.7')`, [`e2e-${i}`, email]);
  }
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText(/Trop de demandes de lien en peu de temps/)).toBeVisible();
  await expectAccessible(page);
  await query(`DELETE FROM "SignInRequest" WHERE email = $1`, [email]);
});

test("an address forged in X-Forwarded-For is not believed: the limit counts the real client", async ({ page }) => {
  const email = "adresse.forgee@exemple.fr";
  await query(`DELETE FROM "SignInRequest" WHERE email = $1`, [email]);
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "7.7.7.7" });
  await requestLink(page, email);
  const rows = await query<{ ip: string }>(`SELECT ip FROM "SignInRequest" WHERE email = $1`, [email]);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  await query(`DELETE FROM "SignInRequest" WHERE email = $1`, [email]);
});
