import { describe, expect, it } from "vitest";
import { displayFigure, EMPTY_COUNTS, FIGURES, findFigure, type ReportCounts } from "@/lib/reports/figures";
import { decideSecrets, discloseRows, discloseTotal, isSmall, MIN_COMPANIES, publishClusters, publishSelection, SECRET_LABELS, type Layout } from "@/lib/reports/suppression";
import { basisOf, derivable } from "@/lib/reports/span";
import { leaks } from "../support/disclosure";
import type { CountedClusterRow } from "@/lib/reports/queries";

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
const secrets = (rows: { key: string; secret: string | null }[]) => Object.fromEntries(rows.map((r) => [r.key, r.secret]));

describe("the primary rule", () => {
  it("withholds a row that covers between 1 and 4 companies, not an empty one nor one of 5", () => {
    expect(MIN_COMPANIES).toBe(5);
    expect([0, 1, 4, 5, 6].map((companies) => isSmall({ companies }))).toEqual([false, true, true, false, false]);
    expect(discloseTotal(counts(3))).toEqual({ counts: null, secret: "small" });
    expect(discloseTotal(counts(5))).toEqual({ counts: counts(5), secret: null });
  });

  it("says why in place of every figure", () => {
    expect(displayFigure(findFigure("companies")!, discloseTotal(counts(2)))).toBe("secret (< 5 entreprises)");
    expect(displayFigure(findFigure("companies")!, discloseTotal(counts(1200)))).toBe("1\u202f200");
    expect(SECRET_LABELS.secondary).toBe("secret (secondaire)");
  });
});

describe("the secondary rule", () => {
  it("withholds the smallest other row when one row alone is withheld", () => {
    const rows = [row("a", 40), row("b", 3), row("c", 7), row("d", 12)];
    const published = discloseRows(sumOf(rows), rows);
    expect(secrets(published)).toEqual({ a: null, b: "small", c: "secondary", d: null });
    expect(published[1]).toEqual({ key: "b", label: "b", counts: null, secret: "small" });
  });

  it("withholds nothing more when the withheld rows cover 5 companies together", () => {
    const rows = [row("a", 40), row("b", 3), row("c", 2), row("d", 12)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: null, b: "small", c: "small", d: null });
  });

  it("withholds another row when the withheld rows cover fewer than 5 together", () => {
    const rows = [row("a", 40), row("b", 2), row("c", 2), row("d", 12)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: null, b: "small", c: "small", d: "secondary" });
  });

  it("never picks a row without companies, and picks the first of equals", () => {
    const rows = [row("a", 9), row("empty", 0, { clusters: 2 }), row("b", 1), row("c", 9)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: "secondary", empty: null, b: "small", c: null });
  });

  it("withholds nothing more under a withheld total: nothing can be taken from it", () => {
    const rows = [row("a", 2), row("b", 0), row("c", 1)];
    expect(secrets(discloseRows(sumOf(rows), rows))).toEqual({ a: "small", b: null, c: "small" });
  });

  it("leaves a table without a small row alone", () => {
    const rows = [row("a", 5), row("b", 6)];
    expect(discloseRows(sumOf(rows), rows).every((r) => r.secret === null)).toBe(true);
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
      expect(published.every((r, i) => (r.secret === null) === (r.counts !== null) && (!isSmall(rows[i]!.counts) || r.secret === "small"))).toBe(true);
    }
  });
});

describe("the span of published sums", () => {
  it("derives a sum only when the published sums give it", () => {
    const basis = basisOf([[0, 1], [1, 2], [0, 1, 2, 3]], 4);
    expect(derivable(basis, [0, 1])).toBe(true);
    expect(derivable(basis, [3, 1, 2, 0])).toBe(true);
    expect(derivable(basis, [3])).toBe(false);
    expect(derivable(basis, [0])).toBe(false);
    // x0 + x1, x1 + x2 and x0 − x2 + … : with x0 + x2 too, each one follows.
    const full = basisOf([[0, 1], [1, 2], [0, 2]], 3);
    expect([0, 1, 2].map((i) => derivable(full, [i]))).toEqual([true, true, true]);
    expect(derivable(basisOf([], 2), [0])).toBe(false);
  });
});

