import { describe, expect, it } from "vitest";
import { displayFigure, EMPTY_COUNTS, FIGURES, findFigure, type ReportCounts } from "@/lib/reports/figures";
import { discloseClusters, discloseRows, discloseTotal, isSmall, MIN_COMPANIES, publishReport, SECRET_LABEL } from "@/lib/reports/suppression";
import { TABLES, type Linked } from "@/lib/reports/linked-tables";
import type { CountedReport } from "@/lib/reports/queries";
import { givenAway } from "../support/disclosure";

const counts = (companies: number, more: Partial<ReportCounts> = {}): ReportCounts => ({
  ...EMPTY_COUNTS,
  clusters: 1,
  companies,
  employees: companies * 40,
  accordsSigned: Math.floor(companies / 2),
  ...more,
});
const row = (key: string, companies: number, more?: Partial<ReportCounts>) => ({ key, label: key, counts: counts(companies, more) });
const sumOf = (rows: { counts: ReportCounts }[]): ReportCounts => {
  const total = { ...EMPTY_COUNTS };
  for (const { counts: c } of rows) for (const key of Object.keys(total) as (keyof ReportCounts)[]) total[key] += c[key];
  return total;
};
const secrets = (rows: { key: string; secret: boolean }[]) => Object.fromEntries(rows.map((r) => [r.key, r.secret]));

describe("the primary rule", () => {
  it("withholds a row that covers between 1 and 4 companies, not an empty one nor one of 5", () => {
    expect(MIN_COMPANIES).toBe(5);
    expect([0, 1, 4, 5, 6].map((companies) => isSmall({ companies }))).toEqual([false, true, true, false, false]);
    expect(discloseTotal(counts(3))).toEqual({ counts: null, secret: true });
    expect(discloseTotal(counts(5))).toEqual({ counts: counts(5), secret: false });
  });

  it("says why in place of every figure", () => {
    expect(displayFigure(findFigure("companies")!, discloseTotal(counts(2)))).toBe("secret statistique");
    expect(displayFigure(findFigure("companies")!, discloseTotal(counts(1200)))).toBe("1\u202f200");
  });
});

describe("the secondary rule", () => {
  it("withholds the smallest other row when one row alone is withheld", () => {
    const rows = [row("a", 40), row("b", 3), row("c", 7), row("d", 12)];
    const published = discloseRows(sumOf(rows), rows);
    expect(secrets(published)).toEqual({ a: false, b: true, c: true, d: false });
    expect(published[1]).toEqual({ key: "b", label: "b", counts: null, secret: true });
  });

  it("withholds nothing more when the withheld rows cover 5 companies together", () => {
    const rows = [row("a", 40), row("b", 3), row("c", 2), row("d", 12)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: false, b: true, c: true, d: false });
  });

  it("withholds another row when the withheld rows cover fewer than 5 together", () => {
    const rows = [row("a", 40), row("b", 2), row("c", 2), row("d", 12)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: false, b: true, c: true, d: true });
  });

  it("never picks a row without companies, and picks the first of equals", () => {
    const rows = [row("a", 9), row("empty", 0, { clusters: 2 }), row("b", 1), row("c", 9)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: true, empty: false, b: true, c: false });
  });

  it("withholds nothing more under a withheld total: nothing can be taken from it", () => {
    const rows = [row("a", 2), row("b", 0), row("c", 1)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: true, b: false, c: true });
  });

  it("withholds another row when the withheld rows hold one company each, whatever their sum", () => {
    // Five rows of one company each: their sum, 5, tells each one's.
    const rows = [row("a", 40), ...["b", "c", "d", "e", "f"].map((key) => row(key, 1))];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: true, b: true, c: true, d: true, e: true, f: true });
  });

  it("leaves a table without a small row alone", () => {
    const rows = [row("a", 5), row("b", 6)];
    expect(discloseRows(sumOf(rows), rows).every((r) => !r.secret)).toBe(true);
  });

  it("leaves no withheld figure to the total minus the shown rows, whatever the table", () => {
    let seed = 20261206;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let run = 0; run < 2000; run++) {
      const rows = Array.from({ length: 1 + random(8) }, (_, i) => row(`r${i}`, random(3) === 0 ? random(5) : random(60)));
      const total = sumOf(rows);
      const published = discloseRows(total, rows);
      const withheld = rows.filter((_, i) => published[i]!.secret);
      if (isSmall(total)) continue;
      // The withheld rows are none, or at least two that cover at least 5 companies together: the
      // difference of the total and the shown rows is theirs together, never one small row's own.
      expect(withheld.length === 0 || (withheld.length >= 2 && sumOf(withheld).companies >= MIN_COMPANIES), JSON.stringify(rows)).toBe(true);
      expect(published.every((r, i) => !r.secret === (r.counts !== null) && (!isSmall(rows[i]!.counts) || r.secret))).toBe(true);
    }
  });
});

