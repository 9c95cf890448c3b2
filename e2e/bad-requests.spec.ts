import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// Requests no page of the platform sends: each gets a 4xx and a French answer, never a 500.

test("a malformed address gets the French 404 page, with the security headers, signed in or not", async ({ page }) => {
  for (const path of ["/clusters/%E0%A4%A", "/%E0%A4%A"]) {
    const outside = await page.request.get(path, { maxRedirects: 0 });
    expect(outside.status(), path).toBeLessThan(500);
  }
  await signIn(page, "julien.roussel@idf.aract.fr");
  const response = await page.goto("/clusters/%E0%A4%A");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expectAccessible(page);
});

test("a change sent from another site, or larger than any form, is refused with a 4xx before reaching the app", async ({ page }) => {
  await signIn(page, "julien.roussel@idf.aract.fr");
  const foreign = await page.request.post("/clusters/nouveau", {
    headers: { Origin: "https://site-malveillant.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toMatch(/ne vient pas de la plateforme/);
  const nullOrigin = await page.request.post("/clusters/nouveau", { headers: { Origin: "null" }, data: "[]", maxRedirects: 0 });
  expect(nullOrigin.status()).toBe(403);
  const huge = await page.request.post("/clusters/nouveau", { data: "x".repeat(1024 * 1024 + 1), maxRedirects: 0 });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toMatch(/dépasse la taille/);
});

test("every page gets a Content-Security-Policy with a nonce of its own, and its scripts run under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const nonces: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto("/connexion");
    const policy = response?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    // Next put the nonce on its scripts: every script the page is served with carries it. (Chunks the page
    // loads later, such as a form's schema, are added by those scripts: 'strict-dynamic' lets them run.)
    const html = (await response?.text()) ?? "";
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  // The page works: a demo account's button fills the address in, by the page's scripts, and the form
  // validates with its schema, loaded after the page.
  await page.getByRole("button", { name: /julien\.roussel@idf\.aract\.fr/ }).click();
  await expect(page.getByLabel("Adresse e-mail professionnelle")).toHaveValue("julien.roussel@idf.aract.fr");
  await page.getByLabel("Adresse e-mail professionnelle").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText(/Cette adresse e-mail n.est pas valide/)).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/cette-page-n-existe-pas", "/%E0%A4%A", "/accessibilite"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  await page.goto("/accessibilite");
  await expect(page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" })).toBeVisible();
  await signIn(page, "julien.roussel@idf.aract.fr");
  await page.goto("/rapports");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
