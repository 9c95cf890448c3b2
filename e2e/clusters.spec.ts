import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

test("a chargée de mission creates a cluster, corrects her mistakes, edits it and opens its recruitment", async ({ page }) => {
  const name = `Cluster télétravail du Trégor ${Date.now()}`;
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clusters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clusters" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Créer un cluster" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Créer un cluster" })).toBeVisible();
  await expectAccessible(page);

  // Submitted empty: French messages next to the fields, nothing created.
  await page.getByRole("button", { name: "Créer le cluster" }).click();
  await expect(page.getByText("Saisissez le nom du cluster.")).toBeVisible();
  await expect(page.getByText("Choisissez au moins un thème.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nom du cluster", { exact: true }).fill(name);
  await page.getByRole("group", { name: "Thèmes" }).getByLabel("Télétravail", { exact: true }).check();
  await page.getByRole("group", { name: "Thèmes" }).getByLabel("Égalité professionnelle", { exact: true }).check();
  await page.getByLabel("Territoire", { exact: true }).fill("Trégor (Côtes-d'Armor)");
  await page.getByLabel("Début", { exact: true }).fill("2027-01-04");
  await page.getByLabel("Fin", { exact: true }).fill("2026-12-01");
  await page.getByRole("button", { name: "Ajouter un partenaire" }).click();
  await page.getByLabel("Partenaire 1", { exact: true }).fill("Carsat Bretagne");
  await page.getByRole("button", { name: "Ajouter un financeur" }).click();
  await page.getByLabel("Financeur 1", { exact: true }).fill("Fonds social européen");
  await page.getByLabel("Montant (€)", { exact: true }).fill("25000");
  await page.getByRole("button", { name: "Créer le cluster" }).click();
  await expect(page.getByText("La fin doit suivre le début.")).toBeVisible();
  await page.getByLabel("Fin", { exact: true }).fill("2027-06-30");
  await page.getByRole("button", { name: "Créer le cluster" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Brouillon", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Fonds social européen (25 000 €)")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { name: "Modifier le cluster" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Demi-journées collectives prévues", { exact: true }).fill("6");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("6 demi-journées collectives")).toBeVisible();

  await page.getByRole("button", { name: "Ouvrir le recrutement" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer : ouvrir le recrutement" }).click();
  await expect(page.getByText("Recrutement", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Démarrer le cluster" }).click();
  await page.getByRole("button", { name: "Confirmer : démarrer le cluster" }).click();
  await expect(page.getByText("Inscrivez au moins une entreprise avant de démarrer le cluster.")).toBeVisible();

  const [saved] = await query<{ status: string; audits: string }>(
    `SELECT c.status, (SELECT count(*) FROM "AuditEvent" a WHERE a."entityId" = c.id)::text AS audits FROM "Cluster" c WHERE c.name = $1`,
    [name],
  );
  expect(saved).toEqual({ status: "RECRUITING", audits: "3" });
});

test("the clusters list filters, sorts and pages through the URL; a bad filter falls back", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto("/clusters?theme=EGALITE_PROFESSIONNELLE&year=2014");
  const table = page.getByRole("table", { name: "Clusters" });
  await expect(table.getByRole("link", { name: "Clusters Égalité Bretagne 2014" })).toBeVisible();
  await expect(table.getByRole("link", { name: /Pays de Brest/ })).toHaveCount(0);
  await expectAccessible(page);
  await table.getByRole("columnheader", { name: /Cluster/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page).toHaveURL(/theme=EGALITE_PROFESSIONNELLE/);
  await page.goto("/clusters?status=NIMPORTE&year=abc&page=-3");
  await expect(page.getByRole("heading", { level: 1, name: "Clusters" })).toBeVisible();
  await expect(page.getByText(/clusters trouvés/)).toBeVisible();
  // The national team reads but does not create.
  await expect(page.getByRole("link", { name: "Créer un cluster" })).toHaveCount(0);
});

test("a company member has no clusters list and cannot edit their cluster", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clusters" })).toHaveCount(0);
  expect((await page.goto("/clusters"))?.status()).toBe(404);
  expect((await page.goto("/clusters/demo-cluster-bretagne-qvct-usure-2026/modifier"))?.status()).toBe(404);
});
