import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { computeReport, countClusterRows, countReport, listClusterRows, listFigureClusters, loadFilterOptions, reportAractId } from "@/lib/reports/queries";
import { clusterReportSql, companyReportSql, DIMENSIONS } from "@/lib/reports/sql";
import { narrowTo, NO_PROGRAMME } from "@/lib/reports/filter-params";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { displayFigure, findFigure, FIGURES } from "@/lib/reports/figures";
import { isSmall, MIN_COMPANIES, SECRET_LABEL } from "@/lib/reports/suppression";
import { givenAway } from "../support/disclosure";
import { cachedReport } from "@/lib/reports/cache";
import { reportDocument } from "@/lib/reports/export-tables";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { createOutcomeAction } from "@/lib/outcomes/actions";
import { seedDemo } from "../../prisma/seed/demo";
import { actAs } from "../support/session";
import { readerOf } from "../support/scopes";
import { createCluster, enrolCompany, testDb } from "../factories";

const db = testDb();
const TODAY = "2026-11-23";
const BRETAGNE = "demo-aract-bretagne";
const IDF = "demo-aract-ile-de-france";
const EGALITE_2014 = "demo-cluster-bretagne-egalite-2014";
let national: Scope;
let bretagneStaff: Scope;

const scopeOf = async (email: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await buildScope(user.id)) as Scope;
};

beforeAll(async () => {
  await seedDemo(db);
  national = await scopeOf("claire.martin@anact.fr");
  bretagneStaff = await scopeOf("gaelle.kerjean@bretagne.aract.fr");
}, 60_000);
afterAll(() => db.$disconnect());

describe("the figures computed by the database", () => {
  it("give the Clusters Égalité Bretagne 2014 its known outcomes and reach", async () => {
    const { rows } = await countClusterRows(national, { theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2014 }, TODAY);
    const cluster = rows.find((row) => row.id === EGALITE_2014)!;
    expect(cluster.counts).toMatchObject({
      accordsSigned: 6,
      plansDeposited: 2,
      accordsInPreparation: 4,
      plansInPreparation: 3,
      plansAdopted: 0,
      accordsDeposited: 0,
      companies: 21,
    });
    const companies = await db.participation.findMany({
      where: { clusterId: EGALITE_2014, status: { not: "CANDIDATE" } },
      select: { headcountAtEntry: true },
    });
    expect(cluster.counts.employees).toBe(companies.reduce((sum, p) => sum + p.headcountAtEntry, 0));
    // Held: past, not cancelled, with attendance recorded (all of them in this closed cluster of 2014).
    const sessions = await db.collectiveSession.count({
      where: { clusterId: EGALITE_2014, cancelledAt: null, attendances: { some: {} } },
    });
    expect(sessions).toBeGreaterThan(0);
    expect(cluster.counts.sessionsHeld).toBe(sessions);
  });

  it("add up: the national total is the sum of the Aracts, and the year filter keeps its year only", async () => {
    const report = await countReport(readerOf(null), {}, TODAY);
    expect(report.byAract.length).toBeGreaterThanOrEqual(4);
    for (const key of ["clusters", "accordsSigned", "sessionsHeld", "attendanceRecorded", "diagnosticsSubmitted"] as const) {
      expect(report.byAract.reduce((sum, row) => sum + row.counts[key], 0)).toBe(report.total[key]);
      expect(report.byYear.reduce((sum, row) => sum + row.counts[key], 0)).toBe(report.total[key]);
    }
    const in2014 = await countReport(readerOf(null), { from: 2014, to: 2014 }, TODAY);
    expect(in2014.byYear.map((row) => row.key)).toEqual(["2014"]);
    expect(in2014.total.accordsSigned).toBeGreaterThanOrEqual(6);
    // Closed on 30 September 2014: the 6 accords and 2 plans signed by 30 March 2015 count at six months.
    const egalite = await countReport(bretagneStaff, { from: 2014, to: 2014 }, TODAY);
    expect([egalite.total.sixMonthCompanies, egalite.total.sixMonthCompaniesReached, egalite.total.sixMonthOutcomes]).toEqual([21, 8, 8]);
  });

  it("keep, running during a year, the clusters whose period touches it, whatever year they started", async () => {
    const touching = await db.cluster.findMany({
      where: { status: { not: "DRAFT" }, startDate: { lte: new Date("2026-12-31") }, endDate: { gte: new Date("2026-01-01") } },
      select: { startDate: true },
    });
    const running = await countReport(readerOf(null), { running: 2026 }, TODAY);
    expect(running.total.clusters).toBe(touching.length);
    // A cluster of 2026-2027 runs during 2027 too, though it did not start then.
    const startedBefore = await countReport(readerOf(null), { to: 2026, running: 2027 }, TODAY);
    expect(startedBefore.total.clusters).toBeGreaterThan(0);
    expect(startedBefore.byYear.every((row) => Number(row.key) <= 2026)).toBe(true);
  });

  it("are the same from the clusters' sums as from the companies' rows, for every breakdown and cluster filter", async () => {
    await computeReport(readerOf(null), {}, TODAY);
    const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    const selections: [string | null, ReportFilters][] = [
      [null, {}],
      [null, { theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2014 }],
      [null, { from: 2017, programme: "demo-programme-clusters-egalite" }],
      [BRETAGNE, {}],
      [IDF, { theme: "QVCT" }],
      [null, { programme: NO_PROGRAMME }],
      [null, { running: 2014, theme: "EGALITE_PROFESSIONNELLE" }],
      [BRETAGNE, { programme: "demo-programme-clusters-egalite", theme: "EGALITE_PROFESSIONNELLE" }],
    ];
    for (const [aractId, filters] of selections) {
      for (const dimension of DIMENSIONS) {
        const fast = byKey(await db.$queryRaw<Record<string, unknown>[]>(clusterReportSql(dimension, filters, aractId)));
        const full = byKey(await db.$queryRaw<Record<string, unknown>[]>(companyReportSql(dimension, filters, aractId)));
        expect(fast, `${dimension} ${aractId} ${JSON.stringify(filters)}`).toEqual(full);
      }
    }
    const national = byKey(await db.$queryRaw<Record<string, unknown>[]>(clusterReportSql("aract", {}, null)));
    expect(national.length).toBeGreaterThanOrEqual(4);
  });

  it("narrow to the companies of a size band and drop the clusters without any", async () => {
    const large = await countReport(readerOf(null), { size: "300-et-plus", theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2014 }, TODAY);
    expect(large.total.companies).toBe(2);
    expect(large.total.clusters).toBe(1);
    // Two companies: published, the selection says nothing but why.
    expect((await computeReport(readerOf(null), { size: "300-et-plus", theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2014 }, TODAY)).total).toEqual({ counts: null, secret: true });
  });

  it("list the clusters behind a figure, those where it is above zero, then those whose figures are withheld", async () => {
    const figure = findFigure("accordsSigned")!;
    const { rows, total } = await listFigureClusters(national, {}, figure, 1, TODAY);
    expect(total).toBe(rows.length);
    expect(rows.map((row) => row.id)).toContain(EGALITE_2014);
    const firstSecret = rows.findIndex((row) => row.secret);
    const shown = firstSecret === -1 ? rows : rows.slice(0, firstSecret);
    expect(shown.every((row) => row.counts!.accordsSigned > 0)).toBe(true);
    expect(rows.slice(shown.length).every((row) => row.secret)).toBe(true);
    const counted = await countClusterRows(national, {}, TODAY);
    expect(shown.length).toBe(counted.rows.filter((row) => row.counts.accordsSigned > 0 && row.counts.companies >= 5).length);
  });
});

