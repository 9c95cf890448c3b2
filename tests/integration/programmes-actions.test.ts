import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProgrammeAction, updateProgrammeAction } from "@/lib/programmes/actions";
import { getProgrammeForEdit, listProgrammeOptions, listProgrammes } from "@/lib/programmes/queries";
import { createClusterAction } from "@/lib/clusters/actions";
import { buildScope, type Scope } from "@/lib/auth/scope";
import type { ProgrammeInput } from "@/lib/programmes/schemas";
import type { ClusterInput } from "@/lib/clusters/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createStaffUser, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  return {
    ...base,
    admin: await createStaffUser(db, "ARACT_ADMIN", base.aract.id),
    otherAdmin: await createStaffUser(db, "ARACT_ADMIN", base.other.id),
    nationalAdmin: await createStaffUser(db, "NATIONAL_ADMIN", null),
  };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

let runs = 0;
const input = (overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  code: `TEMPO-${2026 + ++runs}`,
  name: "Tempo 2026",
  description: "Des clusters sociaux pour l'emploi des seniors.",
  themes: ["EMPLOI_SENIORS", "PREVENTION_PENIBILITE"],
  startYear: 2026,
  endYear: 2028,
  budgetEuros: 250000,
  funders: [
    { name: "Fonds social européen", amountEuros: 150000 },
    { name: "Anact", amountEuros: undefined },
  ],
  ...overrides,
});

async function create(userId: string, overrides: Partial<ProgrammeInput> = {}) {
  actAs(userId);
  const result = await createProgrammeAction(input(overrides));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;

describe("creating a programme", () => {
  it("lets the national administrator create a national programme, with its funders in cents and an audit row", async () => {
    actAs(world.nationalAdmin.id);
    const result = await createProgrammeAction(input({ code: "tempo-national" }));
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const saved = await db.programme.findUniqueOrThrow({
      where: { id },
      include: { funders: { orderBy: { name: "asc" } } },
    });
    expect(saved).toMatchObject({
      aractId: null,
      code: "TEMPO-NATIONAL",
      name: "Tempo 2026",
      startYear: 2026,
      endYear: 2028,
    });
    expect(saved.budgetCents).toBe(25_000_000n);
    expect(saved.funders.map((f) => [f.name, f.amountCents])).toEqual([
      ["Anact", null],
      ["Fonds social européen", 15_000_000n],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "programme.created" } });
    expect(audit).toMatchObject({ actorId: world.nationalAdmin.id, aractId: null, entityType: "Programme" });
    expect(audit.changes).toMatchObject({ code: "TEMPO-NATIONAL", budgetEuros: 250000 });
  });

  it("lets an Aract administrator create a regional programme of their own Aract", async () => {
    const id = await create(world.admin.id, { code: "EGALITE-OUEST" });
    expect(await db.programme.findUniqueOrThrow({ where: { id } })).toMatchObject({ aractId: world.aract.id });
    expect(
      await db.auditEvent.count({
        where: { entityId: id, action: "programme.created", aractId: world.aract.id, actorId: world.admin.id },
      }),
    ).toBe(1);
  });

  it("refuses bad input with French messages next to the fields, and saves nothing", async () => {
    actAs(world.admin.id);
    const before = await db.programme.count();
    const result = await createProgrammeAction(
      input({
        code: "Tempo 2026 !",
        name: " ",
        themes: [],
        startYear: 2027,
        endYear: 2025,
        budgetEuros: -5,
        funders: [{ name: "", amountEuros: 10 }],
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toMatchObject({
      code: "Lettres majuscules, chiffres, tirets et soulignés seulement, par exemple TEMPO-2026.",
      name: "Saisissez le nom du programme.",
      themes: "Choisissez au moins un thème.",
      endYear: "L'année de fin ne peut pas précéder l'année de début.",
      budgetEuros: "Le budget ne peut pas être négatif.",
      "funders.0.name": "Saisissez le nom du financeur.",
    });
    expect(await db.programme.count()).toBe(before);
  });

  it("refuses a code already taken anywhere in the network, whatever its case, as a field error", async () => {
    await create(world.otherAdmin.id, { code: "QVT-EST" });
    actAs(world.admin.id);
    const before = await db.programme.count();
    const result = await createProgrammeAction(input({ code: "qvt-est" }));
    expect(!result.ok && result.fieldErrors?.code).toMatch(/déjà celui d'un autre programme/);
    expect(await db.programme.count()).toBe(before);
  });

  it("refuses a chargé·e de mission, the national team and a pair member", async () => {
    const before = await db.programme.count();
    for (const userId of [world.charge.id, world.national.id, world.member.user.id, null]) {
      actAs(userId);
      expect(await createProgrammeAction(input())).toEqual(FORBIDDEN);
    }
    expect(await db.programme.count()).toBe(before);
  });
});

describe("editing a programme", () => {
  it("saves the changes and audits only the fields that changed", async () => {
    const id = await create(world.nationalAdmin.id);
    const programme = input({
      name: "Tempo, deuxième génération",
      funders: [{ name: "Fonds social européen", amountEuros: 180000 }],
    });
    const code = (await db.programme.findUniqueOrThrow({ where: { id } })).code;
    actAs(world.nationalAdmin.id);
    const result = await updateProgrammeAction({ id, programme: { ...programme, code } });
    expect(result).toEqual({ ok: true, data: { id } });
    const saved = await db.programme.findUniqueOrThrow({ where: { id }, include: { funders: true } });
    expect(saved.name).toBe("Tempo, deuxième génération");
    expect(saved.funders.map((f) => [f.name, f.amountCents])).toEqual([["Fonds social européen", 18_000_000n]]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "programme.updated" } });
    expect(audit.actorId).toBe(world.nationalAdmin.id);
    expect(Object.keys(audit.changes as object).sort()).toEqual(["funders", "name"]);
    expect((audit.changes as Record<string, unknown>).name).toEqual(["Tempo 2026", "Tempo, deuxième génération"]);
  });

  it("keeps its own code, and refuses another programme's", async () => {
    const id = await create(world.admin.id, { code: "CODE-GARDE" });
    await create(world.admin.id, { code: "CODE-PRIS" });
    actAs(world.admin.id);
    expect((await updateProgrammeAction({ id, programme: input({ code: "CODE-GARDE" }) })).ok).toBe(true);
    const clash = await updateProgrammeAction({ id, programme: input({ code: "CODE-PRIS" }) });
    expect(!clash.ok && clash.fieldErrors?.code).toMatch(/déjà celui d'un autre programme/);
    expect((await db.programme.findUniqueOrThrow({ where: { id } })).code).toBe("CODE-GARDE");
  });

  it("answers « introuvable » for a programme the caller does not own, and changes nothing", async () => {
    const national = await create(world.nationalAdmin.id);
    const regional = await create(world.admin.id);
    const attempts: [string, string][] = [
      [world.admin.id, national], // an Aract administrator does not edit national programmes
      [world.otherAdmin.id, regional], // nor another Aract's
      [world.nationalAdmin.id, regional], // the national administrator keeps to national ones
    ];
    for (const [userId, id] of attempts) {
      actAs(userId);
      const result = await updateProgrammeAction({ id, programme: input({ name: "Détourné" }) });
      expect(!result.ok && result.error, userId).toMatch(/introuvable/);
      expect((await db.programme.findUniqueOrThrow({ where: { id } })).name).toBe("Tempo 2026");
    }
    expect(await getProgrammeForEdit(await scopeOf(world.admin.id), national)).toBeNull();
    expect(await getProgrammeForEdit(await scopeOf(world.otherAdmin.id), regional)).toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: { in: [national, regional] }, action: "programme.updated" } }),
    ).toBe(0);
  });

  it("refuses a chargé·e de mission, the national team and a pair member", async () => {
    const id = await create(world.admin.id);
    for (const userId of [world.charge.id, world.national.id, world.member.user.id]) {
      actAs(userId);
      expect(await updateProgrammeAction({ id, programme: input({ name: "Détourné" }) })).toEqual(FORBIDDEN);
    }
    expect((await db.programme.findUniqueOrThrow({ where: { id } })).name).toBe("Tempo 2026");
  });
});