// Six clusters in four Aracts, one of them small, as in the demo: each Aract and each start year is a row.
const CLUSTERS = [
  { id: "idf-2027", aract: "idf", year: "2027", companies: 3 },
  { id: "na-2013", aract: "na", year: "2013", companies: 5 },
  { id: "bzh-2014", aract: "bzh", year: "2014", companies: 21 },
  { id: "idf-2018", aract: "idf", year: "2018", companies: 5 },
  { id: "hdf-2017", aract: "hdf", year: "2017", companies: 9 },
  { id: "bzh-2026", aract: "bzh", year: "2026", companies: 6 },
];
const rowsBy = (key: "aract" | "year") =>
  [...new Set(CLUSTERS.map((c) => c[key]))].map((value) => {
    const members = CLUSTERS.flatMap((c, index) => (c[key] === value ? [index] : []));
    return { key: value, companies: members.reduce((sum, i) => sum + CLUSTERS[i]!.companies, 0), clusters: members };
  });
const layout: Layout = {
  companies: CLUSTERS.reduce((sum, c) => sum + c.companies, 0),
  clusters: CLUSTERS.map((c) => c.companies),
  tables: [rowsBy("aract"), rowsBy("year")],
};

describe("the rule across the tables of a selection", () => {
  it("does not let another table give a withheld row back", () => {
    // Table by table only: the year 2027 is withheld with 2013 (secondary); but 2013 is the Aract NA's
    // only cluster, shown in the table by Aract, and 2027 is then the total minus every other year.
    const secrets = decideSecrets(layout);
    expect(secrets.clusters[0]).toBe("small");
    expect(secrets.tables[1]![rowsBy("year").findIndex((row) => row.key === "2027")]).toBe("small");
    expect(leaks(layout, secrets)).toBe(false);
    // The Aract IDF (8 companies) minus its other cluster would give idf-2027: one of them is withheld too.
    const idf = rowsBy("aract").findIndex((row) => row.key === "idf");
    expect(secrets.tables[0]![idf] !== null || secrets.clusters[3] !== null).toBe(true);
  });

  it("leaves no small cluster or row to the published sums, whatever the selection", () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let run = 0; run < 300; run++) {
      const clusters = Array.from({ length: 1 + random(12) }, () => ({
        aract: `a${random(4)}`,
        year: `${2014 + random(5)}`,
        companies: random(3) === 0 ? 1 + random(4) : random(30),
      }));
      const table = (key: "aract" | "year") =>
        [...new Set(clusters.map((c) => c[key]))].map((value) => {
          const members = clusters.flatMap((c, i) => (c[key] === value ? [i] : []));
          return { companies: members.reduce((sum, i) => sum + clusters[i]!.companies, 0), clusters: members };
        });
      const random_layout: Layout = {
        companies: clusters.reduce((sum, c) => sum + c.companies, 0),
        clusters: clusters.map((c) => c.companies),
        tables: [table("aract"), table("year")],
      };
      if (isSmall(random_layout)) continue;
      expect(leaks(random_layout, decideSecrets(random_layout)), JSON.stringify(clusters)).toBe(false);
    }
  });
});

describe("a published selection", () => {
  const row = (key: string, clusters: number[]) => ({
    key,
    label: key,
    counts: counts(clusters.reduce((sum, i) => sum + CLUSTERS[i]!.companies, 0)),
  });
  const clusterRows: CountedClusterRow[] = CLUSTERS.map((c) => ({
    id: c.id,
    name: c.id,
    aractName: c.aract,
    startDate: new Date(`${c.year}-01-01`),
    endDate: new Date(`${c.year}-12-31`),
    status: "RUNNING",
    aractId: c.aract,
    themes: ["QVCT"],
    startYear: c.year,
    programmeKey: "aucun",
    counts: counts(c.companies),
  }));
  const total = counts(layout.companies);
  const selection = publishSelection({
    total,
    byAract: rowsBy("aract").map((r) => row(r.key, r.clusters)),
    byTheme: [{ key: "QVCT", label: "QVCT", counts: total }],
    byYear: rowsBy("year").map((r) => row(r.key, r.clusters)),
    byProgramme: [{ key: "aucun", label: "Sans programme", counts: total }],
    clusters: clusterRows,
  });

  it("carries no count of a withheld row or cluster", () => {
    const { report, clusterSecrets } = selection;
    expect(report.total).toEqual({ counts: total, secret: null });
    expect(clusterSecrets["idf-2027"]).toBe("small");
    const withheld = [...report.byAract, ...report.byYear].filter((r) => r.secret);
    expect(withheld.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(withheld)).not.toMatch(/"companies"|"accordsSigned"/);
    const published = publishClusters(clusterRows, clusterSecrets);
    expect(published.find((c) => c.id === "idf-2027")).toMatchObject({ counts: null, secret: "small" });
    expect(published.filter((c) => c.secret).length).toBeGreaterThanOrEqual(2);
    expect(FIGURES.every((figure) => displayFigure(figure, withheld[0]!) .startsWith("secret"))).toBe(true);
  });
});
