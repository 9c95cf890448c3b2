import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";
import { lastLinkTo, PROD_ADMIN_EMAIL, PROD_URL, prodQuery, requestProdLink, signInWithLink } from "./production";

// The platform run for real: started with APP_ENV=production on an empty database, its first national
// administrator made by `npm run admin:create`, every other person invited in the browser.

test.describe.configure({ mode: "serial" });

test("a production start writes no demo data: its only user is the one made by admin:create", async () => {
  expect(await prodQuery(`SELECT email FROM "User"`)).toEqual([{ email: PROD_ADMIN_EMAIL }]);
  expect(await prodQuery(`SELECT count(*)::int AS n FROM "Aract"`)).toEqual([{ n: 0 }]);
  expect(await prodQuery(`SELECT count(*)::int AS n FROM "Cluster"`)).toEqual([{ n: 0 }]);
});

test("in production every answer, a missing page's included, tells browsers to keep to HTTPS", async ({ request }) => {
  for (const path of ["/connexion", "/cette-page-n-existe-pas", "/%E0%A4%A"]) {
    const response = await request.get(`${PROD_URL}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("the network's administrators set up an Aract, its team and a regional programme, and a leaver's cluster is handed over", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const adminEmail = `marc.schmitt.${stamp}@grandest.aract.fr`;
  const chargeEmail = `sophie.klein.${stamp}@grandest.aract.fr`;
  const clusterName = `QVCT des EHPAD de Moselle ${stamp}`;
  const programmeName = `Prévenir l'usure en Grand Est ${stamp}`;

  // The national administrator signs in with a link sent by SMTP and creates the Aract.
  const national = await signInWithLink(browser, await requestProdLink(browser, PROD_ADMIN_EMAIL));
  await national.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Administration" }).click();
  await expect(national.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectAccessible(national);
  await national.getByRole("link", { name: "Aract du réseau" }).click();
  await expect(national.getByRole("heading", { level: 1, name: "Aract du réseau" })).toBeVisible();
  await expectAccessible(national);
  await national.getByRole("link", { name: "Créer une Aract" }).click();
  await expectAccessible(national);
  await national.getByLabel("Nom", { exact: true }).fill("Aract Grand Est");
  await national.getByLabel("Région", { exact: true }).fill("Grand Est");
  await national.getByLabel("Départements couverts").fill("08, 10, 51, 52, 54, 55, 57, 67, 68, 99");
  await national.getByRole("button", { name: "Créer l'Aract" }).click();
  await expect(national.getByText("Codes de départements inconnus : 99.")).toBeVisible();
  await national.getByLabel("Départements couverts").fill("08, 10, 51, 52, 54, 55, 57, 67, 68, 88");
  await national.getByRole("button", { name: "Créer l'Aract" }).click();
  await expect(national.getByRole("heading", { level: 1, name: "Aract Grand Est" })).toBeVisible();
  await expectAccessible(national);

  // … and invites its administrator.
  await national.getByLabel("Prénom et nom").fill("Marc Schmitt");
  await national.getByLabel("Adresse e-mail").fill(adminEmail);
  await national.getByRole("button", { name: "Inviter comme administrateur·rice" }).click();
  await expect(national.getByText(`Invitation envoyée à ${adminEmail}`)).toBeVisible();
  await expect(national.getByRole("cell", { name: adminEmail })).toBeVisible();

  // The administrator follows the invitation and invites a chargée de mission.
  const admin = await signInWithLink(browser, await lastLinkTo(adminEmail, /Invitation : Aract Grand Est/));
  await expectAccessible(admin);
  await admin.goto("/administration/utilisateurs/inviter");
  await expectAccessible(admin);
  await admin.getByLabel("Prénom et nom").fill("Sophie Klein");
  await admin.getByLabel("Adresse e-mail").fill(chargeEmail);
  await admin.getByLabel("Rôle").selectOption("CHARGE_DE_MISSION");
  await admin.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(admin.getByText(`Invitation envoyée à ${chargeEmail}`)).toBeVisible();

  // … and creates a regional programme.
  await admin.goto("/administration/programmes/nouveau");
  await expectAccessible(admin);
  await admin.getByLabel("Code", { exact: true }).fill(`USURE-GE-${stamp.toUpperCase()}`);
  await admin.getByLabel("Nom du programme", { exact: true }).fill(programmeName);
  await admin.getByRole("group", { name: "Thèmes" }).getByLabel("Usure professionnelle et vieillissement actif", { exact: true }).check();
  await admin.getByLabel("Année de début", { exact: true }).fill("2027");
  await admin.getByRole("button", { name: "Créer le programme" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(programmeName) })).toBeVisible();
  await expectAccessible(admin);

  // The chargée de mission signs in and creates a cluster.
  const charge = await signInWithLink(browser, await lastLinkTo(chargeEmail, /Invitation : Aract Grand Est/));
  await charge.goto("/clusters/nouveau");
  await expectAccessible(charge);
  await charge.getByLabel("Nom du cluster", { exact: true }).fill(clusterName);
  await charge.getByLabel("Programme", { exact: true }).selectOption({ label: programmeName });
  await charge.getByRole("group", { name: "Thèmes" }).getByLabel("Qualité de vie et des conditions de travail", { exact: true }).check();
  await charge.getByLabel("Territoire", { exact: true }).fill("Moselle");
  await charge.getByLabel("Début", { exact: true }).fill("2027-02-01");
  await charge.getByLabel("Fin", { exact: true }).fill("2027-11-30");
  await charge.getByRole("button", { name: "Créer le cluster" }).click();
  await expect(charge.getByRole("heading", { level: 1, name: clusterName })).toBeVisible();
  await expectAccessible(charge);

  // The administrator deactivates her after handing her cluster to himself.
  await admin.goto("/administration/utilisateurs");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Sophie Klein" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Sophie Klein" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Confier les clusters et désactiver" }).click();
  await expect(admin.getByText("Choisissez à qui confier ce cluster.")).toBeVisible();
  await admin.getByLabel(clusterName).selectOption({ label: "Marc Schmitt" });
  await admin.getByRole("button", { name: "Confier les clusters et désactiver" }).click();
  await expect(admin.getByText("Désactivé·e").first()).toBeVisible();
  await expectAccessible(admin);

  // Her open browser is refused at its next click.
  await charge.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Clusters" }).click();
  await expect(charge).toHaveURL(/\/connexion/);
  const [staff] = await prodQuery<{ email: string }>(
    `SELECT u.email FROM "ClusterStaff" s JOIN "User" u ON u.id = s."userId" JOIN "Cluster" c ON c.id = s."clusterId" WHERE c.name = $1`,
    [clusterName],
  );
  expect(staff).toEqual({ email: adminEmail });
  const [cluster] = await prodQuery<{ programme: string; aractId: string | null }>(
    `SELECT p.name AS programme, p."aractId" FROM "Cluster" c JOIN "Programme" p ON p.id = c."programmeId" WHERE c.name = $1`,
    [clusterName],
  );
  expect(cluster).toMatchObject({ programme: programmeName, aractId: expect.any(String) });
});