describe("an Aract's people", () => {
  it("read their own Aract's figures only, whatever the filters ask", async () => {
    expect(reportAractId(bretagneStaff)).toBe(BRETAGNE);
    const report = await countReport(bretagneStaff, { aract: IDF }, TODAY);
    expect(report.byAract.map((row) => row.key)).toEqual([BRETAGNE]);
    const own = await db.cluster.count({ where: { aractId: BRETAGNE, status: { not: "DRAFT" } } });
    expect(report.total.clusters).toBe(own);

    const rows = await listClusterRows(bretagneStaff, {}, TODAY);
    expect(rows.length).toBe(own);
    expect(new Set(rows.map((row) => row.aractName))).toEqual(new Set(["Aract Bretagne"]));
    const drill = await listFigureClusters(bretagneStaff, { aract: IDF }, findFigure("clusters")!, 1, TODAY);
    expect(drill.rows.every((row) => row.aractName === "Aract Bretagne")).toBe(true);
  });

  it("cannot pick another Aract in the filters, nor see the Aract list", async () => {
    const options = await loadFilterOptions(bretagneStaff);
    expect(options.aracts).toBeNull();
    expect((await loadFilterOptions(national)).aracts?.map((a) => a.id)).toContain(IDF);
  });
});

describe("the cached dashboards", () => {
  it("keep the figures until a change in the Aract, then show the change at once, whoever made it", async () => {
    const cluster = await db.cluster.findUniqueOrThrow({
      where: { id: "demo-cluster-bretagne-qvct-usure-2026" },
      select: { id: true, themes: true, aractId: true },
    });
    const theme = cluster.themes[0]!;
    const participation = await db.participation.findFirstOrThrow({
      where: { clusterId: cluster.id, status: "ENROLLED", outcomes: { none: { theme } } },
      select: { id: true },
    });
    const total = async (aractId: string | null) => (await cachedReport(readerOf(aractId), {}, TODAY)).total.counts!;
    const before = await cachedReport(readerOf(null), {}, TODAY);
    const ownBefore = await cachedReport(readerOf(BRETAGNE), {}, TODAY);
    const otherBefore = await cachedReport(readerOf(IDF), {}, TODAY);

    // Nothing changed: the same figures, not computed again.
    expect(await cachedReport(readerOf(null), {}, TODAY)).toBe(before);
    // Written behind the app's back (another instance, a script): the database says so all the same.
    const outside = await db.outcome.create({
      data: { aractId: BRETAGNE, participationId: participation.id, kind: "PLAN_ACTION", theme, status: "SIGNED" },
    });
    expect((await total(null)).plansAdopted).toBe(before.total.counts!.plansAdopted + 1);
    await db.outcome.delete({ where: { id: outside.id } });
    expect((await total(null)).plansAdopted).toBe(before.total.counts!.plansAdopted);

    actAs(bretagneStaff.userId);
    const created = await createOutcomeAction({
      clusterId: cluster.id,
      participationId: participation.id,
      kind: "ACCORD",
      theme,
      status: "IN_PREPARATION",
      domains: [],
    });
    expect(created.ok).toBe(true);
    expect((await total(null)).accordsInPreparation).toBe(before.total.counts!.accordsInPreparation + 1);
    expect((await total(BRETAGNE)).accordsInPreparation).toBe(ownBefore.total.counts!.accordsInPreparation + 1);
    // Another Aract's figures did not move: their cached report is kept.
    expect(await cachedReport(readerOf(IDF), {}, TODAY)).toBe(otherBefore);
  });
});

