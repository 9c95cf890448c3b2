import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

const CLUSTER = "demo-cluster-bretagne-qvct-usure-2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

test("the chargée de mission uploads a session support that the pair then downloads", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Atelier plannings ${Date.now().toString(36)}`;
  const gaelle = await (await browser.newContext()).newPage();
  await signIn(gaelle, "gaelle.kerjean@bretagne.aract.fr");
  await gaelle.getByRole("link", { name: "Ressources", exact: true }).click();
  await expect(gaelle.getByRole("heading", { level: 1, name: "Ressources du réseau" })).toBeVisible();
  // The demo's national resources come first when featured.
  await expect(gaelle.getByRole("article").first()).toContainText("À la une");
  await expectAccessible(gaelle);

  // The search and its filters are kept in the URL.
  await gaelle.getByLabel("Mots du titre ou du résumé").fill("usure");
  await gaelle.getByLabel("Nature").selectOption({ label: "Outil de diagnostic" });
  await gaelle.getByRole("button", { name: "Rechercher" }).click();
  await expect(gaelle).toHaveURL(/q=usure.*nature=DIAGNOSTIC_TOOL/);
  // The Anact's tool, and the one the Aract Île-de-France shares with the network, newest first.
  await expect(gaelle.getByRole("heading", { level: 3 })).toHaveText([
    "Repérer l'usure professionnelle : grille d'observation des situations de travail",
    "Kit QVT pour les organismes de services à la personne",
  ]);
  await expectAccessible(gaelle);

  await gaelle.getByRole("link", { name: "Publier une ressource" }).click();
  await expect(gaelle.getByRole("heading", { level: 1, name: "Publier une ressource" })).toBeVisible();
  // An image named as a PDF: its content is checked, and it is refused.
  await gaelle.getByLabel("Fichier", { exact: true }).setInputFiles({ name: "atelier.pdf", mimeType: "application/pdf", buffer: PNG });
  await gaelle.getByLabel("Titre", { exact: true }).fill(title);
  await gaelle.getByLabel("Résumé", { exact: true }).fill("Les règles de construction d'un planning, à discuter en binôme.");
  await gaelle.getByLabel("Nature").selectOption({ label: "Support de séance" });
  await gaelle.getByLabel("Usure professionnelle et vieillissement actif").check();
  await gaelle.getByRole("button", { name: "Publier la ressource" }).click();
  await expect(gaelle.getByLabel("Fichier", { exact: true })).toHaveAccessibleDescription(
    /Le contenu de ce fichier n'est pas celui d'un PDF, comme son nom l'annonce : il n'est pas enregistré\./,
  );
  await expectAccessible(gaelle);
  await gaelle.getByLabel("Fichier", { exact: true }).setInputFiles({ name: "atelier.pdf", mimeType: "application/pdf", buffer: PDF });
  await gaelle.getByRole("button", { name: "Publier la ressource" }).click();
  await expect(gaelle.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(gaelle.getByRole("status").filter({ hasText: "Ressource publiée" })).toBeVisible();
  await expectAccessible(gaelle);

  // Attached to the cluster's first session, as its support.
  await gaelle.goto(`/clusters/${CLUSTER}/ressources`);
  await gaelle.getByLabel("Ressource de la bibliothèque").selectOption({ label: title });
  await gaelle.getByLabel("Joindre à").selectOption({ index: 1 });
  await gaelle.getByRole("button", { name: "Joindre", exact: true }).click();
  const supports = gaelle.getByRole("region", { name: /^Supports de la séance/ }).filter({ hasText: title });
  await expect(supports).toBeVisible();
  await expectAccessible(gaelle);

  // The pair reads it in its cluster, and downloads the very file.
  const marie = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(marie, "marie.le-bihan@conserverie-armor.fr");
  await marie.goto(`/clusters/${CLUSTER}/ressources`);
  await expect(marie.getByRole("heading", { level: 2, name: "Ressources" })).toBeVisible();
  await expect(marie.getByRole("button", { name: "Joindre", exact: true })).toHaveCount(0);
  const item = marie.getByRole("article").filter({ hasText: title });
  await expectAccessible(marie);
  const [download] = await Promise.all([marie.waitForEvent("download"), item.getByRole("link", { name: /^Télécharger/ }).click()]);
  expect(download.suggestedFilename()).toBe("atelier.pdf");
  expect(await readFile((await download.path())!)).toEqual(PDF);
});
