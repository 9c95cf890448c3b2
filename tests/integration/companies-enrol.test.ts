import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolCompanyAction } from "@/lib/companies/actions";
import type { EnrolCompanyInput } from "@/lib/companies/schemas";
import { withSiretCheckDigit } from "@/lib/companies/siret";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, other, charge } = shared;
  const secondCluster = await createCluster(db, aract.id, { staffUserId: charge.id });
  const evaluated = await createCluster(db, aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  const foreign = await enrolCompany(db, (await createCluster(db, other.id)).id, other.id);
  return { ...shared, secondCluster, evaluated, foreign };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

let sirets = 0;
const newSiret = () => withSiretCheckDigit(`44200000${String(++sirets).padStart(5, "0")}`);

const pair = {
  direction: { firstName: "Yannick", lastName: "Abiven", jobTitle: "Directeur", email: "Yannick.Abiven@legumerie.fr" },
  staffRepresentative: { firstName: "Soizic", lastName: "Le Saout", jobTitle: "Secrétaire du CSE", email: "" },
};

const newCompany = (overrides: Partial<Extract<EnrolCompanyInput["company"], { mode: "new" }>> = {}): EnrolCompanyInput => ({
  clusterId: world.cluster.id,
  company: {
    mode: "new",
    name: "Légumerie du Léon",
    siret: newSiret(),
    nafCode: "1039a",
    headcount: 130,
    city: "Saint-Pol-de-Léon",
    postalCode: "29250",
    ...overrides,
  },
  ...pair,
});

const counts = async () => ({
  companies: await db.company.count(),
  participations: await db.participation.count(),
  persons: await db.person.count(),
  seats: await db.pairMember.count(),
});

describe("enrolling a new company", () => {
  it("creates the company, its participation ENROLLED with its history, its pair and the audit entries", async () => {
    actAs(world.charge.id);
    const input = newCompany();
    const result = await enrolCompanyAction(input);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.participationId : "";
    const saved = await db.participation.findUniqueOrThrow({
      where: { id },
      include: { company: true, statusChanges: true, pairMembers: { include: { person: true }, orderBy: { side: "asc" } } },
    });
    expect(saved).toMatchObject({ aractId: world.aract.id, clusterId: world.cluster.id, status: "ENROLLED", headcountAtEntry: 130 });
    expect(saved.company).toMatchObject({ name: "Légumerie du Léon", nafCode: "10.39A", postalCode: "29250" });
    expect(saved.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.changedById])).toEqual([[null, "ENROLLED", world.charge.id]]);
    expect(saved.pairMembers.map((m) => [m.side, m.person.lastName, m.person.email, m.endedAt, m.invitedAt])).toEqual([
      ["DIRECTION", "Abiven", "yannick.abiven@legumerie.fr", null, null],
      ["STAFF_REPRESENTATIVE", "Le Saout", null, null, null],
    ]);
    const audit = await db.auditEvent.findMany({ where: { actorId: world.charge.id, aractId: world.aract.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["company.created", "pair.member-added", "pair.member-added", "participation.enrolled", "person.created", "person.created"].sort(),
    );
  });

  it("reuses the Aract's person with the same e-mail, and lets the same SIRET exist in another Aract", async () => {
    actAs(world.charge.id);
    const before = await counts();
    const foreignSiret = world.foreign.company.siret;
    const result = await enrolCompanyAction({
      ...newCompany({ name: "Homonyme", siret: foreignSiret }),
      clusterId: world.secondCluster.id,
    });
    expect(result.ok).toBe(true);
    const after = await counts();
    // One new person (the staff representative has no address), the direction found by its e-mail.
    expect(after).toEqual({ ...before, companies: before.companies + 1, participations: before.participations + 1, persons: before.persons + 1, seats: before.seats + 2 });
  });
});

describe("enrolling a company the Aract knows", () => {
  it("enrols it in another cluster with its headcount of the day", async () => {
    actAs(world.charge.id);
    const result = await enrolCompanyAction({
      clusterId: world.secondCluster.id,
      company: { mode: "existing", id: world.member.company.id },
      ...pair,
    });
    expect(result.ok).toBe(true);
    const saved = await db.participation.findUniqueOrThrow({ where: { id: result.ok ? result.data.participationId : "" } });
    expect(saved).toMatchObject({ companyId: world.member.company.id, headcountAtEntry: world.member.company.headcount });
  });

  it("refuses to enrol it twice in the same cluster, next to the field, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await counts();
    const picked = await enrolCompanyAction({ clusterId: world.cluster.id, company: { mode: "existing", id: world.member.company.id }, ...pair });
    expect(!picked.ok && picked.fieldErrors).toEqual({ "company.id": "Cette entreprise est déjà inscrite dans ce cluster." });
    const retyped = await enrolCompanyAction(newCompany({ siret: world.member.company.siret }));
    expect(!retyped.ok && retyped.fieldErrors?.["company.siret"]).toMatch(/est déjà inscrite dans ce cluster/);
    expect(await counts()).toEqual(before);
  });

  it("refuses to create it again under its SIRET, and suggests picking it", async () => {
    actAs(world.charge.id);
    const before = await counts();
    const thirdCluster = await createCluster(db, world.aract.id);
    const result = await enrolCompanyAction({ ...newCompany({ siret: world.member.company.siret }), clusterId: thirdCluster.id });
    expect(!result.ok && result.fieldErrors?.["company.siret"]).toMatch(/déjà celui de « Entreprise \d+ ».*choisissez-la/);
    expect(await counts()).toEqual(before);
  });
});

describe("bad input and refusals", () => {
  it("refuses an invalid SIRET and a bad NAF code with French messages, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await counts();
    const result = await enrolCompanyAction(newCompany({ siret: "73282932000075", nafCode: "102", headcount: 0 }));
    expect(!result.ok && result.fieldErrors).toMatchObject({
      "company.siret": expect.stringMatching(/clé de contrôle/),
      "company.nafCode": expect.stringMatching(/10\.20Z/),
      "company.headcount": "Au moins 1 personne (salarié·e ou agent).",
    });
    expect(await counts()).toEqual(before);
  });

  it("never picks another Aract's company: it answers not found", async () => {
    actAs(world.charge.id);
    const before = await counts();
    const result = await enrolCompanyAction({ clusterId: world.cluster.id, company: { mode: "existing", id: world.foreign.company.id }, ...pair });
    expect(!result.ok && result.error).toMatch(/Cette entreprise est introuvable/);
    expect(await counts()).toEqual(before);
  });

  it("refuses an evaluated cluster", async () => {
    actAs(world.charge.id);
    const result = await enrolCompanyAction({ ...newCompany(), clusterId: world.evaluated.id });
    expect(!result.ok && result.error).toBe("Ce cluster est évalué : on ne peut plus y inscrire d'entreprise.");
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist", async () => {
    actAs(world.otherCharge.id);
    const before = await counts();
    const result = await enrolCompanyAction(newCompany());
    expect(!result.ok && result.error).toMatch(/Ce cluster est introuvable/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a company member, the national team and the signed-out", async () => {
    const before = await counts();
    for (const userId of [world.member.user.id, world.national.id, null]) {
      actAs(userId);
      expect(await enrolCompanyAction(newCompany())).toEqual(FORBIDDEN);
    }
    expect(await counts()).toEqual(before);
  });
});