describe("the breakdown by programme", () => {
  it("has a row per programme and one for the clusters without any, which add up to the totals", async () => {
    const report = await countReport(readerOf(null), {}, TODAY);
    const keys = report.byProgramme.map((row) => row.key);
    expect(keys).toContain("demo-programme-clusters-egalite");
    expect(keys.at(-1)).toBe(NO_PROGRAMME);
    expect(report.byProgramme.at(-1)!.label).toBe("Sans programme");
    expect(report.byProgramme.find((row) => row.key === "demo-programme-clusters-egalite")!.label).toBe("Clusters Égalité");
    // A cluster runs under one programme at most: every count but the companies reached adds up.
    for (const key of ["clusters", "accordsSigned", "sessionsHeld", "attendanceRecorded", "supportDelivered"] as const) {
      expect(report.byProgramme.reduce((sum, row) => sum + row.counts[key], 0), key).toBeCloseTo(report.total[key]);
    }
    const withNone = await db.cluster.count({ where: { programmeId: null, status: { not: "DRAFT" } } });
    expect(report.byProgramme.find((row) => row.key === NO_PROGRAMME)?.counts.clusters ?? 0).toBe(withNone);
  });

  it("drills down to the clusters of a row, those without a programme included", async () => {
    const none = await listClusterRows(national, narrowTo({}, "programme", NO_PROGRAMME), TODAY);
    const ids = await db.cluster.findMany({ where: { programmeId: null, status: { not: "DRAFT" } }, select: { id: true } });
    expect(none.map((row) => row.id).sort()).toEqual(ids.map((c) => c.id).sort());
    const egalite = await listClusterRows(national, narrowTo({}, "programme", "demo-programme-clusters-egalite"), TODAY);
    expect(egalite.map((row) => row.id)).toContain(EGALITE_2014);
    // The filter options accept « Sans programme » for every caller.
    const { filters } = parseReportFilters({ programme: NO_PROGRAMME }, await loadFilterOptions(bretagneStaff));
    expect(filters).toEqual({ programme: NO_PROGRAMME });
  });

  it("keeps a regional programme's row secret while it covers fewer than 5 companies, on screen and in the exports", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "yann.le-goff@bretagne.aract.fr" }, select: { id: true } });
    actAs(admin.id);
    const created = await createProgrammeAction({
      code: "TEMPO-BZH-2027",
      name: "Tempo Bretagne",
      description: "",
      themes: ["EMPLOI_SENIORS"],
      funders: [{ name: "Région Bretagne", amountEuros: 40000 }],
    });
    if (!created.ok) throw new Error(created.error);
    const cluster = await createCluster(db, BRETAGNE);
    await db.cluster.update({ where: { id: cluster.id }, data: { programmeId: created.data.id } });
    for (let i = 0; i < 2; i++) await enrolCompany(db, cluster.id, BRETAGNE);

    const counted = await countReport(readerOf(null), {}, TODAY);
    expect(counted.byProgramme.find((r) => r.key === created.data.id)!.counts).toMatchObject({ clusters: 1, companies: 2 });
    const report = await computeReport(readerOf(null), {}, TODAY);
    const row = report.byProgramme.find((r) => r.key === created.data.id)!;
    expect(row.label).toBe("Tempo Bretagne (Aract Bretagne)");
    expect(row).toMatchObject({ counts: null, secret: true });
    expect(displayFigure(findFigure("companies")!, row)).toBe(SECRET_LABEL);
    const table = reportDocument(report, { today: new Date(TODAY), aractName: null, filters: [], rejected: [] }).tables.find(
      (t) => t.sheet === "Par programme",
    )!;
    const line = table.rows.find((cells) => cells[0] === "Tempo Bretagne (Aract Bretagne)")!;
    expect(line.slice(1).every((cell) => cell === SECRET_LABEL)).toBe(true);
    // No other row hid it: another programme's row is withheld with it (secondary), so that the total minus the shown rows covers at least 5 companies.
    const withheld = report.byProgramme.filter((r) => r.secret);
    expect(withheld.length).toBeGreaterThanOrEqual(2);
    expect(withheld.reduce((sum, r) => sum + counted.byProgramme.find((c) => c.key === r.key)!.counts.companies, 0)).toBeGreaterThanOrEqual(5);
    // Its Aract's own report has the row too; another Aract's does not.
    expect((await computeReport(readerOf(BRETAGNE), {}, TODAY)).byProgramme.map((r) => r.key)).toContain(created.data.id);
    expect((await computeReport(readerOf(IDF), {}, TODAY)).byProgramme.map((r) => r.key)).not.toContain(created.data.id);
  });
});