describe("the programmes each side sees", () => {
  it("lists every programme for the national administrator, the national ones read-only and its own for an Aract administrator", async () => {
    const national = await create(world.nationalAdmin.id);
    const own = await create(world.admin.id);
    const others = await create(world.otherAdmin.id);
    const all = await listProgrammes(await scopeOf(world.nationalAdmin.id));
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([national, own, others]));
    expect(all.find((p) => p.id === own)).toMatchObject({ editable: false, aractName: world.aract.name });

    const mine = await listProgrammes(await scopeOf(world.admin.id));
    expect(mine.map((p) => p.id)).toContain(national);
    expect(mine.map((p) => p.id)).not.toContain(others);
    expect(mine.find((p) => p.id === national)).toMatchObject({ editable: false, aractName: null });
    expect(mine.find((p) => p.id === own)).toMatchObject({ editable: true, budgetCents: 25_000_000 });
    // National ones come first.
    expect(mine.findIndex((p) => p.id === national)).toBeLessThan(mine.findIndex((p) => p.id === own));
  });

  it("offers the cluster form national programmes and the Aract's own regional ones, told apart, and refuses another Aract's", async () => {
    const national = await create(world.nationalAdmin.id);
    const own = await create(world.admin.id);
    const others = await create(world.otherAdmin.id);
    const options = await listProgrammeOptions(await scopeOf(world.charge.id));
    expect(options.find((p) => p.id === national)).toMatchObject({ national: true });
    expect(options.find((p) => p.id === own)).toMatchObject({ national: false });
    expect(options.map((p) => p.id)).not.toContain(others);

    actAs(world.charge.id);
    const cluster: ClusterInput = {
      name: "Cluster seniors du Trégor",
      description: "",
      programmeId: own,
      themes: ["EMPLOI_SENIORS"],
      kind: "TERRITORIAL",
      territory: "Trégor",
      sector: "",
      startDate: "2027-01-10",
      endDate: "2027-07-10",
      plannedCollectiveSessions: 5,
      plannedSupportDaysPerCompany: 2,
      staffUserIds: [world.charge.id],
      partners: [],
      funders: [],
    };
    const created = await createClusterAction(cluster);
    expect(created.ok).toBe(true);
    const refused = await createClusterAction({ ...cluster, programmeId: others });
    expect(!refused.ok && refused.fieldErrors?.programmeId).toBe("Ce programme n'existe pas.");
    const rows = await listProgrammes(await scopeOf(world.admin.id));
    expect(rows.find((p) => p.id === own)?.clusters).toBe(1);
  });
});
