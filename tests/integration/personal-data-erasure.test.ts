import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { erasePersonAction } from "@/lib/personal-data/actions";
import { computeReport } from "@/lib/reports/queries";
import { buildScope } from "@/lib/auth/scope";
import { findUserWithAccess } from "@/lib/auth/access";
import { seedDemo } from "../../prisma/seed/demo";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import {
  attachTemplate,
  createDiagnosticTemplate,
  createResponseWithAnswers,
  createStaffUser,
  testDb,
} from "../factories";

const db = testDb();
const TODAY = "2026-11-23";
const BRETAGNE = "demo-aract-bretagne";
const IDF = "demo-aract-ile-de-france";
const MARIE = "marie.le-bihan@conserverie-armor.fr";
let users: { admin: string; otherAdmin: string; charge: string; member: string; national: string };
let marie: { personId: string; userId: string; number: number };

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

beforeAll(async () => {
  await seedDemo(db);
  const otherAdmin = await createStaffUser(db, "ARACT_ADMIN", IDF);
  users = {
    admin: await idOf("yann.le-goff@bretagne.aract.fr"),
    otherAdmin: otherAdmin.id,
    charge: await idOf("gaelle.kerjean@bretagne.aract.fr"),
    member: await idOf("thomas.guillou@conserverie-armor.fr"),
    national: await idOf("claire.martin@anact.fr"),
  };
  const person = await db.person.findFirstOrThrow({
    where: { email: MARIE },
    select: { id: true, userId: true, number: true },
  });
  marie = { personId: person.id, userId: person.userId!, number: person.number };
  // The demo holds no diagnostic answers: Marie sends one, so that the report counts it.
  const seat = await db.pairMember.findFirstOrThrow({
    where: { personId: person.id, endedAt: null },
    select: { side: true, participation: { select: { id: true, aractId: true, clusterId: true } } },
  });
  const { template, questions } = await createDiagnosticTemplate(db);
  await attachTemplate(db, { id: seat.participation.clusterId, aractId: seat.participation.aractId }, template.id);
  const response = await createResponseWithAnswers(db, seat.participation, {
    templateId: template.id,
    personId: person.id,
    side: seat.side,
    answers: { [questions["mixite-postes"]!.id]: 4, [questions["mixite-accord"]!.id]: true },
  });
  await db.diagnosticResponse.update({
    where: { id: response.id },
    data: { status: "SUBMITTED", submittedAt: new Date() },
  });
}, 60_000);
afterAll(() => db.$disconnect());

const auditCount = () => db.auditEvent.count();

