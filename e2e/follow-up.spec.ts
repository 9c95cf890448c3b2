import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { enrolOwnCompany, expectAccessible, query, signIn } from "./support";

// Following a running cluster: support days, outcomes, evaluation and the funder workbook. Each test
// enrols a company of its own in the demo cluster, so that it changes no row another spec reads.

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const BASE = `/clusters/${CLUSTER}`;

async function logSupportDay(page: Page, company: string, durationDays: string) {
  await page.getByLabel("Entreprise", { exact: true }).selectOption({ label: company });
  await page.getByLabel("Durée en jours", { exact: true }).fill(durationDays);
  await page.getByLabel("Nature de l'appui", { exact: true }).selectOption({ label: "Appui au plan d'actions" });
  await page.getByRole("button", { name: "Enregistrer l'appui" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Appui enregistré." })).toBeVisible();
}

test("a chargée de mission logs support days, records an accord, evaluates a company and downloads the evidence", async ({
  page,
}) => {
  // Nine pages, each checked with axe: 1.5 to 1.6 minutes on 2 busy cores, as long as the other journeys.
  test.setTimeout(180_000);
  const company = await enrolOwnCompany(CLUSTER);
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");

  // Support days: planned versus delivered, then the warning once over plan.
  await page.goto(`${BASE}/appuis`);
  await expect(page.getByRole("heading", { level: 2, name: "Appuis individuels" })).toBeVisible();
  const row = page.getByRole("table", { name: "Prévu et délivré par entreprise" }).getByRole("row", { name: company });
  await expect(row.getByRole("cell")).toHaveText(["3 jours", "0 jour", "3 jours à délivrer"]);
  await expectAccessible(page);

  await logSupportDay(page, company, "2");
  await expect(row.getByRole("cell")).toHaveText(["3 jours", "2 jours", "1 jour à délivrer"]);
  await logSupportDay(page, company, "1.5");
  // The warning is an icon and words, not a colour.
  await expect(row.getByRole("cell")).toHaveText(["3 jours", "3,5 jours", /Attention : 0,5 jour au-delà du prévu$/]);
  const days = page.getByRole("table", { name: "Appuis enregistrés" });
  await expect(days.getByRole("row", { name: company })).toHaveCount(2);
  await expectAccessible(page);

  // A negative duration: the French message next to the field, nothing saved.
  await page.getByLabel("Entreprise", { exact: true }).selectOption({ label: company });
  await page.getByLabel("Durée en jours", { exact: true }).fill("-1");
  await page.getByRole("button", { name: "Enregistrer l'appui" }).click();
  await expect(page.getByLabel("Durée en jours", { exact: true })).toHaveAccessibleDescription(
    /La durée doit être positive : une demi-journée \(0,5\) au moins\./,
  );
  await expect(days.getByRole("row", { name: company })).toHaveCount(2);

  // An accord: the cluster's summary follows.
  await page.getByRole("navigation", { name: "Rubriques du cluster" }).getByRole("link", { name: "Résultats" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Bilan des résultats" });
  const before = await summary.getByRole("paragraph").textContent();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Enregistrer un résultat pour ${company}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Enregistrer un résultat" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Accord", { exact: true }).check();
  await page.getByLabel("Signé", { exact: true }).check();
  await page.getByLabel("Date de signature", { exact: true }).fill("2026-11-10");
  await page.getByLabel("Santé au travail", { exact: true }).check();
  await page.getByLabel("Contenu du travail", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer le résultat" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeVisible();
  await expect(summary.getByRole("paragraph")).not.toHaveText(before ?? "");
  await expect(summary.getByRole("paragraph")).toHaveText(/\d+ accords? signés?/);
  const outcome = page.getByRole("table", { name: "Résultats par entreprise" }).getByRole("row", { name: company });
  await expect(outcome).toContainText("Signé");
  await expect(outcome).toContainText("signé le 10 novembre 2026");
  await expectAccessible(page);

  // A deposit before the signature: refused with the French message, nothing saved.
  await outcome.getByRole("link", { name: /^Modifier le résultat de/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Modifier le résultat de ${company}` })).toBeVisible();
  await page.getByLabel("Déposé auprès de la DREETS", { exact: true }).check();
  await page.getByLabel("Date de dépôt auprès de la DREETS", { exact: true }).fill("2026-11-05");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  const deposit = page.getByLabel("Date de dépôt auprès de la DREETS", { exact: true });
  await expect(deposit).toHaveAttribute("aria-invalid", "true");
  await expect(deposit).toHaveAccessibleDescription(/La date de dépôt ne peut pas précéder la date de signature\./);
  await expectAccessible(page);
  const [stored] = await query<{ status: string }>(
    `SELECT o.status FROM "Outcome" o JOIN "Participation" p ON p.id = o."participationId" JOIN "Company" c ON c.id = p."companyId" WHERE c.name = $1`,
    [company],
  );
  expect(stored?.status).toBe("SIGNED");

  // The company's evaluation.
  await page.goto(`${BASE}/evaluation`);
  await expect(page.getByRole("heading", { level: 2, name: "Évaluation" })).toBeVisible();
  await expect(page.getByText("Cluster en cours")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Évaluer ${company}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Évaluation de ${company}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer l'évaluation" }).click();
  await expect(page.getByText("Saisissez ce qui a été fait.")).toBeVisible();
  await page
    .getByLabel("Ce qui a été fait", { exact: true })
    .fill("Pré-diagnostic, diagnostic partagé, trois jours et demi d'appui.");
  await page.getByLabel("4 – satisfait", { exact: true }).check();
  await page.getByLabel("Résultats", { exact: true }).fill("Accord QVCT signé le 10 novembre 2026.");
  await page.getByRole("button", { name: "Enregistrer l'évaluation" }).click();
  const evaluations = page.getByRole("table", { name: "Évaluations des entreprises" });
  await expect(evaluations.getByRole("row", { name: company })).toContainText("4 – satisfait");
  await expectAccessible(page);

  // The funder workbook: its five sheets, the new company and its support days.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exporter les justificatifs (XLSX)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^justificatifs-cluster-qvct-et-usure-professionnelle-pays-de-brest-2026-2027-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) ?? "");
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Cluster", "Entreprises", "Binômes et membres", "Présences", "Appuis"]);
  const column = (sheet: string, index: number) => workbook.getWorksheet(sheet)!.getColumn(index).values;
  expect(column("Entreprises", 1)).toContain(company);
  expect(column("Entreprises", 1)).toContain("Légumerie du Léon");
  const support = workbook
    .getWorksheet("Appuis")!
    .getSheetValues()
    .filter((r) => Array.isArray(r) && r[2] === company);
  expect(support.map((r) => (r as unknown[])[4]).sort()).toEqual([1.5, 2]);
});

test("the national team reads the follow-up tabs without editing and may download the evidence", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto(`${BASE}/resultats`);
  await expect(page.getByRole("heading", { level: 2, name: "Résultats" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Bilan des résultats" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Résultats par entreprise" }).getByRole("rowheader", { name: "Légumerie du Léon" }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /^(Enregistrer|Modifier)/ })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${BASE}/appuis`);
  await expect(page.getByRole("table", { name: "Prévu et délivré par entreprise" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer l'appui" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${BASE}/evaluation`);
  await expect(page.getByRole("heading", { level: 2, name: "Évaluation" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer l'évaluation" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.request.get(`${BASE}/export`)).status()).toBe(200);
  expect((await page.goto(`${BASE}/resultats/nouveau`))?.status()).toBe(404);
});

test("a company member cannot download the evidence", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  expect((await page.request.get(`${BASE}/export`)).status()).toBe(404);
  expect((await page.goto(`${BASE}/resultats`))?.status()).toBe(404);
  await expectAccessible(page);
});
