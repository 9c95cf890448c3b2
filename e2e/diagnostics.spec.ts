import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { withSiretCheckDigit } from "../src/lib/companies/siret";
import { expectAccessible, query, signIn } from "./support";

// The pair's diagnostics: Marie (direction) fills in the égalité diagnostic in two sittings, the first
// one ending offline with the tab closed; Thomas (staff representative) fills it in; both submit and
// read the comparison; the chargée de mission follows the cluster; a member of another company of the
// same cluster cannot open Conserverie d'Armor's comparison.

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const MARIE = "marie.le-bihan@conserverie-armor.fr";
const THOMAS = "thomas.guillou@conserverie-armor.fr";
const GAELLE = "gaelle.kerjean@bretagne.aract.fr";

type Question = { id: string; label: string; type: string; required: boolean };
type Side = "direction" | "staff";

/** The national égalité template chosen for the cluster (a small one is made when the seed has none), with a fresh start for the pair. */
async function egaliteTemplate(participationId: string) {
  let [template] = await query<{ id: string; title: string }>(
    `SELECT id, title FROM "DiagnosticTemplate" WHERE key = 'egalite-professionnelle' AND "aractId" IS NULL
     AND "publishedAt" IS NOT NULL ORDER BY version DESC LIMIT 1`,
  );
  if (!template) template = await createSmallTemplate();
  await query(
    `INSERT INTO "ClusterTemplate" ("aractId", "clusterId", "templateId") SELECT "aractId", id, $2 FROM "Cluster" WHERE id = $1
     ON CONFLICT DO NOTHING`,
    [CLUSTER, template.id],
  );
  await query(`DELETE FROM "DiagnosticResponse" WHERE "participationId" = $1 AND "templateId" = $2`, [participationId, template.id]);
  const questions = await query<Question>(
    `SELECT q.id, q.label, q.type, q.required FROM "DiagnosticQuestion" q JOIN "DiagnosticSection" s ON s.id = q."sectionId"
     WHERE q."templateId" = $1 ORDER BY s.position, q.position`,
    [template.id],
  );
  return { ...template, questions };
}

async function createSmallTemplate() {
  const id = "e2e-egalite";
  const scale = JSON.stringify([1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} – niveau ${n}` })));
  await query(
    `INSERT INTO "DiagnosticTemplate" (id, key, version, theme, title, "publishedAt")
     VALUES ($1, 'e2e-egalite', 1, 'EGALITE_PROFESSIONNELLE', 'Égalité professionnelle (e2e)', now()) ON CONFLICT DO NOTHING`,
    [id],
  );
  const rows: [string, string, string, string, boolean, string | null][] = [
    ["mixite", "Mixité des emplois", "acces", "Les métiers sont ouverts à toutes et tous.", true, scale],
    ["mixite", "Mixité des emplois", "offres", "Les offres d'emploi sont neutres.", true, null],
    ["temps", "Temps de travail", "horaires", "Les horaires sont connus à l'avance.", true, scale],
    ["temps", "Temps de travail", "part", "Part de temps partiel", false, null],
    ["temps", "Temps de travail", "remarques", "Remarques", false, null],
  ];
  const types = ["SCALE", "YES_NO", "SCALE", "PERCENTAGE", "TEXT"];
  for (const [i, [section, title, key, label, required, options]] of rows.entries()) {
    await query(
      `INSERT INTO "DiagnosticSection" (id, "templateId", key, title, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [`${id}-${section}`, id, section, title, section === "mixite" ? 1 : 2],
    );
    await query(
      `INSERT INTO "DiagnosticQuestion" (id, "templateId", "sectionId", key, label, type, options, required, position)
       VALUES ($1, $2, $3, $4, $5, $6::"QuestionType", $7::jsonb, $8, $9) ON CONFLICT DO NOTHING`,
      [`${id}-${key}`, id, `${id}-${section}`, key, label, types[i], options ?? "[]", required, i + 1],
    );
  }
  return { id, title: "Égalité professionnelle (e2e)" };
}

