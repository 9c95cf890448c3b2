import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { enrolOwnCompany, expectAccessible, signIn } from "./support";

const figureCard = (page: Page, label: string) =>
  page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });

/** A figure's value on the dashboard, as a number (counts only). */
async function figureValue(page: Page, label: string): Promise<number> {
  const text = await figureCard(page, label).getByRole("paragraph").first().textContent();
  return Number(text?.replace(/\s/g, ""));
}

/** Every cell of a workbook, as text, row by row. */
function workbookRows(workbook: ExcelJS.Workbook): string[][] {
  return workbook.worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((cell) => String(cell ?? ""))] : [])),
  );
}

test("the national team filters by theme and year, drills down to the clusters and downloads the XLSX", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.getByRole("link", { name: "Rapports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapports du réseau" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Par Aract" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Thème", { exact: true }).selectOption({ label: "Égalité professionnelle" });
  await page.getByLabel("Démarrés à partir de").selectOption("2014");
  await page.getByLabel("Démarrés au plus tard en").selectOption("2014");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/theme=EGALITE_PROFESSIONNELLE/);
  await expect(page).toHaveURL(/de=2014/);
  await expect(page.getByRole("status")).toHaveText("Sélection : 2 clusters, 30 entreprises accompagnées.");
  await expect(figureCard(page, "Accords signés")).toContainText("6");
  await expect(figureCard(page, "Plans d'action déposés")).toContainText("2");
  await expect(figureCard(page, "Accords en préparation")).toContainText("4");
  await expect(figureCard(page, "Plans d'action en préparation")).toContainText("3");
  const byYear = page.getByRole("table", { name: "Par année de démarrage : tous les chiffres" });
  await expect(byYear.getByRole("rowheader")).toHaveText(["2014"]);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Voir les clusters : Accords signés" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accords signés" })).toBeVisible();
  const clusters = page.getByRole("table", { name: "Clusters derrière l'indicateur « Accords signés »" });
  await expect(clusters.getByRole("rowheader")).toHaveText(["Clusters Égalité Bretagne 2014"]);
  await expect(clusters.getByRole("row", { name: /Clusters Égalité Bretagne 2014/ })).toContainText("Aract Bretagne");
  await expect(page.getByText("Clusters démarrés en 2014")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "← Retour aux rapports" }).click();
  await expect(page).toHaveURL(/theme=EGALITE_PROFESSIONNELLE/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "XLSX (synthèse)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rapport-clusters-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) ?? "");
  const rows = workbookRows(workbook);
  const cells = rows.flat();
  expect(cells).toContain("Égalité professionnelle");
  expect(cells).toContain("Clusters démarrés en 2014");
  const line = (label: string) => rows.find((row) => row[0] === label);
  expect(line("Accords signés")?.[1]).toBe("6");
  expect(line("Plans d'action déposés")?.[1]).toBe("2");
  expect(line("Entreprises accompagnées")?.[1]).toBe("30");
});

test("the year filters say what they select: running during a year takes the clusters started before it too", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto("/rapports");
  await page.getByLabel("En cours pendant l'année").selectOption("2027");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/en-cours=2027/);
  const byYear = page.getByRole("table", { name: "Par année de démarrage : tous les chiffres" });
  await expect(byYear.getByRole("rowheader").first()).toBeVisible();
  const years = await byYear.getByRole("rowheader").allTextContents();
  // The Pays de Brest cluster started in 2026 and runs until June 2027.
  expect(years).toContain("2026");
  expect(years.every((year) => year === "2026" || year === "2027")).toBe(true);
  await expectAccessible(page);
});

