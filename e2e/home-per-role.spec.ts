import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("the national team sees every Aract's figures", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await expect(page.getByRole("heading", { level: 1, name: "Le réseau en chiffres" })).toBeVisible();
  const table = page.getByRole("table", { name: "Par Aract" });
  for (const aract of ["Aract Bretagne", "Aract Île-de-France", "Aract Nouvelle-Aquitaine", "Aract Hauts-de-France"]) {
    await expect(table.getByRole("rowheader", { name: aract })).toBeVisible();
  }
  await expectAccessible(page);
});

test("an Aract administrator sees the Aract's users", async ({ page }) => {
  await signIn(page, "yann.le-goff@bretagne.aract.fr");
  await expect(page.getByRole("heading", { level: 1, name: "Équipe de l'Aract Bretagne" })).toBeVisible();
  const users = page.getByRole("table", { name: "Utilisateurs et rôles" });
  await expect(users.getByRole("rowheader", { name: /Gaëlle Kerjean/ })).toBeVisible();
  await expect(users.getByText("julien.roussel@idf.aract.fr")).toHaveCount(0);
  await expectAccessible(page);
});

test("a chargée de mission sees her clusters with their next session, and opens one", async ({ page }) => {
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await expect(page.getByRole("heading", { level: 1, name: "Mes clusters" })).toBeVisible();
  const mine = page.getByRole("region", { name: "Dont j'ai la charge" });
  await expect(mine.getByText("Prochaine séance :").first()).toBeVisible();
  await expectAccessible(page);
  await mine.getByRole("heading", { level: 3 }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "Séances collectives" })).toBeVisible();
  await expectAccessible(page);
});

test("a company member sees their cluster, company, pair and next sessions", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  await expect(page.getByRole("heading", { level: 1, name: "Conserverie d'Armor" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mon cluster en cours" })).toBeVisible();
  await expect(page.getByText("Prochaines séances")).toBeVisible();
  await expect(page.getByText("Marie Le Bihan (vous)")).toBeVisible();
  await expect(page.getByText("Thomas Guillou")).toBeVisible();
  // The 2014 accord égalité, seen by the pair on their home page.
  await expect(page.getByText("Accord égalité professionnelle : signé (signé le 27 novembre 2014)")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("main").getByText("Membre d'un binôme d'entreprise", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/connexion/);
});