describe("erasing a person (erasePersonAction)", () => {
  it("refuses a chargée de mission, a pair member and the national team, and writes nothing", async () => {
    const before = await auditCount();
    for (const caller of [users.charge, users.member, users.national]) {
      actAs(caller);
      expect(await erasePersonAction({ id: marie.personId, confirmation: "supprimer" })).toEqual(FORBIDDEN);
    }
    expect(await auditCount()).toBe(before);
    expect((await db.person.findUniqueOrThrow({ where: { id: marie.personId } })).erasedAt).toBeNull();
  });

  it("answers another Aract's administrator that the person is not found, and writes nothing", async () => {
    const before = await auditCount();
    actAs(users.otherAdmin);
    const result = await erasePersonAction({ id: marie.personId, confirmation: "supprimer" });
    expect(result).toEqual({ ok: false, error: "Cette personne est introuvable, ou vous n'y avez pas accès." });
    expect(await auditCount()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: marie.userId } })).email).toBe(MARIE);
  });

  it("refuses without the typed confirmation, with the message next to the field", async () => {
    const before = await auditCount();
    actAs(users.admin);
    const result = await erasePersonAction({ id: marie.personId, confirmation: "oui" });
    expect(result).toEqual({
      ok: false,
      error: "Le formulaire contient des erreurs : corrigez les champs signalés.",
      fieldErrors: { confirmation: "Saisissez « supprimer » pour confirmer la suppression." },
    });
    expect(await auditCount()).toBe(before);
    expect((await db.person.findUniqueOrThrow({ where: { id: marie.personId } })).firstName).not.toMatch(/supprimée/);
  });

  it("refuses the administrator's own erasure", async () => {
    actAs(users.admin);
    const result = await erasePersonAction({ id: users.admin, confirmation: "supprimer" });
    expect(result.ok ? "" : result.error).toMatch(/vos propres données/);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.admin } })).erasedAt).toBeNull();
  });

  it("pseudonymizes the person and their account, ends their access, audits, and leaves every report figure as it was", async () => {
    const national = await computeReport(readerOf(null), {}, TODAY);
    const bretagne = await computeReport(readerOf(BRETAGNE), {}, TODAY);
    const facts = {
      seats: await db.pairMember.count({ where: { personId: marie.personId } }),
      attendance: await db.attendance.count({ where: { personId: marie.personId } }),
      responses: await db.diagnosticResponse.count({ where: { personId: marie.personId } }),
      answers: await db.diagnosticAnswer.count({ where: { response: { personId: marie.personId } } }),
    };
    expect(facts.seats).toBeGreaterThan(0);
    expect(facts.answers).toBe(2);
    expect(facts.attendance).toBeGreaterThan(0);
    expect(national.total.counts?.diagnosticsSubmitted).toBeGreaterThan(0);
    await db.session.create({
      data: { sessionToken: "marie-session", userId: marie.userId, expires: new Date(Date.now() + 3600_000) },
    });
    await db.account.create({
      data: { userId: marie.userId, type: "oidc", provider: "proconnect", providerAccountId: "marie-oidc" },
    });
    await db.verificationToken.create({
      data: { identifier: MARIE, token: "marie-token", expires: new Date(Date.now() + 600_000) },
    });
    await db.outboxEmail.create({ data: { to: MARIE, subject: "Votre lien de connexion", text: "Lien", html: "<p>Lien</p>" } });
    // An online application of hers, and the rate-limit record of its sending.
    await db.application.create({
      data: {
        aractId: BRETAGNE,
        companyName: "Conserverie d'Armor",
        siret: "73282932000074",
        nafCode: "10.20Z",
        headcount: 145,
        postalCode: "22500",
        directionFirstName: "Marie",
        directionLastName: "Le Bihan",
        directionEmail: MARIE,
        staffFirstName: "Thomas",
        staffLastName: "Guillou",
        project: "Projet",
        consentAt: new Date(),
      },
    });
    await db.applicationRequest.create({ data: { email: MARIE, ip: "192.0.2.7" } });
    expect(await findUserWithAccess(MARIE)).toBe(marie.userId);

    actAs(users.admin);
    const result = await erasePersonAction({ id: marie.personId, confirmation: " Supprimer " });
    const name = `Personne supprimée n° ${marie.number}`;
    expect(result).toEqual({ ok: true, data: { id: marie.personId, pseudonym: name } });

    const person = await db.person.findUniqueOrThrow({ where: { id: marie.personId } });
    expect(`${person.firstName} ${person.lastName}`).toBe(name);
    expect(person).toMatchObject({ email: null, phone: null, jobTitle: null, userId: marie.userId });
    expect(person.erasedAt).toBeInstanceOf(Date);
    const user = await db.user.findUniqueOrThrow({ where: { id: marie.userId } });
    expect(user).toMatchObject({ name, email: `supprime-${marie.userId}@invalid` });
    expect(user.erasedAt).toBeInstanceOf(Date);
    expect(user.disabledAt).toBeInstanceOf(Date);
    expect(await db.session.count({ where: { userId: marie.userId } })).toBe(0);
    expect(await db.account.count({ where: { userId: marie.userId } })).toBe(0);
    expect(await db.membership.count({ where: { userId: marie.userId } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: MARIE } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: MARIE } })).toBe(0);
    expect(await db.application.count({ where: { directionEmail: MARIE } })).toBe(0);
    expect(await db.applicationRequest.count({ where: { email: MARIE } })).toBe(0);
    expect(await findUserWithAccess(MARIE)).toBeNull();
    expect(await buildScope(marie.userId)).toBeNull();

    // The anonymous facts stay.
    expect(await db.pairMember.count({ where: { personId: marie.personId } })).toBe(facts.seats);
    expect(await db.attendance.count({ where: { personId: marie.personId } })).toBe(facts.attendance);
    expect(await db.diagnosticResponse.count({ where: { personId: marie.personId } })).toBe(facts.responses);
    expect(await db.diagnosticAnswer.count({ where: { response: { personId: marie.personId } } })).toBe(facts.answers);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "person.erased", entityId: marie.personId },
    });
    expect(audit).toMatchObject({ actorId: users.admin, aractId: BRETAGNE, entityType: "Person" });
    expect(JSON.stringify(audit.changes)).not.toMatch(/marie|bihan|conserverie|@/i);

    // The action marked the Aract's facts stale: the reports are recomputed from the erased data.
    expect(await computeReport(readerOf(null), {}, TODAY)).toEqual(national);
    expect(await computeReport(readerOf(BRETAGNE), {}, TODAY)).toEqual(bretagne);
  });

  it("says the person is already erased when asked again", async () => {
    actAs(users.admin);
    const result = await erasePersonAction({ id: marie.personId, confirmation: "supprimer" });
    expect(result.ok ? "" : result.error).toMatch(/déjà été supprimée/);
    expect(await db.auditEvent.count({ where: { action: "person.erased", entityId: marie.personId } })).toBe(1);
  });

  it("erases a staff member of the Aract (no person) with a fresh number, and ends their role", async () => {
    const charge = await createStaffUser(db, "CHARGE_DE_MISSION", BRETAGNE);
    actAs(users.admin);
    const result = await erasePersonAction({ id: charge.id, confirmation: "supprimer" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: charge.id } });
    expect(user.name).toMatch(/^Personne supprimée n° \d+$/);
    expect(result.ok && result.data.pseudonym).toBe(user.name);
    expect(await db.membership.count({ where: { userId: charge.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "person.erased", entityId: charge.id } });
    expect(audit).toMatchObject({ entityType: "User", actorId: users.admin, aractId: BRETAGNE });
  });
});