const block = (page: Page, question: Question) => page.locator(`[id="question-${question.id}-block"]`);
const saveStatus = (page: Page) => page.getByRole("status", { name: "Enregistrement de vos réponses" });

/** Answers one question the way each side sees the company: the direction high, the staff representative low. */
async function answer(page: Page, question: Question, side: Side, firstScale: boolean) {
  const field = block(page, question);
  switch (question.type) {
    case "SCALE": {
      const level = side === "direction" ? 5 : firstScale ? 1 : 3;
      return field.getByRole("radio", { name: new RegExp(`^${level}`) }).check();
    }
    case "YES_NO":
      return field.getByRole("radio", { name: side === "direction" ? "Oui" : "Non", exact: true }).check();
    case "SINGLE_CHOICE":
      return field.getByRole("radio").nth(side === "direction" ? 0 : 1).check();
    case "MULTIPLE_CHOICE":
      return field.getByRole("checkbox").first().check();
    case "NUMBER":
      return field.getByRole("textbox").fill(side === "direction" ? "12" : "20");
    case "PERCENTAGE":
      return field.getByRole("textbox").fill(side === "direction" ? "45,5" : "30");
    default:
      return field.getByRole("textbox").fill(side === "direction" ? "Les plannings sont anticipés." : "Les plannings arrivent tard.");
  }
}

async function answerAll(page: Page, questions: Question[], side: Side, all: Question[]) {
  const firstScale = all.find((q) => q.type === "SCALE");
  for (const question of questions) await answer(page, question, side, question.id === firstScale?.id);
}

const storedAnswers = (personEmail: string, templateId: string) =>
  query<{ questionId: string }>(
    `SELECT a."questionId" FROM "DiagnosticAnswer" a JOIN "DiagnosticResponse" r ON r.id = a."responseId"
     JOIN "Person" p ON p.id = r."personId" WHERE p.email = $1 AND r."templateId" = $2 AND a.value <> 'null'::jsonb`,
    [personEmail, templateId],
  );

async function expectSaved(page: Page, email: string, templateId: string, count: number) {
  await expect(saveStatus(page)).toHaveText(/^Enregistré à \d{1,2} h \d{2}\.$/);
  await expect.poll(async () => (await storedAnswers(email, templateId)).length).toBe(count);
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await page.getByRole("button", { name: "Confirmer l'envoi" }).click();
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** A company of this run in the same cluster, with a direction member who has an account. */
async function enrolNeighbour(): Promise<string> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [cluster] = await query<{ aractId: string }>(`SELECT "aractId" FROM "Cluster" WHERE id = $1`, [CLUSTER]);
  const aractId = cluster!.aractId;
  const siret = withSiretCheckDigit(`7${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`);
  const email = `direction-${run}@saurisserie-camaret.fr`;
  await query(
    `INSERT INTO "Company" (id, "aractId", name, siret, "nafCode", headcount, city, "updatedAt")
     VALUES ($1, $2, $3, $4, '10.20Z', 35, 'Camaret-sur-Mer', now())`,
    [`e2e-neighbour-${run}`, aractId, `Saurisserie de Camaret ${run}`, siret],
  );
  await query(
    `INSERT INTO "Participation" (id, "aractId", "clusterId", "companyId", status, "headcountAtEntry", "updatedAt")
     VALUES ($1, $2, $3, $4, 'ENROLLED', 35, now())`,
    [`e2e-neighbour-${run}`, aractId, CLUSTER, `e2e-neighbour-${run}`],
  );
  await query(`INSERT INTO "User" (id, email, name, "emailVerified", "updatedAt") VALUES ($1, $2, 'Gwenola Kerbrat', now(), now())`, [
    `e2e-neighbour-${run}`,
    email,
  ]);
  await query(
    `INSERT INTO "Person" (id, "aractId", "userId", "firstName", "lastName", email, "updatedAt")
     VALUES ($1, $2, $1, 'Gwenola', 'Kerbrat', $3, now())`,
    [`e2e-neighbour-${run}`, aractId, email],
  );
  await query(
    `INSERT INTO "PairMember" (id, "aractId", "participationId", "personId", side) VALUES ($1, $2, $1, $1, 'DIRECTION')`,
    [`e2e-neighbour-${run}`, aractId],
  );
  return email;
}

