import { expect, test } from "@playwright/test";
import { listGrid, xlsxOf } from "../tests/support/company-lists";
import { createOwnCluster, expectAccessible, query, signIn } from "./support";

const CHARGE = "gaelle.kerjean@bretagne.aract.fr";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("a chargée de mission imports 40 structures from an XLSX (corrected, then again: nothing changes), adds a référente, holds a whole day; the national report counts them", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
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
  await page.getByRole("button", { name: "Inviter 80 personnes pas encore invitées" }).click();
  await page.getByRole("button", { name: "Envoyer 80 invitations" }).click();
  // 80 invitations (an account, a link and an e-mail each) in one transaction: seconds on a loaded machine.
  await expect(page.getByText(/^invité·e le /)).toHaveCount(80, { timeout: 60_000 });
  await expect(page.getByRole("button", { name: /pas encore invitée/ })).toHaveCount(0);
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

  // Beyond the pair: a référente prévention of the first structure, on its steering committee, invited.
  const company = `Structure ${tag} n° 1`;
  const referente = `Gwenaëlle Le Floch ${tag}`;
  await page.goto(`/clusters/${clusterId}/entreprises`);
  await page.getByRole("link", { name: company, exact: true }).click();
  await page.getByRole("button", { name: "Ajouter un membre" }).click();
  await page.getByRole("button", { name: "Ajouter ce membre" }).click();
  await expect(page.getByText("Choisissez le rôle de cette personne.")).toBeVisible();
  await page.getByLabel("Rôle dans la démarche").selectOption({ label: "Référent·e prévention" });
  const person = page.getByRole("group", { name: "La personne" });
  await person.getByLabel("Prénom", { exact: true }).fill("Gwenaëlle");
  await person.getByLabel("Nom", { exact: true }).fill(`Le Floch ${tag}`);
  await person.getByLabel("Fonction", { exact: true }).fill("Animatrice sécurité");
  await person.getByLabel("Adresse e-mail", { exact: true }).fill(`referente.${tag}@exemple.fr`);
  await page.getByLabel("Siège au comité de pilotage de l'entreprise").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ajouter ce membre" }).click();
  const members = page.locator("section").filter({ has: page.getByRole("heading", { name: "Autres membres de l'entreprise" }) });
  await expect(members.getByRole("listitem").filter({ hasText: "Référent·e prévention" })).toContainText(referente);
  await expect(page.getByRole("checkbox", { name: new RegExp(referente) })).toBeChecked();
  await members.getByRole("button", { name: `Inviter ${referente}` }).click();
  await expect(members.getByText(`Invitation envoyée à referente.${tag}@exemple.fr`)).toBeVisible();
  await expectAccessible(page);

  // A whole day, already held (the cluster started in November, straight in the database), with her attendance.
  await query(`UPDATE "Cluster" SET "startDate" = '2026-11-02', status = 'RUNNING' WHERE id = $1`, [clusterId]);
  await page.goto(`/clusters/${clusterId}/seances`);
  await page.getByRole("link", { name: "Planifier une séance" }).click();
  await page.getByLabel("Titre de la séance", { exact: true }).fill("Journée de lancement");
  await page.getByLabel("Date", { exact: true }).fill("2026-11-24");
  await page.getByLabel("Journée entière (9 h – 17 h 30)", { exact: true }).check();
  await page.getByLabel("Lieu", { exact: true }).fill("Brest, maison des entreprises");
  await page.getByRole("button", { name: "Planifier la séance" }).click();
  await expect(page.getByText("Journée entière, 9 h – 17 h 30")).toBeVisible();
  await page.getByRole("link", { name: "Saisir les présences" }).click();
  await page
    .getByRole("group", { name: new RegExp(`LE FLOCH ${tag.toUpperCase()} Gwenaëlle – Référent·e prévention`) })
    .getByLabel("Présent·e")
    .check();
  await page.getByRole("group", { name: /^DIRECTION 1 Claire/ }).getByLabel("Présent·e").check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(page.getByText("Présences enregistrées", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The national team: the 40 structures, the whole day as two half-days, 81 people associated.
  const [bretagne] = await query<{ aractId: string }>(`SELECT "aractId" FROM "Cluster" WHERE id = $1`, [clusterId]);
  const context = await browser.newContext();
  const national = await context.newPage();
  await signIn(national, "claire.martin@anact.fr");
  const figureOf = async (figure: string, label: string) => {
    await national.goto(`/rapports/clusters?indicateur=${figure}&aract=${bretagne!.aractId}&de=2026`);
    await expect(national.getByRole("heading", { level: 1, name: label })).toBeVisible();
    const row = national.getByRole("row", { name: new RegExp(`Cluster importé ${tag}`) });
    await expectAccessible(national);
    return row.getByRole("cell");
  };
  const held = await figureOf("sessionsHeld", "Demi-journées collectives tenues");
  await expect(held.nth(-2)).toHaveText("40");
  await expect(held.nth(-1)).toHaveText("2");
  await expect((await figureOf("people", "Personnes associées")).nth(-1)).toHaveText("81");
  await context.close();
});
