import { describe, expect, it } from "vitest";
import { displayFigure, EMPTY_COUNTS, FIGURES, findFigure, type ReportCounts } from "@/lib/reports/figures";
import { discloseRows, discloseTotal, isSmall, MIN_COMPANIES, publishReport, SECRET_LABELS } from "@/lib/reports/suppression";

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

describe("a published report", () => {
  it("carries no count of a withheld row, in any table", () => {
    const bretagne = row("bretagne", 30);
    const corse = row("corse", 3, { accordsSigned: 1 });
    const normandie = row("normandie", 8);
    const total = sumOf([bretagne, corse, normandie]);
    const report = publishReport({
      total,
      byAract: [bretagne, corse, normandie],
      byTheme: [{ ...row("EGALITE", 0), counts: total }],
      byYear: [row("2014", 30), row("2015", 11)],
      byProgramme: [row("p", 38), row("aucun", 3)],
    });
    expect(report.total).toEqual({ counts: total, secret: null });
    expect(secrets(report.byAract)).toEqual({ bretagne: null, corse: "small", normandie: "secondary" });
    expect(secrets(report.byProgramme)).toEqual({ p: "secondary", aucun: "small" });
    expect(secrets(report.byYear)).toEqual({ 2014: null, 2015: null });
    const json = JSON.stringify([report.byAract[1], report.byAract[2], ...report.byProgramme]);
    expect(json).not.toMatch(/"companies"|"accordsSigned"/);
    expect(FIGURES.every((figure) => displayFigure(figure, report.byAract[2]!) === "secret (secondaire)")).toBe(true);
  });
});
