import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveIndicatorsAction } from "@/lib/indicators/actions";
import { getCompanyIndicators, listClusterIndicatorChanges } from "@/lib/indicators/queries";
import { indicatorChangesReport } from "@/lib/reports/indicators/queries";
import { buildScope, type Scope } from "@/lib/auth/scope";
import type { IndicatorsInput } from "@/lib/indicators/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import { createTwoAracts, enrolCompany, giveAccount, testDb } from "../factories";

// A company's indicators, entered by the Aract's staff and by the company's pair, stage by stage.

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const second = await enrolCompany(db, shared.cluster.id, shared.aract.id);
  await db.participation.update({ where: { id: second.participation.id }, data: { headcountAtEntry: 34 } });
  const referente = await db.person.create({ data: { aractId: shared.aract.id, firstName: "Réf", lastName: "QVT", email: "ref@entreprise.fr" } });
  await db.pairMember.create({
    data: { aractId: shared.aract.id, participationId: shared.member.participation.id, personId: referente.id, role: "QVT_REFERENT" },
  });
  const referenteUser = await giveAccount(db, referente);
  return { ...shared, second, referenteUser };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const entry = (overrides: Partial<IndicatorsInput> = {}): IndicatorsInput => ({
  participationId: world.member.participation.id,
  stage: "ENTRY",
  measuredOn: "2026-08-31",
  source: "Bilan social 2025",
  values: { headcount: 130, women: 70, men: 60, absenteeismRate: 8, accidents: 6 },
  version: 0,
  ...overrides,
});
const setOf = (participationId: string, stage: "ENTRY" | "END" | "FOLLOW_UP") =>
  db.companyIndicators.findUnique({ where: { participationId_stage: { participationId, stage } } });

describe("entering a company's indicators", () => {
  it("refuses another Aract, the national team, another company's pair and a further member, and writes nothing", async () => {
    actAs(world.otherCharge.id);
    const foreign = await saveIndicatorsAction(entry());
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.national.id);
    expect(await saveIndicatorsAction(entry())).toEqual(FORBIDDEN);
    actAs(world.second.user.id);
    const neighbour = await saveIndicatorsAction(entry());
    expect(!neighbour.ok && neighbour.error).toMatch(/introuvable/);
    actAs(world.referenteUser.id);
    const referente = await saveIndicatorsAction(entry());
    expect(!referente.ok && referente.error).toMatch(/introuvable/);
    expect(await db.companyIndicators.count()).toBe(0);
  });

  it("refuses values that do not hold together, with French messages, and the follow-up before the closing", async () => {
    actAs(world.charge.id);
    const wrong = await saveIndicatorsAction(entry({ values: { headcount: 130, women: 70, men: 50, absenteeismRate: 140 } }));
    expect(!wrong.ok && wrong.fieldErrors).toEqual({
      "values.men": "Femmes et hommes font 120 personnes, l'effectif total 130.",
      "values.absenteeismRate": "Un pourcentage de 0 à 100.",
    });
    // The equality index of a company of 34 at entry, when the set gives no headcount of its own.
    const small = await saveIndicatorsAction(entry({ participationId: world.second.participation.id, values: { equalityIndex: 80 } }));
    expect(!small.ok && small.fieldErrors?.["values.equalityIndex"]).toMatch(/50 salarié·es ou plus ; l'effectif est de 34/);
    const early = await saveIndicatorsAction(entry({ stage: "FOLLOW_UP" }));
    expect(!early.ok && early.error).toBe("Les indicateurs du suivi se saisissent une fois le cluster clôturé.");
    expect(await setOf(world.member.participation.id, "ENTRY")).toBeNull();
  });

  it("saves the chargée de mission's set at entry, audited, and refuses a second first save", async () => {
    actAs(world.charge.id);
    const saved = await saveIndicatorsAction(entry());
    expect(saved.ok).toBe(true);
    const set = await setOf(world.member.participation.id, "ENTRY");
    expect(set).toMatchObject({ headcount: 130, women: 70, men: 60, absenteeismRate: 8, accidents: 6, turnoverRate: null, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: set!.id, action: "indicators.created" } })).toBe(1);
    const again = await saveIndicatorsAction(entry());
    expect(!again.ok && again.error).toMatch(/par quelqu'un d'autre/);
  });

  it("keeps one of two first saves made at once, and tells the other to reload", async () => {
    actAs(world.charge.id);
    const first = entry({ participationId: world.second.participation.id, values: { headcount: 34, absenteeismRate: 4 } });
    const results = await Promise.all([saveIndicatorsAction(first), saveIndicatorsAction(first)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: expect.stringMatching(/Rechargez la page/) });
    expect(await db.companyIndicators.count({ where: { participationId: world.second.participation.id } })).toBe(1);
  });

  it("lets the pair update them from its space, on the version it loaded; an older version is refused", async () => {
    actAs(world.member.user.id);
    const updated = await saveIndicatorsAction(entry({ values: { headcount: 130, women: 70, men: 60, absenteeismRate: 7.5 }, version: 1 }));
    expect(updated.ok).toBe(true);
    expect(await setOf(world.member.participation.id, "ENTRY")).toMatchObject({ absenteeismRate: 7.5, accidents: null, version: 2 });
    const stale = await saveIndicatorsAction(entry({ version: 1 }));
    expect(!stale.ok && stale.error).toMatch(/Rechargez la page/);
    const scope = (await buildScope(world.member.user.id)) as Scope;
    const read = await getCompanyIndicators(scope, world.cluster.id, world.member.participation.id);
    expect(read).toMatchObject({ writable: true, sets: { ENTRY: { values: { absenteeismRate: 7.5, headcount: 130 } } } });
    const referente = await getCompanyIndicators((await buildScope(world.referenteUser.id)) as Scope, world.cluster.id, world.member.participation.id);
    expect(referente?.writable).toBe(false);
  });

  it("gives the cluster the median change, follow-up first, once the cluster is closed", async () => {
    await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "CLOSED" } });
    actAs(world.charge.id);
    expect((await saveIndicatorsAction(entry({ stage: "END", measuredOn: "2027-06-30", values: { absenteeismRate: 7 } }))).ok).toBe(true);
    expect((await saveIndicatorsAction(entry({ stage: "FOLLOW_UP", measuredOn: "2027-12-31", values: { absenteeismRate: 5.5 } }))).ok).toBe(true);
    const changes = await listClusterIndicatorChanges(readerOf(world.aract.id), world.cluster.id);
    expect(changes.find((change) => change.key === "absenteeismRate")).toMatchObject({ companies: 1, change: -2 });
    expect(changes.find((change) => change.key === "headcount")).toMatchObject({ companies: 0, change: null });
    expect(await listClusterIndicatorChanges(readerOf(world.other.id), world.cluster.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "absenteeismRate", companies: 0 })]),
    );
  });
});

