import { expect, test } from "@playwright/test";
import { createOwnCluster, enrolOwnCompany, expectAccessible, followLink, query, signIn } from "./support";

const CLUSTER_2014 = "demo-cluster-bretagne-egalite-2014";
const CONSERVERIE_2014 = "demo-participation-bretagne-egalite-2014-conserverie-armor";
const MARIE = "marie.le-bihan@conserverie-armor.fr";

const dayInFrance = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(date);
const longDate = (day: string) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
/** Six months after `day`, on the last day of a shorter month. */
function sixMonthsAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month + 6, 0)).getUTCDate();
  return new Date(Date.UTC(year, month + 5, Math.min(date, last))).toISOString().slice(0, 10);
}

test("closing a cluster schedules each company's follow-up six months later", async ({ browser }) => {
  const clusterId = await createOwnCluster("gaelle.kerjean@bretagne.aract.fr", "Cluster clôturé pour le suivi");
  await query(`UPDATE "Cluster" SET status = 'RUNNING' WHERE id = $1`, [clusterId]);
  const company = await enrolOwnCompany(clusterId);

  const gaelle = await (await browser.newContext()).newPage();
  await signIn(gaelle, "gaelle.kerjean@bretagne.aract.fr");
  await gaelle.goto(`/clusters/${clusterId}`);
  await gaelle.getByRole("button", { name: "Clôturer le cluster" }).click();
  await expect(gaelle.getByText(/chaque binôme reçoit le questionnaire de suivi/)).toBeVisible();
  await gaelle.getByRole("button", { name: "Confirmer : clôturer le cluster" }).click();
  await expect(gaelle.getByRole("button", { name: "Déclarer le cluster évalué" })).toBeVisible();

  const due = longDate(sixMonthsAfter(dayInFrance(new Date())));
  await gaelle.getByRole("link", { name: "Résultats", exact: true }).click();
  const followUps = gaelle.getByRole("table", { name: "Suivi des entreprises après le cluster" });
  await expect(followUps.getByRole("row", { name: new RegExp(company) })).toContainText(`${due}Prévu`);
  await expectAccessible(gaelle);
  await followUps.getByRole("link", { name: company }).click();
  await expect(gaelle.getByRole("heading", { level: 2, name: `Suivi : ${company}` })).toBeVisible();
  await expect(gaelle.getByText(`Le questionnaire de suivi s'ouvre le ${due}.`)).toBeVisible();
  await expectAccessible(gaelle);

  // The company asked to be followed up a month later: the date moves, before any e-mail went.
  const later = sixMonthsAfter(dayInFrance(new Date(Date.now() + 31 * 24 * 3600 * 1000)));
  await gaelle.getByLabel("Ouvrir le questionnaire le").fill(later);
  await gaelle.getByRole("button", { name: "Changer la date" }).click();
  await expect(gaelle.getByText(`Le questionnaire de suivi s'ouvre le ${longDate(later)}.`)).toBeVisible();
  await expectAccessible(gaelle);
});