describe("hidden figures", () => {
  // The two companies of 300 employees or more of the Égalité clusters of 2014.
  const FEW: ReportFilters = { size: "300-et-plus", theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2014 };

  it("stay hidden on every surface of a selection of fewer than 5 companies: totals, breakdowns, the clusters behind each figure", async () => {
    expect((await countReport(national, FEW, TODAY)).total.companies).toBe(2);
    const report = await computeReport(national, FEW, TODAY);
    expect(report.total).toEqual({ counts: null, secret: true });
    for (const rows of [report.byAract, report.byTheme, report.byYear, report.byProgramme]) {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.counts === null && row.secret)).toBe(true);
    }
    for (const figure of FIGURES) {
      const drill = await listFigureClusters(national, FEW, figure, 1, TODAY);
      // Listed whatever the figure (being listed would tell it is above zero), with no count.
      expect(drill.total, figure.key).toBe(1);
      expect(drill.rows[0]).toMatchObject({ id: EGALITE_2014, counts: null, secret: true });
    }
    expect(JSON.stringify(report)).not.toMatch(/"companies"/);
  });

  it("cannot be recomputed from a total and the shown rows, nor from the tables and the clusters together, in the network's report", async () => {
    const counted = await countReport(national, {}, TODAY);
    const report = await computeReport(national, {}, TODAY);
    const clusters = await countClusterRows(national, {}, TODAY);
    const listed = await listClusterRows(national, {}, TODAY);
    expect(clusters.rows.some((row) => isSmall(row.counts))).toBe(true);
    // The tables whose rows add up to the total (a cluster counts under each of its themes).
    const tables = [
      [counted.byAract, report.byAract, true],
      [counted.byTheme, report.byTheme, false],
      [counted.byYear, report.byYear, true],
      [counted.byProgramme, report.byProgramme, true],
      [clusters.rows.map((row) => ({ key: row.id, counts: row.counts })), listed.map((row) => ({ ...row, key: row.id })), true],
    ] as const;
    for (const [truth, published, addsUp] of tables) {
      const companies = new Map(truth.map((row) => [row.key, row.counts.companies]));
      const withheld = published.filter((row) => row.secret);
      for (const row of published) if (isSmall({ companies: companies.get(row.key)! })) expect(row.secret).toBe(true);
      if (withheld.length === 0 || !addsUp) continue;
      expect(withheld.length).toBeGreaterThanOrEqual(2);
      expect(withheld.reduce((sum, row) => sum + companies.get(row.key)!, 0)).toBeGreaterThanOrEqual(MIN_COMPANIES);
    }
    // An attacker with every table, the list of clusters and the total finds no withheld figure.
    const secretOf = new Map(listed.map((row) => [row.id, row.secret]));
    expect(givenAway(clusters.rows.map((row) => ({ ...row, secret: secretOf.get(row.id)! })), report)).toEqual([]);
    // The drill-down of a figure shows, for the shown clusters, what the list of clusters shows.
    const drill = await listFigureClusters(national, {}, findFigure("companies")!, 1, TODAY);
    const secretIds = new Set(listed.filter((row) => row.secret).map((row) => row.id));
    expect(new Set(drill.rows.filter((row) => row.secret).map((row) => row.id))).toEqual(
      new Set([...secretIds].filter((id) => drill.rows.some((row) => row.id === id))),
    );
  });
});