describe("the reports' median changes", () => {
  const TODAY = "2027-12-31";
  const absenteeism = <C extends { key: string }>(changes: C[]) => changes.find((change) => change.key === "absenteeismRate");

  it("withholds a median over fewer than five companies, in total and in every breakdown", async () => {
    const report = await indicatorChangesReport(readerOf(null), {}, TODAY);
    expect(absenteeism(report.total)).toMatchObject({ secret: true, companies: null, change: null });
    expect(report.byAract.map((row) => [row.label, absenteeism(row.changes)?.secret])).toEqual([[world.aract.name, true]]);
    expect(report.byTheme.map((row) => row.label)).toEqual(["Qualité de vie et des conditions de travail"]);
  });

  it("publishes it from five companies, for the national team and the Aract, and nothing to another Aract", async () => {
    for (const [i, [before, after]] of [[6, 5], [9, 8.5], [4, 4], [7, 4]].entries()) {
      const company = await enrolCompany(db, world.cluster.id, world.aract.id);
      const base = { aractId: world.aract.id, participationId: company.participation.id };
      await db.companyIndicators.create({ data: { ...base, stage: "ENTRY", measuredOn: new Date("2026-08-31"), absenteeismRate: before, turnoverRate: i } });
      await db.companyIndicators.create({ data: { ...base, stage: "END", measuredOn: new Date("2027-06-30"), absenteeismRate: after } });
    }
    // Changes: -2 (the first company, follow-up), -1, -0.5, 0, -3: the median is -1.
    for (const scope of [readerOf(null), readerOf(world.aract.id)]) {
      expect(absenteeism((await indicatorChangesReport(scope, {}, TODAY)).total)).toMatchObject({ secret: false, companies: 5, change: -1 });
    }
    const other = await indicatorChangesReport(readerOf(world.other.id), {}, TODAY);
    expect(absenteeism(other.total)).toMatchObject({ secret: false, companies: 0, change: null });
    // A filter narrows the selection as for every figure: another theme has no company.
    const filtered = await indicatorChangesReport(readerOf(null), { theme: "TELETRAVAIL" }, TODAY);
    expect(absenteeism(filtered.total)).toMatchObject({ companies: 0 });
  });
});

