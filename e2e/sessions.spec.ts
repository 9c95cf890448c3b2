import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectAccessible, query, signIn } from "./support";

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const SESSIONS = `/clusters/${CLUSTER}/seances`;
/** The seed's session of 8 December 2026 (prisma/seed/bretagne-qvct-2026.ts). */
const SEED_SESSION = `${CLUSTER}-session-3`;
/** Two half-days the seed leaves free, late in the cluster's period (2026-09-01 – 2027-06-30). */
const FIRST = { date: "2027-06-08", slot: "Matin (9 h – 12 h 30)" };
const SECOND = { date: "2027-06-15", slot: "Après-midi (14 h – 17 h 30)" };
const TITLE_PREFIX = "Atelier e2e";

async function planSession(page: Page, title: string, slot: { date: string; slot: string }) {
  await page.goto(SESSIONS);
  await page.getByRole("link", { name: "Planifier une séance" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Planifier une séance collective" })).toBeVisible();
  await page.getByLabel("Titre de la séance", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill(slot.date);
  await page.getByLabel(slot.slot, { exact: true }).check();
  await page.getByLabel("Lieu", { exact: true }).fill("Brest, technopôle Brest-Iroise");
  await page.getByLabel("Déroulé (facultatif)", { exact: true }).fill("Retours d'expérience ;\nprévention des TMS.");
  await page.getByRole("button", { name: "Planifier la séance" }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expectAccessible(page);
  return page.url().split("/").at(-1) ?? "";
}

const downloaded = async (download: Download) => readFile((await download.path()) ?? "");
/** iCalendar folds long lines: put them back together before searching. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, "");

test("a chargée de mission plans sessions, sees them listed and on the calendar, records attendance and downloads the sheet and the .ics", async ({
  page,
}) => {
  // A long journey (a dozen pages, each with its axe check, and two downloads), like the other journeys:
  // it took 1.5 min of its 1.5 min budget beside the full suite on 2 cores, and more beside a CPU-bound process.
  test.setTimeout(180_000);
  // Left by an earlier run on a reused database: the half-days must be free.
  await query(`DELETE FROM "CollectiveSession" WHERE "clusterId" = $1 AND title LIKE $2`, [CLUSTER, `${TITLE_PREFIX}%`]);
  const run = Date.now().toString(36);
  const first = `${TITLE_PREFIX} ${run} : prévention des TMS`;
  const second = `${TITLE_PREFIX} ${run} : fins de carrière`;
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");

  await page.goto(SESSIONS);
  await expect(page.getByRole("heading", { level: 2, name: "Séances collectives" })).toBeVisible();
  await expectAccessible(page);

  // A date outside the cluster's period: the French message next to the field, nothing saved.
  await page.getByRole("link", { name: "Planifier une séance" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Planifier la séance" }).click();
  await expect(page.getByText("Saisissez le titre de la séance.")).toBeVisible();
  await page.getByLabel("Titre de la séance", { exact: true }).fill(first);
  await page.getByLabel("Date", { exact: true }).fill("2027-07-06");
  await page.getByLabel(FIRST.slot, { exact: true }).check();
  await page.getByLabel("Lieu", { exact: true }).fill("Brest");
  await page.getByRole("button", { name: "Planifier la séance" }).click();
  const date = page.getByLabel("Date", { exact: true });
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/Choisissez une date dans la période du cluster, du 1 septembre 2026 au 30 juin 2027\./);
  await expect(page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré" })).toBeVisible();
  await expectAccessible(page);

  const firstId = await planSession(page, first, FIRST);
  await planSession(page, second, SECOND);

  // The list, in date order, with the count against the plan.
  await page.goto(SESSIONS);
  const list = page.getByRole("table", { name: "Séances collectives du cluster, par date" });
  await expect(list.getByRole("link", { name: first })).toBeVisible();
  await expect(list.getByRole("link", { name: second })).toBeVisible();
  await expect(page.getByText(/demi-journées planifiées sur 6 prévues/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Présences par entreprise/ }).getByText("Conserverie d'Armor")).toBeVisible();
  await expectAccessible(page);

  // The month calendar: weeks from Monday, June 2027 in the URL, each session a link.
  await page.getByRole("navigation", { name: "Affichage des séances" }).getByRole("link", { name: "Calendrier" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Calendrier des séances" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${SESSIONS}/calendrier?mois=2027-06`);
  const june = page.getByRole("table", { name: /Juin 2027/ });
  await expect(june.getByRole("columnheader").first()).toHaveText("Lundi");
  await expect(june.getByRole("link", { name: new RegExp(`Matin.*${first}`) })).toBeVisible();
  await expect(june.getByRole("link", { name: new RegExp(`Après-midi.*${second}`) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Juillet 2027 →" }).click();
  await expect(page).toHaveURL(/mois=2027-07/);
  await expect(page.getByRole("table", { name: /Juillet 2027/ })).toBeVisible();
  await page.getByRole("link", { name: "← Juin 2027" }).click();
  await page.getByRole("table", { name: /Juin 2027/ }).getByRole("link", { name: new RegExp(first) }).click();

  // Attendance, on one screen, for the whole session.
  await expect(page.getByRole("heading", { level: 2, name: first })).toBeVisible();
  await page.getByRole("link", { name: "Saisir les présences" }).click();
  await expect(page.getByText("Séance à venir", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: /LE BIHAN Marie/ }).getByLabel("Présent·e").check();
  await page.getByRole("group", { name: /GUILLOU Thomas/ }).getByLabel("Excusé·e").check();
  await page.getByRole("group", { name: /ABIVEN Yannick/ }).getByLabel("Absent·e").check();
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(page.getByText("Présences enregistrées", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const recorded = await query<{ email: string; status: string }>(
    `SELECT p.email, a.status FROM "Attendance" a JOIN "Person" p ON p.id = a."personId" WHERE a."sessionId" = $1 ORDER BY p.email`,
    [firstId],
  );
  expect(recorded).toEqual([
    { email: "marie.le-bihan@conserverie-armor.fr", status: "PRESENT" },
    { email: "thomas.guillou@conserverie-armor.fr", status: "EXCUSED" },
    { email: "yannick.abiven@legumerie-leon.fr", status: "ABSENT" },
  ]);

  // The émargement sheet: a PDF with every expected participant.
  await page.getByRole("link", { name: "← La séance" }).click();
  const [sheet] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger la feuille d'émargement (PDF)" }).click(),
  ]);
  expect(sheet.suggestedFilename()).toBe("emargement-2027-06-08-matin.pdf");
  const pdf = await extractText(await getDocumentProxy(new Uint8Array(await downloaded(sheet))), { mergePages: true });
  for (const text of [first, "mardi 8 juin 2027, matin (9 h – 12 h 30)", "LE BIHAN Marie", "GUILLOU Thomas", "ABIVEN Yannick", "LE BORGNE Annick", "Page 1 sur"]) {
    expect(pdf.text).toContain(text);
  }

  // The .ics file of the cluster's sessions.
  await page.goto(SESSIONS);
  const [ics] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ajouter à mon agenda (.ics)" }).click()]);
  expect(ics.suggestedFilename()).toMatch(/^seances-cluster-qvct.*\.ics$/);
  const calendar = unfolded((await downloaded(ics)).toString("utf8"));
  expect(calendar).toContain(`UID:${firstId}@clusters.anact.fr`);
  expect(calendar).toContain("DTSTART;TZID=Europe/Paris:20270608T090000");
  expect(calendar).toContain(`SUMMARY:Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027 – ${first}`);

  // Cancelling keeps the session, struck through and said in words.
  await page.getByRole("table", { name: "Séances collectives du cluster, par date" }).getByRole("link", { name: second }).click();
  await page.getByRole("button", { name: "Annuler la séance" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer l'annulation" }).click();
  await expect(page.getByText("Cette séance a été annulée.")).toBeVisible();
  await page.goto(SESSIONS);
  const row = page.getByRole("row", { name: new RegExp(second) });
  await expect(row.getByText("Annulée")).toBeVisible();
  await expect(row.locator("del")).toHaveText(second);
  await expectAccessible(page);
});

test("a pair member sees the sessions read-only, downloads the .ics, and has no attendance screen nor sheet", async ({ page }) => {
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  await page.goto(SESSIONS);
  await expect(page.getByRole("heading", { level: 2, name: "Séances collectives" })).toBeVisible();
  const list = page.getByRole("table", { name: "Séances collectives du cluster, par date" });
  await expect(list.getByRole("link", { name: "Partage des diagnostics" })).toBeVisible();
  await expect(list.getByRole("columnheader", { name: "Taux de présence" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Planifier une séance" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /Présences de votre entreprise/ }).getByText("Conserverie d'Armor")).toBeVisible();
  await expect(page.getByText("Légumerie du Léon")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${SESSIONS}/calendrier?mois=2026-12`);
  await expect(page.getByRole("table", { name: /Décembre 2026/ }).getByRole("link", { name: /Partage des diagnostics/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("table", { name: /Décembre 2026/ }).getByRole("link", { name: /Partage des diagnostics/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Partage des diagnostics" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Saisir les présences" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /feuille d'émargement/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Annuler la séance" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(SESSIONS);
  const [ics] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ajouter à mon agenda (.ics)" }).click()]);
  expect(unfolded((await downloaded(ics)).toString("utf8"))).toContain(`UID:${SEED_SESSION}@clusters.anact.fr`);

  const attendance = await page.goto(`${SESSIONS}/${SEED_SESSION}/presences`);
  expect(attendance?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get(`${SESSIONS}/${SEED_SESSION}/emargement`)).status()).toBe(404);
  expect((await page.request.get(`${SESSIONS}/${SEED_SESSION}/modifier`)).status()).toBe(404);
});
