import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const EGALITE = "Égalité professionnelle femmes-hommes";
const ADDED = "Télétravail";

test("a chargée de mission adds the télétravail template to her running cluster", async ({ page }) => {
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.goto(`/clusters/${CLUSTER}/diagnostics/modeles`);
  await expect(page.getByRole("heading", { level: 2, name: "Modèles de diagnostic" })).toBeVisible();
  await expectAccessible(page);
  const chosen = page.getByRole("table", { name: "Modèles de diagnostic choisis pour ce cluster" });
  // The seed chose the QVCT template for this cluster.
  await expect(chosen.getByRole("rowheader", { name: "Qualité de vie et des conditions de travail (QVCT)" })).toBeVisible();

  // Télétravail: no other spec attaches it to this cluster, so the test owns the change.
  await page.getByRole("button", { name: "Ajouter ce modèle" }).click();
  await expect(page.getByText("Choisissez un modèle.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Modèle à ajouter").selectOption("teletravail");
  await page.getByRole("button", { name: "Ajouter ce modèle" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Modèle ajouté : ${ADDED}` })).toBeVisible();
  const audits = await query<{ count: string }>(
    `SELECT count(*)::text AS count FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'cluster.template-added'`,
    [CLUSTER],
  );
  expect(Number(audits[0]?.count)).toBeGreaterThanOrEqual(1);
  await expect(chosen.getByRole("rowheader", { name: ADDED })).toBeVisible();
  await expect(page.getByLabel("Modèle à ajouter").locator("option", { hasText: ADDED })).toHaveCount(0);
  await expectAccessible(page);

  // The template's page, from the cluster's list.
  await chosen.getByRole("link", { name: ADDED }).click();
  await expect(page.getByRole("heading", { level: 1, name: ADDED })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publier le contenu actuel" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the national team reads the network's templates and their versions", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Modèles de diagnostic" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modèles de diagnostic" })).toBeVisible();
  const templates = page.getByRole("table", { name: "Modèles de diagnostic publiés, avec leur dernière version" });
  for (const title of [
    EGALITE,
    "Qualité de vie et des conditions de travail (QVCT)",
    "Emploi des seniors",
    "Prévention de la pénibilité et de l'usure professionnelle",
    "Télétravail",
  ]) {
    await expect(templates.getByRole("rowheader", { name: title })).toBeVisible();
  }
  await expect(page.getByText("dans le code de l'application")).toBeVisible();
  await expectAccessible(page);

  await templates.getByRole("link", { name: EGALITE }).click();
  await expect(page.getByRole("heading", { level: 1, name: EGALITE })).toBeVisible();
  await expect(page.getByRole("table", { name: "Versions publiées de ce modèle" }).getByText("Version 1 (affichée)")).toBeVisible();
  for (const axis of ["Mixité des emplois", "Parcours professionnels", "Conditions de travail et risques professionnels", "Temps de travail et articulation des temps"]) {
    await expect(page.getByRole("heading", { level: 3, name: axis })).toBeVisible();
  }
  await expectAccessible(page);

  // The code holds the same content as version 1: publishing again creates nothing.
  await page.getByRole("button", { name: "Publier le contenu actuel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aucune nouvelle version n'a été publiée" })).toBeVisible();
  const versions = await query<{ count: string }>(`SELECT count(*)::text AS count FROM "DiagnosticTemplate" WHERE key = 'egalite-professionnelle'`);
  expect(versions[0]?.count).toBe("1");
  await expectAccessible(page);
});

test("company members have no access to the templates", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Modèles de diagnostic" })).toHaveCount(0);
  for (const path of ["/modeles", "/modeles/egalite-professionnelle", `/clusters/${CLUSTER}/diagnostics/modeles`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  }
  await expectAccessible(page);
});
