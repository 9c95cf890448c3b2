import { expect, test } from "@playwright/test";
import { withSiretCheckDigit } from "../src/lib/companies/siret";
import { createOwnCluster, expectAccessible, signIn } from "./support";

const CHARGE = "gaelle.kerjean@bretagne.aract.fr";

test("a visitor applies to a national programme with a Finistère postcode; the Bretagne chargée de mission accepts and the pair is invited", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const clusterName = `Cluster candidatures ${stamp}`;
  await createOwnCluster(CHARGE, clusterName);
  const name = `Crèche Les Lutins ${stamp}`;
  const directionEmail = `anne.${stamp}@lutins.fr`;
  const staffEmail = `loic.${stamp}@lutins.fr`;
  // A SIREN starting with 9 (the demo companies' start with 3 to 8), unique per run.
  const siret = withSiretCheckDigit(`9${String(stamp).slice(-8)}0001`);

  await test.step("the visitor finds the programme and applies", async () => {
    await page.goto("/candidater");
    await expect(page.getByRole("heading", { name: "Rejoindre une action collective" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tempo (travail, emploi, populations)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tempo (travail, emploi, populations)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ce que la participation implique" })).toBeVisible();

    await page.getByRole("button", { name: "Envoyer la candidature" }).click();
    await expect(page.getByText("Cochez la case pour accepter que l'Aract traite ces données")).toBeVisible();
    await expect(page.getByText("Saisissez le SIRET.")).toBeVisible();
    await expectAccessible(page);

    const structure = page.getByRole("group", { name: "Nouvelle structure" });
    await structure.getByLabel("Nom de la structure", { exact: true }).fill(name);
    await structure.getByLabel("SIRET", { exact: true }).fill(siret);
    await structure.getByLabel("Code NAF", { exact: true }).fill("88.91A");
    await structure.getByLabel("Effectif", { exact: true }).fill("24");
    await structure.getByLabel("Ville", { exact: true }).fill("Quimper");
    await structure.getByLabel("Code postal", { exact: true }).fill("29000");
    for (const [side, person] of [
      ["Direction", ["Anne", `Le Du ${stamp}`, "Directrice", directionEmail]],
      ["Représentant·e du personnel", ["Loïc", `Bras ${stamp}`, "Élu du CSE", staffEmail]],
    ] as const) {
      const group = page.getByRole("group", { name: side, exact: true });
      await group.getByLabel("Prénom", { exact: true }).fill(person[0]);
      await group.getByLabel("Nom", { exact: true }).fill(person[1]);
      await group.getByLabel("Fonction", { exact: true }).fill(person[2]);
      await group.getByLabel("Adresse e-mail", { exact: true }).fill(person[3]);
    }
    await page.getByLabel("Votre projet en quelques lignes").fill("Prévenir l'usure des équipes auprès des enfants.");
    await page.getByLabel(/J'accepte que l'Aract et l'Anact traitent ces données/).check();
    await page.getByRole("button", { name: "Envoyer la candidature" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Candidature envoyée" })).toContainText(directionEmail);
    await expectAccessible(page);

    await page.goto(`/boite-d-envoi?a=${encodeURIComponent(directionEmail)}`);
    await expect(page.getByRole("heading", { name: "Candidature reçue" })).toBeVisible();
    await expect(page.getByText("L'Aract Bretagne l'étudie et vous répondra")).toBeVisible();
  });

  await test.step("the Bretagne chargée de mission finds the candidate and accepts it", async () => {
    await signIn(page, CHARGE);
    await page.getByRole("navigation", { name: /principale/i }).getByRole("link", { name: "Candidatures" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Prévenir l'usure des équipes auprès des enfants.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Cluster où l'inscrire").selectOption({ label: clusterName });
    await page.getByRole("button", { name: "Accepter et inviter le binôme" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText("Entreprise inscrite")).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("both members of the pair have their invitation in the outbox", async () => {
    for (const email of [directionEmail, staffEmail]) {
      await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
      await expect(page.getByRole("heading", { name: `Aract Bretagne : invitation au ${clusterName}` })).toBeVisible();
    }
    await expectAccessible(page);
  });
});
