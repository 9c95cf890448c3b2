import { expect, test, type Page } from "@playwright/test";
import { withSiretCheckDigit } from "../src/lib/companies/siret";
import { expectAccessible, query, signIn } from "./support";

// The action plan built by the pair and the chargée de mission at once (the second save of a stale
// version is refused, says what changed, and is re-applied in one click), and the reminders of the
// diagnostics (once a day per person). Objectives and reminded people are new on every run.

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const CONSERVERIE = "demo-participation-bretagne-qvct-usure-2026-conserverie-armor";
const PLAN = `/clusters/${CLUSTER}/plans/${CONSERVERIE}`;

const runId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function fillAction(page: Page, action: { domain: string; objective: string; owner: string; due?: string; indicator?: string }) {
  await page.getByLabel("Domaine d'action", { exact: true }).selectOption({ label: action.domain });
  await page.getByLabel("Objectif", { exact: true }).fill(action.objective);
  await page.getByLabel("Porteur de l'action", { exact: true }).fill(action.owner);
  if (action.due) await page.getByLabel("Échéance", { exact: true }).fill(action.due);
  if (action.indicator) await page.getByLabel("Indicateur de suivi", { exact: true }).fill(action.indicator);
}

const actionHeading = (page: Page, objective: string) => page.getByRole("heading", { level: 4, name: new RegExp(`^Action \\d+ : ${objective}$`) });

