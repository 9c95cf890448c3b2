// The import of a list of 200 structures measured as a chargée de mission does it: in Chromium, on the
// production server, from the file chosen to the preview shown, then from « Importer » to the cluster's list.
// Each run imports new companies (another series of SIRETs and addresses) into an open cluster of Bretagne.
import { chromium } from "@playwright/test";
import type pg from "pg";
import { DEMO_ACCOUNTS } from "../../../src/lib/demo/accounts.ts";
import { listGrid, xlsxOf } from "../../../tests/support/company-lists.ts";
import { CHROMIUM } from "../chromium.ts";
import type { BenchSessions } from "./session.ts";

export const IMPORT_ROWS = 200;
export const IMPORT_RUNS = 5;

export type ImportMeasure = { rows: number; runs: number; previewMs: number[]; importMs: number[] };

async function openCluster(client: pg.Client, email: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT c.id FROM "Cluster" c JOIN "Membership" m ON m."aractId" = c."aractId" JOIN "User" u ON u.id = m."userId"
     WHERE u.email = $1 AND c.status IN ('RECRUITING', 'RUNNING') ORDER BY c."startDate" DESC, c.id LIMIT 1`,
    [email],
  );
  if (!rows[0]) throw new Error(`Aucun cluster ouvert pour ${email} dans la base du banc d'essai.`);
  return rows[0].id;
}

export async function measureImport(client: pg.Client, sessions: BenchSessions, baseUrl: string): Promise<ImportMeasure> {
  const email = DEMO_ACCOUNTS.find((account) => account.role === "CHARGE_DE_MISSION" && account.email.includes("bretagne"))!.email;
  const clusterId = await openCluster(client, email);
  const [name, value] = (await sessions.cookieFor(email)).split("=") as [string, string];
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const measure: ImportMeasure = { rows: IMPORT_ROWS, runs: IMPORT_RUNS, previewMs: [], importMs: [] };
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    // A series no earlier run of the kept database used: SIRETs and addresses are new each time.
    const firstSeries = 20_000 + (Math.floor(Date.now() / 1000) % 30_000);
    // One run to warm the server (its first render of the page and of each action), then the measured ones.
    for (let run = 0; run <= IMPORT_RUNS; run++) {
      const series = firstSeries + run;
      const buffer = await xlsxOf(listGrid(series, IMPORT_ROWS, { tag: `bench${series}` }));
      await page.goto(`${baseUrl}/clusters/${clusterId}/entreprises/importer`);
      const read = performance.now();
      await page.locator("#import-file").setInputFiles({
        name: `liste-${series}.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
      await page.getByRole("heading", { name: `${IMPORT_ROWS} lignes lues` }).waitFor({ timeout: 60_000 });
      const previewMs = performance.now() - read;
      const submit = performance.now();
      await page.getByRole("button", { name: `Importer ${IMPORT_ROWS} structures avec leur binôme` }).click();
      await page.waitForURL(new RegExp(`importees=${IMPORT_ROWS}`), { timeout: 60_000 });
      const importMs = performance.now() - submit;
      if (run > 0) {
        measure.previewMs.push(previewMs);
        measure.importMs.push(importMs);
      }
    }
  } finally {
    await browser.close();
  }
  return measure;
}
