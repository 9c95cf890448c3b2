import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const CLUSTER_NAME = "Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027";

/** The Luhn check digit that makes 13 digits a valid SIRET. */
function withCheckDigit(first13: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${first13}${check}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}

/** A SIREN starting with 9 (the demo companies' start with 3 to 8), unique per run, and its first establishment. */
function uniqueSiret(): string {
  const siren = `9${String(Date.now()).slice(-6)}${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
  return withCheckDigit(`${siren}0001`);
}

const spaced = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

async function fillPerson(page: Page, side: "Direction" | "Représentant·e du personnel", person: string[]) {
  const [firstName, lastName, jobTitle, email] = person;
  const group = page.getByRole("group", { name: side, exact: true });
  await group.getByLabel("Prénom", { exact: true }).fill(firstName!);
  await group.getByLabel("Nom", { exact: true }).fill(lastName!);
  await group.getByLabel("Fonction", { exact: true }).fill(jobTitle!);
  await group.getByLabel("Adresse e-mail", { exact: true }).fill(email!);
}

async function fillNewCompany(page: Page, name: string, siret: string) {
  const company = page.getByRole("group", { name: "Nouvelle structure" });
  await company.getByLabel("Nom de la structure", { exact: true }).fill(name);
  await company.getByLabel("SIRET", { exact: true }).fill(siret);
  await company.getByLabel("Code NAF", { exact: true }).fill("10.72Z");
  await company.getByLabel("Effectif", { exact: true }).fill("48");
  await company.getByLabel("Ville", { exact: true }).fill("Brest");
  await company.getByLabel("Code postal", { exact: true }).fill("29200");
}

test("a chargée de mission enrols a company with its pair, invites it, records its pre-diagnostic and withdraws it", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const name = `Biscuiterie de l'Iroise ${stamp}`;
  const siret = uniqueSiret();
  const directionEmail = `nolwenn.${stamp}@biscuiterie-iroise.fr`;
  const direction = ["Nolwenn", `Le Gall ${stamp}`, "Directrice générale", directionEmail];
  const staffRepresentative = ["Erwan", `Morvan ${stamp}`, "Secrétaire du CSE", ""];

  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.goto(`/clusters/${CLUSTER}/entreprises`);
  await expect(page.getByRole("heading", { level: 2, name: "Entreprises" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Entreprises du cluster, avec leur binôme" })).toContainText("Légumerie du Léon");
  await expectAccessible(page);

  await test.step("enrol a new company with its pair", async () => {
    await page.getByRole("link", { name: "Inscrire une entreprise" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Inscrire une entreprise" })).toBeVisible();
    await expectAccessible(page);
    await fillNewCompany(page, name, spaced(siret));
    await fillPerson(page, "Direction", direction);
    await fillPerson(page, "Représentant·e du personnel", staffRepresentative);
    await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(page.getByText("Entreprise inscrite", { exact: true })).toBeVisible();
    await expect(page.getByText(spaced(siret))).toBeVisible();
    await expectAccessible(page);
  });
  const companyUrl = page.url().replace(/\?.*$/, "");

  await test.step("see it listed with its pair", async () => {
    await page.getByRole("link", { name: "← Entreprises du cluster" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(`SIRET ${spaced(siret)}`);
    await expect(row).toContainText("Inscrite");
    await expect(row).toContainText(`Nolwenn Le Gall ${stamp}`);
    await expect(row).toContainText("pas encore invité·e");
    await expect(row).toContainText("pas d'adresse");
    await expectAccessible(page);
  });

  await test.step("enrolling it twice is refused, whether typed again or picked", async () => {
    await page.getByRole("link", { name: "Inscrire une entreprise" }).click();
    await fillNewCompany(page, name, siret);
    await fillPerson(page, "Direction", direction);
    await fillPerson(page, "Représentant·e du personnel", staffRepresentative);
    await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
    const duplicate = `Cette entreprise (${name}, même SIRET) est déjà inscrite dans ce cluster.`;
    const siretField = page.getByLabel("SIRET", { exact: true });
    await expect(siretField).toHaveAttribute("aria-invalid", "true");
    await expect(siretField).toHaveAccessibleDescription(new RegExp(duplicate.replace(/[()]/g, "\\$&")));
    await expect(page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Nom ou SIRET de l'entreprise").fill(siret.slice(0, 9));
    await page.getByRole("button", { name: "Rechercher" }).click();
    const found = page.getByRole("list", { name: "Entreprises trouvées" }).getByRole("listitem").filter({ hasText: name });
    await expect(found).toContainText("Déjà inscrite dans ce cluster");
    await expectAccessible(page);
    const [company] = await query<{ id: string }>(`SELECT id FROM "Company" WHERE siret = $1`, [siret]);
    await page.goto(`/clusters/${CLUSTER}/entreprises/inscrire?entreprise=${company!.id}`);
    await expect(page.getByText("Structure choisie", { exact: true })).toBeVisible();
    await fillPerson(page, "Direction", direction);
    await fillPerson(page, "Représentant·e du personnel", staffRepresentative);
    await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
    await expect(page.locator("#company-id-error")).toHaveText("Cette entreprise est déjà inscrite dans ce cluster.");
    const participations = await query<{ id: string }>(`SELECT id FROM "Participation" WHERE "companyId" = $1`, [company!.id]);
    expect(participations).toHaveLength(1);
  });

  await test.step("invite the direction and read the invitation", async () => {
    await page.goto(companyUrl);
    await page.getByRole("button", { name: `Inviter Nolwenn Le Gall ${stamp}` }).click();
    await expect(page.getByText(`Invitation envoyée à ${directionEmail}.`)).toBeVisible();
    await expect(page.getByRole("button", { name: `Renvoyer l'invitation Nolwenn Le Gall ${stamp}` })).toBeVisible();
    await expect(page.getByText(/invité·e le/)).toBeVisible();
    await expect(page.getByText("Sans adresse e-mail, cette personne ne peut pas être invitée.")).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/boite-d-envoi?a=${encodeURIComponent(directionEmail)}`);
    await expect(page.getByRole("heading", { name: `Aract Bretagne : invitation au ${CLUSTER_NAME}` })).toBeVisible();
    await expect(page.getByText(new RegExp(`vous invite .* de ${name}, inscrite au`))).toBeVisible();
    const link = page.getByRole("link", { name: /\/connexion\/confirmer\?/ });
    expect(await link.getAttribute("href")).toMatch(/\/connexion\/confirmer\?.*token=/);
    await expectAccessible(page);
  });

  const findings = `Manutention des sacs de farine et travail de nuit au four (${stamp}).`;
  const project = "Réduire les manutentions au pétrissage";
  await test.step("record the pre-diagnostic and see it in the Diagnostics tab", async () => {
    await page.goto(companyUrl);
    await page.getByLabel("Date du pré-diagnostic", { exact: true }).fill("2026-06-20");
    await page.getByLabel("Constats", { exact: true }).fill(findings);
    await page.getByLabel("Projet choisi par l'entreprise", { exact: true }).fill(project);
    await page.getByRole("button", { name: "Enregistrer le pré-diagnostic" }).click();
    await expect(page.getByText("Pré-diagnostic enregistré.", { exact: true })).toBeVisible();
    await expect(page.locator("dd", { hasText: findings })).toBeVisible();
    await expect(page.locator("dd", { hasText: "20 juin 2026" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Rubriques du cluster" }).getByRole("link", { name: "Diagnostics" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Diagnostics" })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(project);
    await expect(row).toContainText("20 juin 2026");
    await expectAccessible(page);
  });

  await test.step("withdraw the company with a reason", async () => {
    await page.goto(companyUrl);
    await page.getByRole("button", { name: "Retirer l'entreprise" }).click();
    await expect(page.getByText("Saisissez le motif du retrait.")).toBeVisible();
    const reason = "Rachat par un groupe : projet suspendu";
    await page.getByLabel("Motif du retrait", { exact: true }).fill(reason);
    await page.getByRole("button", { name: "Retirer l'entreprise" }).click();
    await expect(page.getByText("Entreprise retirée du cluster", { exact: true })).toBeVisible();
    await expect(page.getByText("Retirée", { exact: true })).toBeVisible();
    await expect(page.getByText("Inscrite → Retirée")).toBeVisible();
    await expect(page.getByText(`Motif : ${reason}`).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Inviter|Renvoyer/ })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "← Entreprises du cluster" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Retirée");
    await expect(row).toContainText(`Motif : ${reason}`);
    await expectAccessible(page);
  });
});
