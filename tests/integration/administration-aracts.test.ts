import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appointAractAdminAction,
  createAractAction,
  deactivateAractAction,
  reactivateAractAction,
  updateAractAction,
} from "@/lib/aracts/actions";
import { buildScope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createStaffUser, createTwoAracts, testDb } from "../factories";

// The national administrator runs the network's Aracts; nobody else may.
const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  const nationalAdmin = await createStaffUser(db, "NATIONAL_ADMIN", null);
  const aractAdmin = await createStaffUser(db, "ARACT_ADMIN", base.aract.id);
  return { ...base, nationalAdmin, aractAdmin };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const grandEst = { name: "Aract Grand Est", region: "Grand Est", departements: "08, 10, 51 et 52;54 55,57 67 68 88", contactEmail: "" };

describe("creating and editing an Aract", () => {
  it("creates it with its départements, audited", async () => {
    actAs(world.nationalAdmin.id);
    const result = await createAractAction(grandEst);
    expect(result.ok).toBe(true);
    const aract = await db.aract.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(aract).toMatchObject({ name: "Aract Grand Est", slug: "grand-est", region: "Grand Est", contactEmail: null, deactivatedAt: null });
    expect(aract.departements).toEqual(["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"]);
    expect(await db.auditEvent.count({ where: { entityId: aract.id, action: "aract.created", actorId: world.nationalAdmin.id } })).toBe(1);
  });

  it("refuses bad input field by field and a name already taken, writing nothing", async () => {
    actAs(world.nationalAdmin.id);
    const before = await db.aract.count();
    const bad = await createAractAction({ name: "", region: " ", departements: "29, 100, 2C", contactEmail: "pas-une-adresse" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: {
      name: "Saisissez le nom de l'Aract.",
      region: "Saisissez la région.",
      departements: "Codes de départements inconnus : 100, 2C. Écrivez par exemple « 22, 29, 35, 56 ».",
      contactEmail: "Saisissez une adresse e-mail valide, comme prenom.nom@entreprise.fr.",
    } });
    const clash = await createAractAction({ ...grandEst, name: "aract grand est" });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { name: "Une Aract porte déjà ce nom." } });
    expect(await db.aract.count()).toBe(before);
  });

  it("edits it and records what changed", async () => {
    actAs(world.nationalAdmin.id);
    const result = await updateAractAction({ id: world.other.id, name: "Aract Est", region: "Grand Est", departements: "67, 68", contactEmail: "contact@est.aract.fr" });
    expect(result.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.other.id, action: "aract.updated" } });
    expect(event.changes).toMatchObject({ region: ["Aract Est", "Grand Est"], departements: [[], ["67", "68"]], contactEmail: [null, "contact@est.aract.fr"] });
  });

  it("refuses every other role, and changes nothing", async () => {
    for (const user of [world.national, world.aractAdmin, world.charge, world.member.user]) {
      actAs(user.id);
      expect(await createAractAction({ ...grandEst, name: "Aract Corse" })).toEqual(FORBIDDEN);
      expect(await updateAractAction({ ...grandEst, id: world.aract.id, name: "Pris" })).toEqual(FORBIDDEN);
      expect(await deactivateAractAction({ id: world.aract.id })).toEqual(FORBIDDEN);
      expect(await appointAractAdminAction({ aractId: world.aract.id, email: "x@y.fr", name: "X" })).toEqual(FORBIDDEN);
    }
    expect(await db.aract.count({ where: { name: { in: ["Aract Corse", "Pris"] } } })).toBe(0);
    expect((await db.aract.findUniqueOrThrow({ where: { id: world.aract.id } })).deactivatedAt).toBeNull();
  });
});

describe("appointing an Aract's administrator", () => {
  it("invites them by e-mail with a sign-in link, as administrator of that Aract", async () => {
    actAs(world.nationalAdmin.id);
    const result = await appointAractAdminAction({ aractId: world.other.id, email: "Paul.Weber@Est.Aract.fr", name: "Paul Weber" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "paul.weber@est.aract.fr" } });
    expect(await buildScope(user.id)).toMatchObject({ role: "ARACT_ADMIN", aractId: world.other.id });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "paul.weber@est.aract.fr" } });
    expect(mail.subject).toBe("Invitation : Aract Est sur la plateforme des clusters");
    expect(mail.text).toMatch(/\/connexion\/confirmer\?callbackUrl=%2F&token=[0-9a-f]{64}&email=paul.weber%40est.aract.fr/);
    expect(mail.text).toContain("/donnees-personnelles");
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.invited", aractId: world.other.id } })).toBe(1);
  });

  it("refuses an address already in another Aract's team, and a malformed one", async () => {
    actAs(world.nationalAdmin.id);
    expect(await appointAractAdminAction({ aractId: world.other.id, email: world.charge.email, name: "X" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "Cette adresse appartient déjà à l'équipe d'une autre Aract ou à l'équipe nationale." },
    });
    expect(await appointAractAdminAction({ aractId: world.other.id, email: "paul@", name: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String), name: "Saisissez le prénom et le nom." },
    });
  });
});

describe("deactivating an Aract", () => {
  it("ends its people's sessions and access, keeps its records, and can be undone", async () => {
    const { aract, charge, member } = world;
    await db.session.create({ data: { sessionToken: `t-${charge.id}`, userId: charge.id, expires: new Date(Date.now() + 3600_000) } });
    await db.session.create({ data: { sessionToken: `t-${world.nationalAdmin.id}`, userId: world.nationalAdmin.id, expires: new Date(Date.now() + 3600_000) } });
    actAs(world.nationalAdmin.id);
    expect((await deactivateAractAction({ id: aract.id })).ok).toBe(true);
    expect(await db.session.count({ where: { userId: charge.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: world.nationalAdmin.id } })).toBe(1);
    expect(await buildScope(charge.id)).toBeNull();
    expect(await buildScope(member.user.id)).toBeNull();
    expect(await db.cluster.count({ where: { aractId: aract.id } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { entityId: aract.id, action: "aract.deactivated" } })).toBe(1);

    expect((await reactivateAractAction({ id: aract.id })).ok).toBe(true);
    expect(await buildScope(charge.id)).toMatchObject({ role: "CHARGE_DE_MISSION" });
  });
});
