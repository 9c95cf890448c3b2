import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

test("a chargé de mission opening another Aract's cluster gets the 404 page, not its data", async ({ page }) => {
  const [cluster] = await query<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM "Cluster" c JOIN "Aract" a ON a.id = c."aractId" WHERE a.slug = 'bretagne' LIMIT 1`,
  );
  await signIn(page, "julien.roussel@idf.aract.fr");
  const response = await page.goto(`/clusters/${cluster!.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByText(cluster!.name)).toHaveCount(0);
  await expectAccessible(page);
});

test("an unknown address gets the French 404 page", async ({ page }) => {
  await signIn(page, "julien.roussel@idf.aract.fr");
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expectAccessible(page);
});

test("a company member sees only their own company, and no cluster they are not in", async ({ page }) => {
  const email = "marie.le-bihan@conserverie-armor.fr";
  const memberOf = `SELECT p."clusterId" FROM "Participation" p JOIN "PairMember" m ON m."participationId" = p.id
     JOIN "Person" s ON s.id = m."personId" WHERE s.email = $1`;
  const [own] = await query<{ id: string; other: string }>(
    `SELECT c.id, (SELECT co.name FROM "Participation" p2 JOIN "Company" co ON co.id = p2."companyId"
        WHERE p2."clusterId" = c.id AND co.name <> 'Conserverie d''Armor' LIMIT 1) AS other
     FROM "Cluster" c WHERE c.id IN (${memberOf}) AND c."startDate" > '2026-01-01'`,
    [email],
  );
  const [foreign] = await query<{ id: string }>(`SELECT id FROM "Cluster" WHERE id NOT IN (${memberOf}) LIMIT 1`, [email]);
  await signIn(page, email);
  await page.goto(`/clusters/${own!.id}`);
  await expect(page.getByText("Conserverie d'Armor").first()).toBeVisible();
  await expect(page.getByText(own!.other)).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto(`/clusters/${foreign!.id}`);
  expect(response?.status()).toBe(404);
});
