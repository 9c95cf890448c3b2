import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

const BRETAGNE = "demo-aract-bretagne";

test("the Aract administrator reads the Aract's trail, filters it and downloads it", async ({ page }) => {
  const marker = `e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await query(
    `INSERT INTO "AuditEvent" (id, "aractId", "actorId", action, "entityType", "entityId", changes, "createdAt")
     VALUES ($1, $2, NULL, 'cluster.status-changed', 'Cluster', $3, '{"status": ["RUNNING", "CLOSED"]}', now())`,
    [`${marker}-a`, BRETAGNE, marker],
  );
  await signIn(page, "yann.le-goff@bretagne.aract.fr");
  await page.goto("/administration/journal");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Étape du cluster changée" });
  await page.getByLabel("Personne", { exact: true }).selectOption({ label: "Système" });
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/personne=systeme/);
  const row = page
    .getByRole("table", { name: "Événements du journal d'audit" })
    .getByRole("row", { name: new RegExp(marker) });
  await expect(row).toContainText("Système");
  await expect(row).toContainText("étape : En cours → Clôturé");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger ces événements (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^journal-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync(await file.path(), "utf8")).toContain(
    `;Système;Étape du cluster changée;cluster.status-changed;Cluster;${marker};`,
  );

  // The download is in the trail now.
  await page.goto("/administration/journal?action=audit.exported");
  await expect(page.getByRole("table", { name: "Événements du journal d'audit" })).toContainText(
    "Export du journal d'audit",
  );
  await expectAccessible(page);
});

test("a chargée de mission finds no trail", async ({ page }) => {
  await signIn(page, "gaelle.kerjean@bretagne.aract.fr");
  const response = await page.goto("/administration/journal");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get("/administration/journal/export")).status()).toBe(404);
});