test("a selection of fewer than 5 companies shows no figure anywhere, its count of companies included", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto("/rapports?taille=300-et-plus&theme=EGALITE_PROFESSIONNELLE&de=2014&a=2014");
  await expect(page.getByRole("status")).toHaveText("Sélection : secret statistique, ses chiffres ne sont pas diffusés.");
  await expect(figureCard(page, "Entreprises accompagnées")).toContainText("secret statistique");
  const byAract = page.getByRole("table", { name: "Par Aract : tous les chiffres" });
  await expect(byAract.getByRole("row", { name: /Aract Bretagne/ })).toContainText("secret statistique");
  await expect(page.getByText("1 ligne non diffusée (secret statistique) n'est pas représentée.").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Voir les clusters : Entreprises accompagnées" }).click();
  const clusters = page.getByRole("table", { name: "Clusters derrière l'indicateur « Entreprises accompagnées »" });
  const row = clusters.getByRole("row", { name: /Clusters Égalité Bretagne 2014/ });
  await expect(row).toContainText("secret statistique");
  // Its period has digits; the figures' cell, none.
  await expect(row.getByRole("cell").last()).toHaveText("secret statistique");
  await expectAccessible(page);
});

test("an invalid filter in the URL falls back to all, with a notice", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto("/rapports?theme=INCONNU&de=2014&taille=geante");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Les filtres « Thème », « Taille d'entreprise » n'étaient pas valides : ils ont été ignorés.",
  );
  await expect(page.getByLabel("Thème", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Démarrés à partir de")).toHaveValue("2014");
  await expectAccessible(page);
  await page.goto("/rapports/clusters?indicateur=inconnu");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Cet indicateur n'existe pas");
  await expectAccessible(page);
});

test("a chargée de mission reads her own Aract's figures only", async ({ page }) => {
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.goto("/rapports?aract=demo-aract-ile-de-france");
  await expect(page.getByRole("heading", { level: 1, name: "Rapports de l'Aract Bretagne" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Le filtre « Aract » n'était pas valide : il a été ignoré.");
  await expect(page.getByLabel("Aract", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Par Aract" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Voir les clusters : Clusters menés" }).click();
  const clusters = page.getByRole("table", { name: "Clusters derrière l'indicateur « Clusters menés »" });
  await expect(clusters.getByRole("rowheader").first()).toBeVisible();
  await expect(clusters.getByRole("columnheader", { name: "Aract" })).toHaveCount(0);
  await expect(clusters).not.toContainText("Île-de-France");
  await expectAccessible(page);
});

/** The same page through the second app instance (scripts/e2e.ts), which shares the database. */
const onSecond = (path: string) => `${process.env.E2E_SECOND_URL}${path}`;

test("what the Aract records shows at once on its dashboard, through either app instance", async ({ page }) => {
  // Île-de-France: no other spec changes its records, so nothing else moves its figures while this runs.
  const cluster = "demo-cluster-idf-qvct-ehpad-2027";
  const company = await enrolOwnCompany(cluster);
  await signIn(page, "julien.roussel@idf.aract.fr");

  expect((await page.goto("/rapports"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Rapports de l'Aract Île-de-France" })).toBeVisible();
  const before = await figureValue(page, "Accords en préparation");
  expect(before).toBeGreaterThanOrEqual(0);
  await expectAccessible(page);
  // The second instance has read and kept the same figures.
  expect((await page.goto(onSecond("/rapports")))?.status()).toBe(200);
  expect(await figureValue(page, "Accords en préparation")).toBe(before);

  // An accord in preparation recorded through the app.
  await page.goto(`/clusters/${cluster}/resultats`);
  await page.getByRole("link", { name: `Enregistrer un résultat pour ${company}` }).click();
  await page.getByLabel("Accord", { exact: true }).check();
  await page.getByLabel("En préparation", { exact: true }).check();
  await page.getByLabel("Santé au travail", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer le résultat" }).click();
  await expect(page.getByRole("table", { name: "Résultats par entreprise" }).getByRole("row", { name: company })).toContainText(
    "En préparation",
  );

  await page.getByRole("link", { name: "Rapports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapports de l'Aract Île-de-France" })).toBeVisible();
  expect(await figureValue(page, "Accords en préparation")).toBe(before + 1);
  await page.reload();
  expect(await figureValue(page, "Accords en préparation")).toBe(before + 1);
  // Through the other instance, at the next request: nothing told it but the database.
  await page.goto(onSecond("/rapports"));
  expect(await figureValue(page, "Accords en préparation")).toBe(before + 1);
});

test("a pair member has no reports", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  await expect(page.getByRole("link", { name: "Rapports", exact: true })).toHaveCount(0);
  const response = await page.goto("/rapports");
  expect(response?.status()).toBe(404);
});