type Cluster = Linked & { id: string };
const cluster = (id: string, companies: number, aract: string, year: string, programme: string, themes = ["T"]): Cluster => ({
  id,
  counts: counts(companies),
  keys: { byAract: [aract], byTheme: themes, byYear: [year], byProgramme: [programme] },
});

/** The counted report of a selection made of these clusters (each its own companies). */
function countedOf(clusters: Cluster[]): CountedReport {
  const table = (of: (c: Cluster) => readonly string[]) => {
    const keys = [...new Set(clusters.flatMap(of))].sort();
    return keys.map((key) => row(key, 0)).map((r) => ({ ...r, counts: sumOf(clusters.filter((c) => of(c).includes(r.key))) }));
  };
  return {
    total: sumOf(clusters),
    byAract: table((c) => c.keys.byAract),
    byTheme: table((c) => c.keys.byTheme),
    byYear: table((c) => c.keys.byYear),
    byProgramme: table((c) => c.keys.byProgramme),
  };
}

function publish(clusters: Cluster[]) {
  const counted = countedOf(clusters);
  return { counted, report: publishReport(counted, clusters), listed: discloseClusters(counted.total, clusters) };
}

const attack = (clusters: Cluster[], { report, listed }: ReturnType<typeof publish>) =>
  givenAway(
    clusters.map((c, i) => ({ ...c, secret: listed[i]!.secret })),
    report,
  );

describe("a published report", () => {
  it("carries no count of a withheld row, in any table", () => {
    const clusters = [
      cluster("bretagne", 30, "bretagne", "2014", "p"),
      cluster("corse", 3, "corse", "2015", "aucun"),
      cluster("normandie", 8, "normandie", "2015", "p"),
    ];
    const { counted, report, listed } = publish(clusters);
    expect(report.total).toEqual({ counts: counted.total, secret: false });
    expect(secrets(listed.map((c) => ({ key: c.id, secret: c.secret })))).toEqual({ bretagne: false, corse: true, normandie: true });
    expect(secrets(report.byAract)).toEqual({ bretagne: false, corse: true, normandie: true });
    expect(secrets(report.byProgramme)).toEqual({ p: true, aucun: true });
    expect(secrets(report.byYear)).toEqual({ 2014: false, 2015: false });
    const json = JSON.stringify([report.byAract[1], report.byAract[2], ...report.byProgramme, listed[1], listed[2]]);
    expect(json).not.toMatch(/"companies"|"accordsSigned"/);
    expect(FIGURES.every((figure) => displayFigure(figure, report.byAract[2]!) === SECRET_LABEL)).toBe(true);
    expect(attack(clusters, { counted, report, listed })).toEqual([]);
  });
});

