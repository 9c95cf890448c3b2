import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// Issue 10: the Bretagne administrator creates a regional programme and a partner of the directory; the
// chargée de mission runs a cluster under that programme with that partner; the national team reads the
// breakdown by programme. One journey in three sittings, in order.

// Each test visits many pages with an axe check on each: on a loaded machine, more than the default 90 s.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const run = Date.now().toString(36);
const CODE = `BZH-SENIORS-${run.toUpperCase()}`;
const PROGRAMME = `Seniors en Bretagne ${run}`;
const PARTNER = `Carsat Bretagne ${run}`;
const FORMER = `Agefos PME Bretagne ${run}`;
const CLUSTER = `Cluster seniors du Trégor ${run}`;

/** Set E2E_SCREENSHOTS to a folder to keep a picture of each page (for a visual review). */
async function shot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

test("the Aract administrator creates a regional programme with a funder", async ({ page }) => {
  await signIn(page, "yann.le-goff@bretagne.aract.fr");
  await page.goto("/administration/programmes");
  await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
  const table = page.getByRole("table", { name: "Programmes nationaux et programmes de l'Aract Bretagne" });
  await expect(table.getByRole("row", { name: /Clusters Égalité/ })).toContainText("Consultation seule");
  await expectAccessible(page);
  await shot(page, "programmes");

  await page.getByRole("link", { name: "Créer un programme régional" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Créer un programme régional" })).toBeVisible();
  await expectAccessible(page);
  // Submitted with mistakes: French messages next to the fields, nothing created.
  await page.getByLabel("Code", { exact: true }).fill("seniors bzh !");
  await page.getByLabel("Année de début", { exact: true }).fill("2029");
  await page.getByLabel("Année de fin", { exact: true }).fill("2027");
  await page.getByRole("button", { name: "Créer le programme" }).click();
  await expect(
    page.getByText("Lettres majuscules, chiffres, tirets et soulignés seulement, par exemple TEMPO-2026."),
  ).toBeVisible();
  await expect(page.getByText("Saisissez le nom du programme.")).toBeVisible();
  await expect(page.getByText("Choisissez au moins un thème.")).toBeVisible();
  await expect(page.getByText("L'année de fin ne peut pas précéder l'année de début.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "programme-nouveau-erreurs");

  await page.getByLabel("Code", { exact: true }).fill(CODE);
  await page.getByLabel("Nom du programme", { exact: true }).fill(PROGRAMME);
  await page
    .getByLabel("Présentation", { exact: true })
    .fill("Des clusters pour l'emploi des seniors dans les PME bretonnes.");
  await page.getByRole("group", { name: "Thèmes" }).getByLabel("Emploi des seniors", { exact: true }).check();
  await page.getByLabel("Année de début", { exact: true }).fill("2027");
  await page.getByLabel("Année de fin", { exact: true }).fill("2029");
  await page.getByLabel("Budget total (€)", { exact: true }).fill("80000");
  await page.getByRole("button", { name: "Ajouter un financeur" }).click();
  await page.getByLabel("Financeur 1", { exact: true }).fill("Région Bretagne");
  await page.getByLabel("Montant (€)", { exact: true }).fill("50000");
  await page.getByRole("button", { name: "Créer le programme" }).click();

  await expect(page).toHaveURL(/\/administration\/programmes$/);
  const row = page.getByRole("row", { name: new RegExp(PROGRAMME) });
  await expect(row).toContainText(CODE);
  await expect(row).toContainText("Régional");
  await expect(row).toContainText("2027 – 2029");
  await expect(row).toContainText("80 000 €");
  await expectAccessible(page);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Modifier « ${PROGRAMME} »` })).toBeVisible();
  await expect(page.getByLabel("Financeur 1", { exact: true })).toHaveValue("Région Bretagne");
  await expectAccessible(page);
  await shot(page, "programme-modifier");
});

test("the Aract administrator keeps the partners directory", async ({ page }) => {
  await signIn(page, "yann.le-goff@bretagne.aract.fr");
  await page.goto("/administration/partenaires");
  await expect(page.getByRole("heading", { level: 1, name: "Annuaire des partenaires" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ajouter à l'annuaire" }).click();
  await expect(page.getByText("Saisissez le nom du partenaire.")).toBeVisible();
  await page.getByLabel("Nom du partenaire", { exact: true }).fill(PARTNER);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Carsat / Cramif" });
  await page.getByLabel("Contact", { exact: true }).fill("Soizic Le Du");
  await page.getByLabel("Adresse e-mail", { exact: true }).fill("soizic.ledu@carsat-bretagne.fr");
  await page.getByLabel("Téléphone", { exact: true }).fill("02 99 12 34 56");
  await page.getByRole("button", { name: "Ajouter à l'annuaire" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${PARTNER} a été ajouté à l'annuaire.` })).toBeVisible();
  const partners = page.getByRole("table", { name: "Partenaires proposés dans le formulaire des clusters" });
  await expect(partners.getByRole("row", { name: new RegExp(PARTNER) })).toContainText("Soizic Le Du");
  await expect(page.getByLabel("Nom du partenaire", { exact: true })).toHaveValue("");
  await expectAccessible(page);

  // A former partner, archived: listed apart, no longer offered to the cluster form.
  await page.getByLabel("Nom du partenaire", { exact: true }).fill(FORMER);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Opérateur de compétences (OPCO)" });
  await page.getByRole("button", { name: "Ajouter à l'annuaire" }).click();
  await partners
    .getByRole("row", { name: new RegExp(FORMER) })
    .getByRole("button", { name: `Archiver ${FORMER}` })
    .click();
  const archived = page.getByRole("table", { name: "Partenaires archivés" });
  await expect(
    archived.getByRole("row", { name: new RegExp(FORMER) }).getByRole("button", { name: `Restaurer ${FORMER}` }),
  ).toBeVisible();
  await expect(partners.getByRole("row", { name: new RegExp(FORMER) })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "partenaires");
  await partners.getByRole("link", { name: PARTNER }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Modifier « ${PARTNER} »` })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "partenaire-modifier");
});

test("the chargée de mission creates a cluster under that programme, picking that partner from the directory", async ({
  page,
}) => {
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.goto("/clusters/nouveau");
  await expect(page.getByRole("heading", { level: 1, name: "Créer un cluster" })).toBeVisible();
  const programme = page.getByLabel("Programme", { exact: true });
  await expect(
    programme.locator("optgroup[label='Programmes nationaux'] option", { hasText: "Clusters Égalité" }),
  ).toHaveCount(1);
  await expect(
    programme.locator("optgroup[label='Programmes régionaux de votre Aract'] option", { hasText: PROGRAMME }),
  ).toHaveCount(1);
  await page.getByLabel("Nom du cluster", { exact: true }).fill(CLUSTER);
  await programme.selectOption({ label: PROGRAMME });
  await page.getByRole("group", { name: "Thèmes" }).getByLabel("Emploi des seniors", { exact: true }).check();
  await page.getByLabel("Territoire", { exact: true }).fill("Trégor (Côtes-d'Armor)");
  await page.getByLabel("Début", { exact: true }).fill("2027-01-11");
  await page.getByLabel("Fin", { exact: true }).fill("2027-10-29");
  await page.getByRole("button", { name: "Ajouter un partenaire" }).click();
  const directory = page.getByLabel("Annuaire de l'Aract (partenaire 1)", { exact: true });
  await expect(directory.locator("option", { hasText: FORMER })).toHaveCount(0);
  await directory.selectOption({ label: PARTNER });
  await expect(page.getByLabel("Partenaire 1", { exact: true })).toHaveValue(PARTNER);
  await expect(page.getByLabel("Type", { exact: true })).toHaveValue("CARSAT");
  await page.getByLabel("Son rôle", { exact: true }).fill("Appuis individuels sur la prévention de l'usure");
  await expectAccessible(page);
  await shot(page, "cluster-nouveau-annuaire");
  await page.getByRole("button", { name: "Créer le cluster" }).click();
  await expect(page.getByRole("heading", { level: 1, name: CLUSTER })).toBeVisible();
  await expectAccessible(page);

  // Launched, it counts in the reports.
  await page.getByRole("button", { name: "Ouvrir le recrutement" }).click();
  await page.getByRole("button", { name: "Confirmer : ouvrir le recrutement" }).click();
  await expect(page.getByRole("button", { name: "Démarrer le cluster" })).toBeVisible();

  const [saved] = await query<{ programme: string; partner: string | null; directory: string }>(
    `SELECT p.name AS programme, cp."partnerId" AS partner, d.id AS directory
     FROM "Cluster" c JOIN "Programme" p ON p.id = c."programmeId"
     JOIN "ClusterPartner" cp ON cp."clusterId" = c.id JOIN "Partner" d ON d.name = $2
     WHERE c.name = $1`,
    [CLUSTER, PARTNER],
  );
  expect(saved?.programme).toBe(PROGRAMME);
  expect(saved?.partner).toBe(saved?.directory);
});

test("the national team reads the breakdown by programme and drills down to the cluster", async ({ page }) => {
  await signIn(page, "claire.martin@anact.fr");
  await page.goto("/rapports");
  await expect(page.getByRole("heading", { level: 2, name: "Par programme" })).toBeVisible();
  const table = page.getByRole("table", { name: "Par programme : tous les chiffres" });
  await expect(table.getByRole("rowheader", { name: "Clusters Égalité", exact: true })).toBeVisible();
  await expect(table.getByRole("rowheader").last()).toHaveText("Sans programme");
  const row = table.getByRole("rowheader", { name: `${PROGRAMME} (Aract Bretagne)` });
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await shot(page, "rapports");

  await row.getByRole("link").click();
  await expect(page).toHaveURL(/programme=/);
  await expect(page.getByRole("table").getByRole("rowheader", { name: CLUSTER })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "rapports-clusters-programme");
});
