import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { GET as ownData } from "@/app/compte/donnees/route";
import { GET as personData } from "@/app/administration/personnes/[id]/donnees/route";
import { buildScope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { searchPersons } from "@/lib/personal-data/people/queries";
import { PERSONAL_DATA_SHEETS } from "@/lib/personal-data/export-files";
import { actAs } from "../support/session";
import {
  createDiagnosticTemplate,
  createResponseWithAnswers,
  createStaffUser,
  createTwoAracts,
  markAttendance,
  planSession,
  testDb,
} from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db, { aractName: "Aract Occitanie" });
  const { aract, other, cluster, member } = shared;
  const admin = await createStaffUser(db, "ARACT_ADMIN", aract.id);
  const otherAdmin = await createStaffUser(db, "ARACT_ADMIN", other.id);
  await db.person.update({
    where: { id: member.direction.id },
    data: { phone: "02 98 00 00 00", jobTitle: "Directrice" },
  });
  const session = await planSession(db, cluster, { date: "2026-10-13", title: "Séance d'ouverture" });
  await markAttendance(db, session, member.direction, member.participation.id, "PRESENT");
  const { template, questions } = await createDiagnosticTemplate(db);
  await createResponseWithAnswers(db, member.participation, {
    templateId: template.id,
    personId: member.direction.id,
    answers: { [questions["mixite-accord"]!.id]: true, [questions["mixite-effectif"]!.id]: 12 },
  });
  await db.auditEvent.create({
    data: {
      aractId: aract.id,
      actorId: shared.charge.id,
      action: "pair.invited",
      entityType: "Person",
      entityId: member.direction.id,
    },
  });
  return { ...shared, admin, otherAdmin, template };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const own = (query: string) => ownData(new Request(`http://localhost/compte/donnees?${query}`));
const ofPerson = (id: string, query: string) =>
  personData(new Request(`http://localhost/administration/personnes/${id}/donnees?${query}`), {
    params: Promise.resolve({ id }),
  });
const exports = () => db.auditEvent.count({ where: { action: "personal-data.exported" } });

describe("GET /compte/donnees: one's own data", () => {
  it("gives a pair member their identity, seat, attendance, answers and the events about them, as JSON, and audits it", async () => {
    actAs(world.member.user.id);
    const response = await own("format=json");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="donnees-personnelles-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const data = await response.json();
    expect(data.account).toMatchObject({ id: world.member.user.id, email: world.member.user.email });
    const [person] = data.persons;
    expect(person).toMatchObject({
      email: world.member.direction.email,
      phone: "02 98 00 00 00",
      jobTitle: "Directrice",
      aract: "Aract Occitanie",
    });
    expect(person.pairSeats).toEqual([
      expect.objectContaining({ cluster: world.cluster.name, company: world.member.company.name, side: "Direction" }),
    ]);
    expect(person.attendance).toEqual([
      {
        date: "2026-10-13",
        slot: "matin",
        session: "Séance d'ouverture",
        cluster: world.cluster.name,
        status: "Présent·e",
      },
    ]);
    expect(person.diagnostics[0].answers).toEqual([
      { section: "Mixité des emplois", question: "Un accord égalité est en vigueur", value: true, text: "Oui" },
      { section: "Mixité des emplois", question: "Nombre de femmes en production", value: 12, text: "12" },
    ]);
    expect(data.auditEvents).toContainEqual(
      expect.objectContaining({
        action: "pair.invited",
        relation: "about",
        actor: world.charge.name,
        entityId: world.member.direction.id,
      }),
    );

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "personal-data.exported", actorId: world.member.user.id },
    });
    expect(audit).toMatchObject({ entityType: "User", entityId: world.member.user.id, aractId: world.aract.id });
    expect(audit.changes).toEqual({ format: "json", request: "own" });
  });

  it("gives the same as a readable workbook, one sheet per kind of data", async () => {
    actAs(world.member.user.id);
    const response = await own("format=xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...PERSONAL_DATA_SHEETS]);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().flat().filter(Boolean).map(String);
    expect(values("Identité")).toContain(world.member.direction.email!);
    expect(values("Réponses")).toEqual(expect.arrayContaining(["Un accord égalité est en vigueur", "Oui"]));
    expect(values("Présences")).toContain("Séance d'ouverture");
    // The first download is in the trail: about them (their account) and by them.
    expect(values("Journal")).toEqual(
      expect.arrayContaining(["personal-data.exported", "Vous concerne, fait par vous"]),
    );
  });

  it("gives a staff member their roles", async () => {
    actAs(world.charge.id);
    const data = await (await own("format=json")).json();
    expect(data.roles).toEqual([expect.objectContaining({ role: "Chargé·e de mission", aract: "Aract Occitanie" })]);
    expect(data.persons).toEqual([]);
  });

  it("refuses an unknown format in French, and a signed-out caller, without auditing", async () => {
    const before = await exports();
    actAs(world.member.user.id);
    const bad = await own("format=pdf");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("Format inconnu : demandez format=json ou format=xlsx.");
    actAs(null);
    expect((await own("format=json")).status).toBe(404);
    expect(await exports()).toBe(before);
  });
});