test("the pair and the chargée de mission edit the same plan: the stale save is refused with what changed, then re-applied", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = runId();
  const marieAction = `Tutorat des conducteurs de ligne ${run}`;
  const gaelleAction = `Aménager les postes de conditionnement ${run}`;
  const gaelleContext = await browser.newContext();
  const marieContext = await browser.newContext();
  const gaelle = await gaelleContext.newPage();
  const marie = await marieContext.newPage();

  // Gaëlle opens the plans of the cluster, then the Conserverie's plan, and starts typing an action.
  await signIn(gaelle, "gaelle.kerjean@bretagne.aract.fr");
  await gaelle.goto(`/clusters/${CLUSTER}/plans`);
  await expect(gaelle.getByRole("heading", { level: 2, name: "Plans d'actions" })).toBeVisible();
  const plans = gaelle.getByRole("table", { name: "Plans d'actions par entreprise" });
  await expect(plans.getByRole("row", { name: /Conserverie d'Armor/ })).toBeVisible();
  await expectAccessible(gaelle);
  await plans.getByRole("link", { name: "Conserverie d'Armor" }).click();
  await expect(gaelle.getByRole("heading", { level: 2, name: "Plan d'actions de Conserverie d'Armor" })).toBeVisible();
  await expectAccessible(gaelle);
  await fillAction(gaelle, { domain: "Santé au travail", objective: gaelleAction, owner: "Responsable de production" });

  // Meanwhile Marie, from the pair, adds an action: the plans tab takes her straight to her company's plan.
  await signIn(marie, "marie.le-bihan@conserverie-armor.fr");
  await marie.goto(`/clusters/${CLUSTER}/plans`);
  await expect(marie).toHaveURL(new RegExp(`${PLAN}$`));
  await expect(marie.getByRole("heading", { level: 2, name: "Plan d'actions de Conserverie d'Armor" })).toBeVisible();
  await expectAccessible(marie);
  await fillAction(marie, {
    domain: "Aménagement des fins de carrière",
    objective: marieAction,
    owner: "DRH",
    due: "2027-05-31",
    indicator: "Nombre de binômes de tutorat formés",
  });
  await marie.getByRole("button", { name: "Ajouter l'action" }).click();
  await expect(marie.getByRole("status").filter({ hasText: "Action ajoutée au plan." })).toBeVisible();
  await expect(actionHeading(marie, marieAction)).toBeVisible();
  await expectAccessible(marie);

  // Gaëlle saves on the version she loaded: refused, with Marie's change; what she typed is still there.
  await gaelle.getByRole("button", { name: "Ajouter l'action" }).click();
  const refusal = gaelle.getByRole("alert").filter({ hasText: "Pendant que vous modifiiez" });
  await expect(refusal).toContainText(`Pendant que vous modifiiez, Marie Le Bihan a changé : ajouté l'action « ${marieAction} ».`);
  await expect(refusal).toContainText("Rien n'a été enregistré : votre saisie est conservée");
  await expect(gaelle.getByLabel("Objectif", { exact: true })).toHaveValue(gaelleAction);
  await expect(actionHeading(gaelle, marieAction)).toBeVisible();
  await expect(actionHeading(gaelle, gaelleAction)).toHaveCount(0);
  await expectAccessible(gaelle);

  // One click applies it to the plan as it is now: both actions are kept.
  await refusal.getByRole("button", { name: "Ajouter mon action au plan à jour" }).click();
  await expect(gaelle.getByRole("status").filter({ hasText: "Action ajoutée au plan." })).toBeVisible();
  await expect(actionHeading(gaelle, gaelleAction)).toBeVisible();
  await expect(actionHeading(gaelle, marieAction)).toBeVisible();
  await expectAccessible(gaelle);

  const saved = await query<{ objective: string; owner: string }>(
    `SELECT a.objective, a.owner FROM "Action" a JOIN "ActionPlan" p ON p.id = a."actionPlanId"
     WHERE p."participationId" = $1 AND a.objective LIKE $2 ORDER BY a.position`,
    [CONSERVERIE, `%${run}`],
  );
  expect(saved).toEqual([
    { objective: marieAction, owner: "DRH" },
    { objective: gaelleAction, owner: "Responsable de production" },
  ]);

  // Marie sees Gaëlle's action once her page is refreshed; another company's plan stays closed to her.
  await marie.reload();
  await expect(actionHeading(marie, gaelleAction)).toBeVisible();
  const response = await marie.goto(`/clusters/${CLUSTER}/plans/demo-participation-bretagne-qvct-usure-2026-brest-metal-services`);
  expect(response?.status()).toBe(404);
  await expectAccessible(marie);

  await gaelleContext.close();
  await marieContext.close();
});

/** A company of this run enrolled in the demo cluster, whose two pair members have accounts. */
async function enrolRemindedCompany(run: string) {
  const [cluster] = await query<{ aractId: string }>(`SELECT "aractId" FROM "Cluster" WHERE id = $1`, [CLUSTER]);
  const aractId = cluster!.aractId;
  const company = `Biscuiterie de Plougastel ${run}`;
  const siret = withSiretCheckDigit(`8${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`);
  await query(
    `INSERT INTO "Company" (id, "aractId", name, siret, "nafCode", headcount, city, "updatedAt")
     VALUES ($1, $2, $3, $4, '10.72Z', 64, 'Plougastel-Daoulas', now())`,
    [`e2e-company-${run}`, aractId, company, siret],
  );
  await query(
    `INSERT INTO "Participation" (id, "aractId", "clusterId", "companyId", status, "headcountAtEntry", "updatedAt")
     VALUES ($1, $2, $3, $4, 'ENROLLED', 64, now())`,
    [`e2e-participation-${run}`, aractId, CLUSTER, `e2e-company-${run}`],
  );
  const people = [
    { side: "DIRECTION", firstName: "Annaïg", lastName: `Le Gall ${run}`, email: `direction-${run}@biscuiterie-plougastel.fr` },
    { side: "STAFF_REPRESENTATIVE", firstName: "Loïc", lastName: `Cabon ${run}`, email: `cse-${run}@biscuiterie-plougastel.fr` },
  ];
  for (const [i, person] of people.entries()) {
    const id = `e2e-${run}-${i}`;
    await query(`INSERT INTO "User" (id, email, name, "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      id,
      person.email,
      `${person.firstName} ${person.lastName}`,
    ]);
    await query(
      `INSERT INTO "Person" (id, "aractId", "userId", "firstName", "lastName", email, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [id, aractId, id, person.firstName, person.lastName, person.email],
    );
    await query(
      `INSERT INTO "PairMember" (id, "aractId", "participationId", "personId", side, "invitedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [id, aractId, `e2e-participation-${run}`, id, person.side],
    );
  }
  return { company, direction: people[0]!, staff: people[1]! };
}

/** The cluster's first diagnostic; a minimal one is attached when the cluster has none yet. */
async function clusterTemplate(): Promise<string> {
  const pick = () =>
    query<{ title: string }>(
      `SELECT t.title FROM "ClusterTemplate" ct JOIN "DiagnosticTemplate" t ON t.id = ct."templateId"
       WHERE ct."clusterId" = $1 ORDER BY t.title LIMIT 1`,
      [CLUSTER],
    );
  const [attached] = await pick();
  if (attached) return attached.title;
  await query(
    `INSERT INTO "DiagnosticTemplate" (id, key, version, theme, title, "publishedAt")
     VALUES ('e2e-template-relances', 'e2e-relances', 1, 'QVCT', 'Diagnostic QVCT (relances)', now()) ON CONFLICT DO NOTHING`,
  );
  await query(
    `INSERT INTO "ClusterTemplate" ("aractId", "clusterId", "templateId")
     SELECT "aractId", id, 'e2e-template-relances' FROM "Cluster" WHERE id = $1 ON CONFLICT DO NOTHING`,
    [CLUSTER],
  );
  const [created] = await pick();
  return created!.title;
}

test("the chargée de mission reminds a pair member who has not sent a diagnostic, once a day", async ({ page }) => {
  test.setTimeout(90_000);
  const run = runId();
  const { company, direction } = await enrolRemindedCompany(run);
  const title = await clusterTemplate();
  const name = `${direction.firstName} ${direction.lastName}`;

  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  await page.goto(`/clusters/${CLUSTER}/relances`);
  await expect(page.getByRole("heading", { level: 2, name: "Relances des diagnostics" })).toBeVisible();
  await expectAccessible(page);

  const section = page.getByRole("region", { name: title, exact: true });
  const row = section.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(company);
  await expect(row).toContainText("pas commencée");
  await expect(row).toContainText("à relancer");

  await section.getByLabel(`Relancer ${name} (${company})`).check();
  await section.getByRole("button", { name: "Envoyer la relance" }).click();
  await expect(section.getByRole("status")).toContainText(`Relance envoyée à ${name}.`);
  await expect(row).toContainText("déjà relancé·e aujourd'hui");
  await expectAccessible(page);

  const sent = await query<{ subject: string; text: string }>(`SELECT subject, text FROM "OutboxEmail" WHERE "to" = $1`, [direction.email]);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.subject).toBe(`Rappel : votre diagnostic « ${title} » attend vos réponses`);
  expect(sent[0]!.text).toContain("Gaëlle Kerjean, de l'Aract Bretagne, vous rappelle");
  expect(sent[0]!.text).toMatch(/\/connexion\/confirmer\?\S*token=/);

  // A second try the same day: nobody gets the same reminder twice.
  await section.getByLabel(`Relancer ${name} (${company})`).check();
  await section.getByRole("button", { name: "Envoyer la relance" }).click();
  await expect(section.getByRole("status")).toContainText(`Pas de relance pour ${name} : déjà relancé·e aujourd'hui.`);
  await expectAccessible(page);
  expect(await query(`SELECT 1 FROM "OutboxEmail" WHERE "to" = $1`, [direction.email])).toHaveLength(1);
  expect(await query(`SELECT 1 FROM "DiagnosticReminder" WHERE "personId" = $1`, [`e2e-${run}-0`])).toHaveLength(1);
});
