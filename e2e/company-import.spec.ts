import { expect, test } from "@playwright/test";
import { listGrid, xlsxOf } from "../tests/support/company-lists";
import { createOwnCluster, expectAccessible, query, signIn } from "./support";

const CHARGE = "gaelle.kerjean@bretagne.aract.fr";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("a chargée de mission imports 40 structures from an XLSX, after correcting the file, and importing it again changes nothing", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // SIRENs starting with 9 (the demo companies' start with 3 to 8), another series each run.
  const series = 50_000 + (Math.floor(Date.now() / 1000) % 9_999);
  const tag = `e2e${series}`;
  const clusterId = await createOwnCluster(CHARGE, `Cluster importé ${tag}`);
  const wrong = await xlsxOf(
    listGrid(series, 40, {
      tag,
      edit: (row, index) => {
        if (index === 3) row.siret = "123 456";
        if (index === 7) row.directionEmail = "pas-une-adresse";
      },
    }),
  );
  const right = await xlsxOf(listGrid(series, 40, { tag }));

  await signIn(page, CHARGE);
  await page.goto(`/clusters/${clusterId}/entreprises`);
  await page.getByRole("link", { name: "Importer une liste" }).click();
  await expect(page.getByRole("heading", { name: "Importer une liste de structures" })).toBeVisible();
  await expectAccessible(page);

  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: "classeur XLSX" }).click();
  expect((await template).suggestedFilename()).toBe("modele-import-structures.xlsx");

  // A file with two wrong rows: each cell's message, and no import.
  await page.getByLabel("Fichier CSV ou XLSX").setInputFiles({ name: "liste.xlsx", mimeType: XLSX, buffer: wrong });
  await expect(page.getByRole("heading", { name: "40 lignes lues" })).toBeVisible();
  const problems = page.getByRole("alert").filter({ hasText: "À corriger dans le fichier" });
  await expect(problems).toContainText("Ligne 5");
  await expect(problems).toContainText("SIRET (« 123 456 ») : Le SIRET compte 14 chiffres, sans lettre.");
  await expect(problems).toContainText("Ligne 9");
  await expect(problems).toContainText("Direction – e-mail (« pas-une-adresse »)");
  await expect(page.getByRole("button", { name: "Importer 38 structures avec leur binôme" })).toBeDisabled();
  await expectAccessible(page);

  // The corrected file: 40 new structures, imported with their pairs.
  await page.getByLabel("Fichier CSV ou XLSX").setInputFiles({ name: "liste-corrigee.xlsx", mimeType: XLSX, buffer: right });
  await expect(page.getByText("40 nouvelles structures")).toBeVisible();
  await expect(page.getByRole("table", { name: "Aperçu de l'import" }).getByRole("row")).toHaveCount(41);
  await page.getByRole("button", { name: "Importer 40 structures avec leur binôme" }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${clusterId}/entreprises\\?importees=40`));
  await expect(page.getByRole("status").filter({ hasText: "Liste importée" })).toContainText(
    "40 structures inscrites avec leur binôme, dont 40 nouvelles pour l'Aract.",
  );
  await expect(page.getByText("40 entreprises engagées")).toBeVisible();
  await expectAccessible(page);
  const [seats] = await query<{ count: string }>(
    `SELECT count(*) FROM "Participation" p JOIN "PairMember" m ON m."participationId" = p.id WHERE p."clusterId" = $1`,
    [clusterId],
  );
  expect(Number(seats!.count)).toBe(80);

  // The 80 pair members invited at once.
  await page.getByRole("button", { name: "Inviter 80 membres de binôme pas encore invités" }).click();
  await page.getByRole("button", { name: "Envoyer 80 invitations" }).click();
  // 80 invitations (an account, a link and an e-mail each) in one transaction: seconds on a loaded machine.
  await expect(page.getByText(/^invité·e le /)).toHaveCount(80, { timeout: 60_000 });
  await expect(page.getByRole("button", { name: /pas encore invités/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(`cse.${tag}.40@exemple.fr`)}`);
  await expect(page.getByRole("heading", { name: `Aract Bretagne : invitation au Cluster importé ${tag}` })).toBeVisible();
  await page.goto(`/clusters/${clusterId}/entreprises`);

  // The same file again: every structure is recognised by its SIRET, nothing to import.
  await page.getByRole("link", { name: "Importer une liste" }).click();
  await page.getByLabel("Fichier CSV ou XLSX").setInputFiles({ name: "liste-corrigee.xlsx", mimeType: XLSX, buffer: right });
  await expect(page.getByText("40 déjà dans le cluster (inchangées)")).toBeVisible();
  await expect(page.getByText("Rien à importer")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importer/ })).toBeDisabled();
  await expectAccessible(page);
});
