import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const CONSERVERIE = "demo-participation-bretagne-qvct-usure-2026-conserverie-armor";

test("the chargée de mission records a company's indicators at entry, the pair its figures at the end, and the cluster reads the median change", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A run of this spec starts from a company without indicators.
  await query(`DELETE FROM "CompanyIndicators" WHERE "participationId" = $1`, [CONSERVERIE]);

  const gaelle = await (await browser.newContext()).newPage();
  await signIn(gaelle, "gaelle.kerjean@bretagne.aract.fr");
  await gaelle.goto(`/clusters/${CLUSTER}/entreprises/${CONSERVERIE}`);
  await expect(gaelle.getByText("À l'entrée : pas encore saisis")).toBeVisible();
  await gaelle.getByRole("link", { name: "Voir et saisir les indicateurs" }).click();
  await expect(gaelle.getByRole("heading", { level: 2, name: "Indicateurs : Conserverie d'Armor" })).toBeVisible();
  await expectAccessible(gaelle);

  // At entry: figures that do not add up are refused, in French, then corrected.
  await gaelle.getByLabel("Date des chiffres").fill("2026-08-31");
  await gaelle.getByLabel("Source").fill("Bilan social 2025");
  await gaelle.getByLabel("Effectif total").fill("145");
  await gaelle.getByLabel("Femmes", { exact: true }).fill("80");
  await gaelle.getByLabel("Hommes", { exact: true }).fill("60");
  await gaelle.getByLabel("Taux d'absentéisme").fill("7.5");
  await gaelle.getByLabel("Accidents du travail avec arrêt").fill("9");
  await gaelle.getByRole("button", { name: "Enregistrer les indicateurs (à l'entrée)" }).click();
  await expect(gaelle.getByText("Femmes et hommes font 140 personnes, l'effectif total 145.")).toBeVisible();
  await expectAccessible(gaelle);
  await gaelle.getByLabel("Hommes", { exact: true }).fill("65");
  await gaelle.getByRole("button", { name: "Enregistrer les indicateurs (à l'entrée)" }).click();
  const table = gaelle.getByRole("table", { name: /Indicateurs de l'entreprise/ });
  await expect(table.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("7,5 %");
  await expect(gaelle.getByRole("link", { name: "À l'entrée (saisis)" })).toBeVisible();

  // The pair, from its space: the figures at the end of the cluster.
  const marie = await (await browser.newContext()).newPage();
  await signIn(marie, "marie.le-bihan@conserverie-armor.fr");
  await marie.getByRole("link", { name: "Les indicateurs de l'entreprise" }).first().click();
  await expect(marie.getByRole("heading", { level: 2, name: "Indicateurs : Conserverie d'Armor" })).toBeVisible();
  await marie.getByRole("link", { name: "À la fin du cluster" }).click();
  // The end's form replaces the entry's once the page has moved: fill it only then.
  await expect(marie).toHaveURL(/etape=fin/);
  await expect(marie.getByRole("button", { name: "Enregistrer les indicateurs (à la fin du cluster)" })).toBeVisible();
  await marie.getByLabel("Date des chiffres").fill("2027-06-30");
  await marie.getByLabel("Source").fill("Déclaration de l'entreprise");
  await marie.getByLabel("Taux d'absentéisme").fill("6");
  await marie.getByLabel("Accidents du travail avec arrêt").fill("5");
  await marie.getByRole("button", { name: "Enregistrer les indicateurs (à la fin du cluster)" }).click();
  const theirs = marie.getByRole("table", { name: /Indicateurs de l'entreprise/ });
  await expect(theirs.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("-1,5 point");
  await expect(theirs.getByRole("row", { name: /Accidents du travail avec arrêt/ })).toContainText("-4");
  await expectAccessible(marie);

  // The cluster's synthesis: the median change over its companies measured twice.
  await gaelle.goto(`/clusters/${CLUSTER}`);
  const changes = gaelle.getByRole("table", { name: /Évolution médiane des indicateurs/ });
  await expect(changes.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("-1,5 point");
  await expect(changes.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("1 entreprise");
  await expectAccessible(gaelle);

  // The national report: the change of one company is withheld (fewer than five), the 2014 clusters' shown.
  const claire = await (await browser.newContext()).newPage();
  await signIn(claire, "claire.martin@anact.fr");
  await claire.goto("/rapports?aract=demo-aract-bretagne&de=2026");
  const selection = claire.getByRole("table", { name: "Évolution médiane des indicateurs de la sélection" });
  await expect(selection.getByRole("row", { name: /Taux d'absentéisme/ })).toContainText("secret statistique");
  await expectAccessible(claire);
  await claire.goto("/rapports?de=2014&a=2014");
  const byTheme = claire.getByRole("table", { name: "Évolution médiane des indicateurs, par thème" });
  await expect(byTheme.getByRole("row", { name: /Égalité professionnelle/ })).toContainText("-1,8 point");
  await expectAccessible(claire);
});