describe("GET /administration/personnes/[id]/donnees: a person's data, on request", () => {
  it("gives the Aract administrator the person's data and audits the export with the administrator as actor", async () => {
    actAs(world.admin.id);
    const response = await ofPerson(world.member.direction.id, "format=json");
    expect(response.status).toBe(200);
    const data = await response.json();
    expect(data.persons[0].id).toBe(world.member.direction.id);
    expect(data.account.email).toBe(world.member.user.email);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "personal-data.exported", actorId: world.admin.id },
    });
    expect(audit).toMatchObject({ entityType: "User", entityId: world.member.user.id, aractId: world.aract.id });
    expect(audit.changes).toEqual({ format: "json", request: "administrator" });
  });

  it("exports a person without an account", async () => {
    actAs(world.admin.id);
    const data = await (await ofPerson(world.member.staffRep.id, "format=json")).json();
    expect(data.account).toBeNull();
    expect(data.persons[0].email).toBe(world.member.staffRep.email);
  });

  it("answers 404 to another Aract's administrator, a chargé de mission and a pair member, and audits nothing", async () => {
    const before = await exports();
    for (const caller of [world.otherAdmin.id, world.charge.id, world.member.user.id]) {
      actAs(caller);
      expect((await ofPerson(world.member.direction.id, "format=json")).status).toBe(404);
    }
    actAs(world.admin.id);
    const bad = await ofPerson(world.member.direction.id, "format=csv");
    expect(bad.status).toBe(400);
    expect(await exports()).toBe(before);
  });
});

describe("searching the Aract's persons", () => {
  const scopeOf = async (userId: string) => (await buildScope(userId)) as AractScope;

  it("finds a pair member by name or address, and a staff member, in the administrator's Aract only", async () => {
    const admin = await scopeOf(world.admin.id);
    const byName = await searchPersons(admin, `dir ${world.member.direction.lastName}`);
    expect(byName.map((p) => p.id)).toContain(world.member.direction.id);
    expect(byName[0]!.description).toBe(`Direction · ${world.member.company.name} · ${world.cluster.name}`);
    const byEmail = await searchPersons(admin, world.member.staffRep.email!.toUpperCase());
    expect(byEmail.map((p) => p.id)).toEqual([world.member.staffRep.id]);
    const staff = await searchPersons(admin, world.charge.email);
    expect(staff).toEqual([expect.objectContaining({ id: world.charge.id, description: "Chargé·e de mission" })]);

    const other = await scopeOf(world.otherAdmin.id);
    expect(await searchPersons(other, world.member.direction.email!)).toEqual([]);
    expect(await searchPersons(other, world.charge.email)).toEqual([]);
  });
});