describe("the tables of a selection, together", () => {
  it("do not give a small year back through the Aract whose only cluster hides it", () => {
    // Each table alone would hide 2027 (3 companies) with 2013, the smallest other year; but 2013 is
    // the only cluster of Nouvelle-Aquitaine, whose row is shown, and 2027 would be the total minus the rest.
    const clusters = [
      cluster("na", 6, "nouvelle-aquitaine", "2013", "aucun"),
      cluster("idf-2027", 3, "ile-de-france", "2027", "aucun"),
      cluster("idf-2015", 8, "ile-de-france", "2015", "aucun"),
      cluster("bzh-a", 20, "bretagne", "2014", "p"),
      cluster("bzh-b", 15, "bretagne", "2014", "p"),
    ];
    const published = publish(clusters);
    expect(secrets(discloseRows(published.counted.total, published.counted.byYear))).toMatchObject({ 2013: true, 2027: true });
    const tableByTable = { ...published.report, byYear: discloseRows(published.counted.total, published.counted.byYear) };
    expect(givenAway(clusters.map((c) => ({ ...c, secret: c.id === "idf-2027" || c.id === "na" })), tableByTable)).not.toEqual([]);
    // The cluster hidden with it is the one of its own Aract, and no row of any table gives either back.
    expect(published.listed.filter((c) => c.secret).map((c) => c.id)).toEqual(["idf-2027", "idf-2015"]);
    expect(secrets(published.report.byAract)).toEqual({ bretagne: false, "ile-de-france": false, "nouvelle-aquitaine": false });
    expect(secrets(published.report.byYear)).toEqual({ 2013: false, 2014: false, 2015: true, 2027: true });
    expect(attack(clusters, published)).toEqual([]);
  });

  it("hide a small cluster with one counted in the very same rows, and then every breakdown row but the small ones can be shown", () => {
    const clusters = [
      cluster("small", 3, "a", "2015", "p"),
      cluster("twin", 7, "a", "2015", "p"),
      cluster("other", 2, "b", "2016", "q"),
      cluster("big", 30, "b", "2014", "q"),
      cluster("big-twin", 12, "b", "2016", "q"),
    ];
    const published = publish(clusters);
    expect(published.listed.filter((c) => c.secret).map((c) => [c.id, c.secret])).toEqual([
      ["small", true],
      ["twin", true],
      ["other", true],
      ["big-twin", true],
    ]);
    for (const table of TABLES) expect(published.report[table].every((r) => !r.secret), table).toBe(true);
    expect(attack(clusters, published)).toEqual([]);
  });

  it("withhold the selection's own figures when its clusters, all withheld, hold one company each", () => {
    const clusters = ["a", "b", "c", "d", "e", "f"].map((id, i) => cluster(id, 1, i < 3 ? "a" : "b", "2015", "p"));
    const published = publish(clusters);
    expect(published.report.total).toEqual({ counts: null, secret: true });
    for (const table of TABLES) expect(published.report[table].every((r) => r.secret), table).toBe(true);
    expect(attack(clusters, published)).toEqual([]);
  });

  // Longer or other runs: SUPPRESSION_RUNS=20000 SUPPRESSION_SEED=1 SUPPRESSION_SMALL=2 (one cluster in 2 small).
  it("give nothing withheld back, whatever the selection", () => {
    let seed = Number(process.env.SUPPRESSION_SEED ?? 20261207);
    const runs = Number(process.env.SUPPRESSION_RUNS ?? 1500);
    const smallOneIn = Number(process.env.SUPPRESSION_SMALL ?? 3);
    // mulberry32: the low bits of a plain linear congruential generator repeat with a short period.
    const random = (below: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % below;
    };
    const pick = <T,>(list: readonly T[]) => list[random(list.length)]!;
    let withheld = 0;
    for (let run = 0; run < runs; run++) {
      const clusters = Array.from({ length: 2 + random(5) }, (_, i) =>
        cluster(`c${i}`, random(smallOneIn) === 0 ? 1 + random(4) : 5 + random(8), pick(["a", "b", "c"]), pick(["2014", "2015", "2016"]), pick(["p", "q", "aucun"]), pick([["T1"], ["T2"], ["T1", "T2"]])),
      );
      const published = publish(clusters);
      if (isSmall(published.counted.total)) continue;
      expect(attack(clusters, published), JSON.stringify(clusters.map((c) => [c.counts.companies, c.keys]))).toEqual([]);
      for (const table of TABLES) {
        published.report[table].forEach((r, i) => {
          const truth = published.counted[table][i]!;
          if (isSmall(truth.counts)) expect(r.secret).toBe(true);
          expect(r.counts === null || r.counts === truth.counts).toBe(true);
          if (r.secret) withheld++;
        });
      }
      published.listed.forEach((c, i) => isSmall(clusters[i]!.counts) && expect(c.secret).toBe(true));
    }
    expect(withheld).toBeGreaterThan(100);
  });
});
