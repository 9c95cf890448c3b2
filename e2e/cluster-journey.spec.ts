import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { withSiretCheckDigit } from "../src/lib/companies/siret";
import { expectAccessible, signIn } from "./support";

// The whole journey, in one sitting: a chargée de mission runs a new cluster without a spreadsheet.

const run = Date.now().toString(36);
const CLUSTER = `Cluster égalité de Cornouaille ${run}`;
const COMPANIES = [
  { name: `Crêperie Glazik ${run}`, headcount: "35", direction: ["Anne", "Tanguy"], staff: ["Loic", "Morvan"] },
  { name: `Transports Odet ${run}`, headcount: "120", direction: ["Paul", "Riou"], staff: ["Lena", "Caradec"] },
];

const tab = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Rubriques du cluster" }).getByRole("link", { name }).click();

async function confirmMove(page: Page, label: string) {
  await page.getByRole("button", { name: label }).click();
  await page.getByRole("button", { name: `Confirmer : ${label.toLowerCase()}` }).click();
}

async function enrol(page: Page, company: (typeof COMPANIES)[number], index: number) {
  await tab(page, "Entreprises");
  await page.getByRole("link", { name: "Inscrire une entreprise" }).click();
  const fields = page.getByRole("group", { name: "Nouvelle structure" });
  const siret = withSiretCheckDigit(`8${String(Date.now()).slice(-8)}${index}001`.slice(0, 13));
  await fields.getByLabel("Nom de la structure", { exact: true }).fill(company.name);
  await fields.getByLabel("SIRET", { exact: true }).fill(siret);
  await fields.getByLabel("Code NAF", { exact: true }).fill("56.10A");
  await fields.getByLabel("Effectif", { exact: true }).fill(company.headcount);
  await fields.getByLabel("Ville", { exact: true }).fill("Quimper");
  await fields.getByLabel("Code postal", { exact: true }).fill("29000");
  for (const [side, [first, last]] of [
    ["Direction", company.direction],
    ["Représentant·e du personnel", company.staff],
  ] as const) {
    const group = page.getByRole("group", { name: side, exact: true });
    await group.getByLabel("Prénom", { exact: true }).fill(first!);
    await group.getByLabel("Nom", { exact: true }).fill(last!);
    await group.getByLabel("Fonction", { exact: true }).fill(side === "Direction" ? "Gérant·e" : "Élu·e du CSE");
    await group.getByLabel("Adresse e-mail", { exact: true }).fill(`${first!.toLowerCase()}.${run}@exemple.fr`);
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
  await expect(page.getByRole("heading", { level: 2, name: company.name })).toBeVisible();
}

async function planSession(page: Page, title: string, date: string, slot: "Matin" | "Après-midi") {
  await tab(page, "Séances collectives");
  await page.getByRole("link", { name: "Planifier une séance" }).click();
  await page.getByLabel("Titre de la séance", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel(slot === "Matin" ? "Matin (9 h – 12 h 30)" : "Après-midi (14 h – 17 h 30)", { exact: true }).check();
  await page.getByLabel("Lieu", { exact: true }).fill("Quimper, CCI");
  await page.getByRole("button", { name: "Planifier la séance" }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

test("a chargée de mission runs a cluster end to end in the browser", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");

  await test.step("create the cluster and open its recruitment", async () => {
    await page.goto("/clusters/nouveau");
    await page.getByLabel("Nom du cluster", { exact: true }).fill(CLUSTER);
    await page.getByRole("group", { name: "Thèmes" }).getByLabel("Égalité professionnelle").check();
    await page.getByLabel("Territoire", { exact: true }).fill("Cornouaille (Finistère)");
    await page.getByLabel("Début", { exact: true }).fill("2026-09-01");
    await page.getByLabel("Fin", { exact: true }).fill("2027-06-30");
    await page.getByRole("button", { name: "Créer le cluster" }).click();
    await expect(page.getByRole("heading", { level: 1, name: CLUSTER })).toBeVisible();
    await confirmMove(page, "Ouvrir le recrutement");
    await expect(page.getByRole("button", { name: "Démarrer le cluster" })).toBeVisible();
  });

  await test.step("enrol two companies with their pairs, then start", async () => {
    for (const [index, company] of COMPANIES.entries()) await enrol(page, company, index);
    await tab(page, "Entreprises");
    const table = page.getByRole("table", { name: "Entreprises du cluster, avec leur binôme" });
    for (const company of COMPANIES) await expect(table).toContainText(company.name);
    await expectAccessible(page);
    await confirmMove(page, "Démarrer le cluster");
    await expect(page.getByRole("button", { name: "Clôturer le cluster" })).toBeVisible();
  });

  await test.step("plan two sessions and record attendance", async () => {
    await planSession(page, "Lancement du cluster", "2026-11-17", "Matin");
    await planSession(page, "Les écarts de situation femmes-hommes", "2027-01-12", "Après-midi");
    await tab(page, "Séances collectives");
    const sessions = page.getByRole("table", { name: "Séances collectives du cluster, par date" });
    // Past but without attendance yet: not shown as held.
    await expect(sessions.getByRole("row", { name: /Lancement du cluster/ })).toContainText("Présences à saisir");
    await expect(sessions.getByRole("row", { name: /Les écarts de situation/ })).toContainText("À venir");
    await sessions.getByRole("link", { name: "Lancement du cluster" }).click();
    await page.getByRole("link", { name: "Saisir les présences" }).click();
    await page.getByRole("group", { name: /TANGUY Anne/ }).getByLabel("Présent·e").check();
    await page.getByRole("group", { name: /MORVAN Loic/ }).getByLabel("Présent·e").check();
    await page.getByRole("group", { name: /RIOU Paul/ }).getByLabel("Excusé·e").check();
    await page.getByRole("group", { name: /CARADEC Lena/ }).getByLabel("Présent·e").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer les présences" }).click();
    await expect(page.getByText("75 %").first()).toBeVisible();
  });

  await test.step("download the attendance sheet with every participant", async () => {
    await page.getByRole("link", { name: "← La séance" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Lancement du cluster/ })).toContainText("Tenue");
    const [sheet] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" }).click(),
    ]);
    const bytes = new Uint8Array(await (await sheet.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    for (const name of ["TANGUY Anne", "MORVAN Loic", "RIOU Paul", "CARADEC Lena", "Lancement du cluster"]) {
      expect(text).toContain(name);
    }
  });

  await test.step("plan a whole day by video, record its attendance: it counts two half-days", async () => {
    await tab(page, "Séances collectives");
    await page.getByRole("link", { name: "Planifier une séance" }).click();
    await page.getByLabel("Titre de la séance", { exact: true }).fill("Journée d'échanges");
    await page.getByLabel("Date", { exact: true }).fill("2026-11-24");
    await page.getByLabel("Horaires précis", { exact: true }).check();
    await expect(page.getByLabel("Heure de début", { exact: true })).toBeVisible();
    await page.getByLabel("Journée entière (9 h – 17 h 30)", { exact: true }).check();
    await page.getByLabel("Lieu", { exact: true }).fill("En visioconférence");
    await page.getByLabel("Lien de la visioconférence (facultatif)", { exact: true }).fill("http://visio.exemple.fr/cornouaille");
    await page.getByRole("button", { name: "Planifier la séance" }).click();
    await expect(page.getByText("Saisissez le lien complet de la visioconférence, commençant par https://.")).toBeVisible();
    await page.getByLabel("Lien de la visioconférence (facultatif)", { exact: true }).fill("https://visio.exemple.fr/cornouaille");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Planifier la séance" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Journée d'échanges/ })).toBeVisible();
    await expect(page.getByText("Journée entière, 9 h – 17 h 30")).toBeVisible();
    await expect(page.getByRole("link", { name: "Rejoindre la visioconférence" })).toHaveAttribute("href", "https://visio.exemple.fr/cornouaille");
    await page.getByRole("link", { name: "Saisir les présences" }).click();
    await page.getByRole("group", { name: /TANGUY Anne/ }).getByLabel("Présent·e").check();
    await page.getByRole("button", { name: "Enregistrer les présences" }).click();
    await expect(page.getByText("100 %").first()).toBeVisible();
    await tab(page, "Séances collectives");
    // The launch morning and this whole day are held: three half-days out of the four planned.
    await expect(page.getByText(/4 demi-journées planifiées sur \d+ prévues?, dont 3 tenues\./)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("log a support day", async () => {
    await tab(page, "Appuis individuels");
    await page.getByLabel("Entreprise", { exact: true }).selectOption({ label: COMPANIES[0]!.name });
    await page.getByLabel("Durée en jours", { exact: true }).fill("1");
    await page.getByLabel("Nature de l'appui", { exact: true }).selectOption({ label: "Diagnostic" });
    await page.getByRole("button", { name: "Enregistrer l'appui" }).click();
    const row = page.getByRole("table", { name: "Prévu et délivré par entreprise" }).getByRole("row", { name: COMPANIES[0]!.name });
    await expect(row.getByRole("cell")).toHaveText(["3 jours", "1 jour", "2 jours à délivrer"]);
    await expectAccessible(page);
  });

  await test.step("record an accord and read the outcome summary", async () => {
    await tab(page, "Résultats");
    await expect(page.getByRole("region", { name: "Bilan des résultats" })).toContainText(/aucun résultat enregistré/i);
    await page.getByRole("link", { name: `Enregistrer un résultat pour ${COMPANIES[1]!.name}` }).click();
    await page.getByLabel("Accord", { exact: true }).check();
    await page.getByLabel("Signé", { exact: true }).check();
    await page.getByLabel("Date de signature", { exact: true }).fill("2026-11-20");
    for (const domain of ["Embauche", "Rémunération effective", "Conditions de travail"]) {
      await page.getByLabel(domain, { exact: true }).check();
    }
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer le résultat" }).click();
    await expect(page.getByRole("region", { name: "Bilan des résultats" })).toContainText("1 accord signé");
    await expectAccessible(page);
  });

  await test.step("finish a company's journey, then reopen it with a reason", async () => {
    await tab(page, "Entreprises");
    // The company's link in the companies' table, once that tab is shown (the outcomes tab names it too).
    await page.getByRole("table", { name: "Entreprises du cluster, avec leur binôme" }).getByRole("link", { name: COMPANIES[0]!.name }).click();
    await expect(page.getByRole("heading", { level: 2, name: COMPANIES[0]!.name })).toBeVisible();
    await expectAccessible(page);
    await confirmMove(page, "Terminer le parcours");
    await expect(page.getByText("Parcours terminé", { exact: true }).first()).toBeVisible();
    await page.getByLabel("Motif de la réouverture", { exact: true }).fill("Plan d'action encore à finaliser.");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Rouvrir le parcours" }).click();
    const history = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { level: 3, name: "Historique de la participation" }) });
    await expect(history).toContainText("Parcours terminé → Inscrite");
    await expect(history).toContainText("Motif : Plan d'action encore à finaliser.");
  });

  await test.step("close the cluster, finishing every enrolled company's journey, which the dashboard counts", async () => {
    await page.getByRole("button", { name: "Clôturer le cluster" }).click();
    const choice = page.getByLabel(/Terminer aussi le parcours des 2 entreprises inscrites/);
    await expect(choice).toBeChecked();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirmer : clôturer le cluster" }).click();
    await expect(page.getByRole("button", { name: "Déclarer le cluster évalué" })).toBeVisible();
    await tab(page, "Entreprises");
    const table = page.getByRole("table", { name: "Entreprises du cluster, avec leur binôme" });
    for (const company of COMPANIES) await expect(table.getByRole("row", { name: company.name })).toContainText("Parcours terminé");
    await page.getByRole("link", { name: "Rapports", exact: true }).click();
    const finished = page.getByRole("listitem").filter({ has: page.getByText("Parcours terminés", { exact: true }) });
    expect(Number((await finished.getByRole("paragraph").first().textContent())?.replace(/\s/g, ""))).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
  });
});