test("the pair answers the follow-up after its e-mail and updates its indicators, which the national report counts", async ({ browser }) => {
  test.setTimeout(120_000);
  // A run of this spec starts from the Conserverie's follow-up due today, not answered, nothing sent, and
  // its indicators of 2014 taken at entry only (the other 20 companies keep theirs).
  const today = dayInFrance(new Date());
  await query(
    `UPDATE "FollowUp" SET "dueOn" = $2::date, "submittedAt" = NULL, "submittedById" = NULL, "actionsCarriedOut" = NULL,
       changes = NULL, satisfaction = NULL WHERE "participationId" = $1`,
    [CONSERVERIE_2014, today],
  );
  await query(`DELETE FROM "FollowUpMessage" WHERE "followUpId" IN (SELECT id FROM "FollowUp" WHERE "participationId" = $1)`, [CONSERVERIE_2014]);
  await query(`DELETE FROM "CompanyIndicators" WHERE "participationId" = $1 AND stage <> 'ENTRY'`, [CONSERVERIE_2014]);

  const claire = await (await browser.newContext()).newPage();
  await signIn(claire, "claire.martin@anact.fr");
  const byTheme = claire.getByRole("table", { name: "Évolution médiane des indicateurs, par thème" });
  await claire.goto("/rapports?de=2014&a=2014");
  await expect(byTheme.getByRole("row", { name: /Égalité professionnelle/ })).toContainText("-1,8 point20 entr.");

  // The schedule sends the e-mail of the day (every two seconds in these tests): the pair's link opens the questionnaire.
  const marie = await (await browser.newContext()).newPage();
  const mail = marie.getByRole("link", { name: new RegExp(`/connexion/confirmer\\?.*${encodeURIComponent(`/suivi/${CONSERVERIE_2014}`)}`) });
  await expect
    .poll(
      async () => {
        await marie.goto(`/boite-d-envoi?a=${encodeURIComponent(MARIE)}`);
        return mail.count();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await expect(marie.getByText("Le suivi de Conserverie d'Armor, après le « Clusters Égalité Bretagne 2014 »").first()).toBeVisible();
  await expectAccessible(marie);
  await followLink(marie, (await mail.first().getAttribute("href")) ?? "");
  await expect(marie).toHaveURL(new RegExp(`/clusters/${CLUSTER_2014}/suivi/${CONSERVERIE_2014}$`));
  await expect(marie.getByRole("heading", { level: 2, name: "Suivi : Conserverie d'Armor" })).toBeVisible();
  await expect(marie.getByText(/envoyé le .* à 1 personne|envoyé le .* à 2 personnes/)).toBeVisible();
  await expectAccessible(marie);

  // The questionnaire: the accord signed in 2014 stays as it is; the answers are asked for in French.
  await marie.getByRole("button", { name: "Envoyer les réponses" }).click();
  await expect(marie.getByText("Saisissez les actions menées depuis la fin du cluster.")).toBeVisible();
  await expectAccessible(marie);
  await marie.getByLabel("Les actions menées depuis la fin du cluster").fill("Commission de suivi de l'accord chaque trimestre ; recrutement mixte sur les lignes.");
  await marie.getByLabel("Ce que le cluster a changé dans l'entreprise").fill("Les écarts sont suivis avec le CSE ; les horaires des lignes ont été revus.");
  await marie.getByLabel("5 – très satisfait").check();
  await marie.getByRole("button", { name: "Envoyer les réponses" }).click();
  await expect(marie.getByRole("status").filter({ hasText: "Réponses enregistrées" })).toBeVisible();
  await expect(marie.getByRole("button", { name: "Mettre à jour les réponses" })).toBeVisible();
  await expectAccessible(marie);

  // Then the indicators at the follow-up, from the same page.
  await marie.getByRole("link", { name: "Mettre à jour les indicateurs au suivi" }).click();
  await expect(marie).toHaveURL(/etape=suivi/);
  await expect(marie.getByRole("button", { name: "Enregistrer les indicateurs (au suivi)" })).toBeVisible();
  await marie.getByLabel("Date des chiffres").fill("2015-03-31");
  await marie.getByLabel("Source").fill("Questionnaire de suivi");
  await marie.getByLabel("Taux d'absentéisme").fill("3.5");
  await marie.getByRole("button", { name: "Enregistrer les indicateurs (au suivi)" }).click();
  const theirs = marie.getByRole("table", { name: /Indicateurs de l'entreprise/ });
  await expect(theirs.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("-1,5 point");
  await expectAccessible(marie);

  // The chargée de mission reads the answer in the cluster's follow-ups.
  const gaelle = await (await browser.newContext()).newPage();
  await signIn(gaelle, "gaelle.kerjean@bretagne.aract.fr");
  await gaelle.goto(`/clusters/${CLUSTER_2014}/resultats`);
  const followUps = gaelle.getByRole("table", { name: "Suivi des entreprises après le cluster" });
  await expect(followUps.getByRole("row", { name: /Conserverie d'Armor/ })).toContainText("Répondu");
  await expect(followUps.getByRole("row", { name: /Conserverie d'Armor/ })).toContainText("5 – très satisfait");
  await expectAccessible(gaelle);

  // The national report: the Conserverie is measured again, the median of the 21 companies unchanged.
  await claire.goto("/rapports?de=2014&a=2014");
  await expect(byTheme.getByRole("row", { name: /Égalité professionnelle/ })).toContainText("-1,8 point21 entr.");
  await expect(claire.getByText("Accords et plans aboutis à 6 mois", { exact: true })).toBeVisible();
  await expectAccessible(claire);
});