async function expectLargestGap(page: Page, questions: Question[]) {
  await expect(page.getByRole("heading", { level: 2, name: "Comparaison des deux regards" })).toBeVisible();
  const gaps: Locator = page.getByRole("region", { name: "Les plus grands écarts" });
  const first = gaps.getByRole("listitem").first();
  await expect(first).toContainText("écart de 4 points");
  await expect(first).toContainText(questions.find((q) => q.type === "SCALE")!.label);
  await expect(page.getByRole("figure").first()).toBeVisible();
  await expectAccessible(page);
}

test("a pair fills in the égalité diagnostic, in two sittings and offline, and both read the comparison", async ({ browser }) => {
  test.setTimeout(240_000);
  const [conserverie] = await query<{ id: string }>(
    `SELECT p.id FROM "Participation" p JOIN "Company" c ON c.id = p."companyId" WHERE p."clusterId" = $1 AND c.name = 'Conserverie d''Armor'`,
    [CLUSTER],
  );
  const template = await egaliteTemplate(conserverie!.id);
  const { questions } = template;
  const base = `/clusters/${CLUSTER}/diagnostics/${template.id}`;
  const half = Math.ceil(questions.length / 2);
  const [firstHalf, secondHalf] = [questions.slice(0, half), questions.slice(half)];

  // Marie, first sitting: from her home page to the form; half the questions; then the network drops.
  const marie = await signedIn(browser, MARIE);
  await expectAccessible(marie.page);
  await marie.page.getByRole("link", { name: `Remplir : ${template.title}`, exact: true }).click();
  await expect(marie.page.getByRole("heading", { level: 2, name: template.title })).toBeVisible();
  await expect(saveStatus(marie.page)).toHaveText("Vos réponses sont enregistrées au fur et à mesure.");
  await expectAccessible(marie.page);
  await answerAll(marie.page, firstHalf, "direction", questions);
  await expectSaved(marie.page, MARIE, template.id, firstHalf.length);

  await marie.context.setOffline(true);
  const offline = secondHalf[0]!;
  await answer(marie.page, offline, "direction", false);
  await expect(saveStatus(marie.page)).toHaveText(/Hors connexion : vos réponses seront envoyées au retour du réseau\.$/);
  await expect(block(marie.page, offline)).toContainText("Pas encore envoyé (hors connexion) : gardé sur cet appareil.");
  await expectAccessible(marie.page);
  // While offline the answer is only on this device: not on the server, kept in the browser's storage.
  expect(await storedAnswers(MARIE, template.id)).toHaveLength(firstHalf.length);
  const kept = await marie.page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.startsWith("diagnostic-non-envoye:")).map(([, value]) => value),
  );
  expect(kept.join(" ")).toContain(offline.id);
  // The tab is closed while offline. (Closing it tries a last send; Chromium's offline emulation does not
  // always hold for a request made while the page closes, so the server's count is checked before, not after.)
  await marie.page.close();

  // Second sitting, back online: everything is there, the offline answer is sent on arrival.
  await marie.context.setOffline(false);
  marie.page = await marie.context.newPage();
  await marie.page.goto(`${base}/repondre`);
  await expectSaved(marie.page, MARIE, template.id, firstHalf.length + 1);
  const firstScale = questions.find((q) => q.type === "SCALE")!;
  await expect(block(marie.page, firstScale).getByRole("radio", { name: /^5/ })).toBeChecked();
  await expectAccessible(marie.page);

  // Submitting too early is refused, with what is missing; then she finishes and submits.
  if (secondHalf.slice(1).some((q) => q.required)) {
    await submit(marie.page);
    await expect(marie.page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré" })).toContainText(
      /obligatoires? (est|sont) encore sans réponse/,
    );
  }
  await answerAll(marie.page, secondHalf.slice(1), "direction", questions);
  await expectSaved(marie.page, MARIE, template.id, questions.length);
  await submit(marie.page);
  await expect(marie.page.getByText("Réponse envoyée", { exact: true })).toBeVisible();
  await expect(marie.page.getByText("La comparaison s'affichera dès que l'autre membre de votre binôme aura envoyé sa réponse.")).toBeVisible();
  await expectAccessible(marie.page);

  // Thomas, in one sitting; the comparison opens as soon as he has submitted.
  const thomas = await signedIn(browser, THOMAS);
  await thomas.page.goto(`/clusters/${CLUSTER}/diagnostics`);
  await expect(thomas.page.getByRole("heading", { level: 2, name: "Diagnostics" })).toBeVisible();
  await expectAccessible(thomas.page);
  await thomas.page.getByRole("link", { name: `Commencer : ${template.title}`, exact: true }).click();
  await answerAll(thomas.page, questions, "staff", questions);
  await expectSaved(thomas.page, THOMAS, template.id, questions.length);
  await submit(thomas.page);
  await thomas.page.getByRole("link", { name: "Voir la comparaison de vos deux regards" }).click();
  await expectLargestGap(thomas.page, questions);

  // Marie finds it from the Diagnostics tab.
  await marie.page.goto(`/clusters/${CLUSTER}/diagnostics`);
  await marie.page.getByRole("link", { name: `Voir la comparaison : ${template.title}`, exact: true }).click();
  await expect(marie.page).toHaveURL(new RegExp(`${base}/comparaison/${conserverie!.id}$`));
  await expectLargestGap(marie.page, questions);

  await marie.context.close();
  await thomas.context.close();

  // The chargée de mission: completion per company, the pair's comparison, the cluster's synthesis.
  const gaelle = await signedIn(browser, GAELLE);
  await gaelle.page.goto(`/clusters/${CLUSTER}/diagnostics`);
  await gaelle.page.locator("summary", { hasText: template.title }).click();
  const row = gaelle.page.getByRole("table", { name: `Avancement par entreprise : ${template.title}` }).getByRole("row", { name: /Conserverie d'Armor/ });
  await expect(row.getByText("Envoyé", { exact: true })).toHaveCount(2);
  await expectAccessible(gaelle.page);
  await row.getByRole("link", { name: "Voir la comparaison : Conserverie d'Armor" }).click();
  await expectLargestGap(gaelle.page, questions);
  await gaelle.page.goto(`${base}/synthese`);
  await expect(gaelle.page.getByRole("heading", { level: 2, name: `Synthèse du cluster : ${template.title}` })).toBeVisible();
  await expect(
    gaelle.page.getByText("Moins de 5 entreprises ont répondu : la répartition n'est pas affichée, pour ne pas identifier leurs réponses."),
  ).toBeVisible();
  await expectAccessible(gaelle.page);
  await gaelle.context.close();

  // A member of another company of the same cluster: neither the comparison nor the synthesis.
  const neighbour = await signedIn(browser, await enrolNeighbour());
  await neighbour.page.goto(`/clusters/${CLUSTER}/diagnostics`);
  await expect(neighbour.page.getByRole("link", { name: `Commencer : ${template.title}`, exact: true })).toBeVisible();
  await expect(neighbour.page.getByText("Conserverie d'Armor")).toHaveCount(0);
  await expectAccessible(neighbour.page);
  for (const path of [`${base}/comparaison/${conserverie!.id}`, `${base}/synthese`]) {
    const response = await neighbour.page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(neighbour.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expect(neighbour.page.getByText("Les plus grands écarts")).toHaveCount(0);
  }
  await expectAccessible(neighbour.page);
  await neighbour.context.close();
});
