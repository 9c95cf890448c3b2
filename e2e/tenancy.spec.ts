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

test("a company member cannot open another company's cluster", async ({ page }) => {
  const [cluster] = await query<{ id: string }>(
    `SELECT c.id FROM "Cluster" c JOIN "Aract" a ON a.id = c."aractId"
     WHERE a.slug = 'bretagne' AND c.id NOT IN (
       SELECT p."clusterId" FROM "Participation" p JOIN "PairMember" m ON m."participationId" = p.id
       JOIN "Person" s ON s.id = m."personId" WHERE s.email = 'marie.le-bihan@conserverie-armor.fr')
     LIMIT 1`,
  );
  await signIn(page, "marie.le-bihan@conserverie-armor.fr");
  const response = await page.goto(`/clusters/${cluster!.id}`);
  expect(response?.status()).toBe(404);
});
