import { describe, expect, it } from "vitest";
import { BRETAGNE_EGALITE_2014_COMPANIES } from "../../prisma/seed/bretagne-egalite-2014-companies";
import { countOutcomes } from "@/lib/outcomes/rules";
import { EMPTY_COUNTS, BREAKDOWN_FIGURES, FIGURES, findFigure, formatFigure } from "@/lib/reports/figures";
import { nafSection } from "@/lib/reports/naf";
import { reportSql } from "@/lib/reports/sql";

const figure = (key: string) => findFigure(key)!;

describe("the outcome figures", () => {
  it("give the seed's Clusters Égalité Bretagne 2014: 6 accords signed, 2 plans deposited, 4 accords and 3 plans in preparation", () => {
    const outcomes = BRETAGNE_EGALITE_2014_COMPANIES.flatMap((company) => (company.outcome ? [company.outcome] : []));
    const counts = { ...EMPTY_COUNTS, companies: BRETAGNE_EGALITE_2014_COMPANIES.length, ...countOutcomes(outcomes) };
    expect(figure("accordsSigned").value(counts)).toBe(6);
    expect(figure("plansDeposited").value(counts)).toBe(2);
    expect(figure("accordsInPreparation").value(counts)).toBe(4);
    expect(figure("plansInPreparation").value(counts)).toBe(3);
    expect(figure("plansAdopted").value(counts)).toBe(0);
    expect(figure("accordsDeposited").value(counts)).toBe(0);
    const inPreparation = BREAKDOWN_FIGURES.find((f) => f.key === "inPreparation")!;
    expect(inPreparation.value(counts)).toBe(7);
  });
});

describe("the other figures", () => {
  it("derive the attendance rate from present and recorded, and say nothing when nobody was recorded", () => {
    const rate = figure("attendanceRate");
    expect(rate.value({ ...EMPTY_COUNTS, attendancePresent: 45, attendanceRecorded: 50 })).toBe(0.9);
    expect(formatFigure(rate, 0.9)).toMatch(/^90\s%$/);
    expect(rate.value(EMPTY_COUNTS)).toBeNull();
    expect(formatFigure(rate, null)).toBe("—");
    expect(rate.drill).toBe("attendanceRecorded");
  });

  it("format counts and days in French", () => {
    expect(formatFigure(figure("employees"), 12500)).toMatch(/^12\s500$/);
    expect(formatFigure(figure("supportDelivered"), 94.5)).toBe("94,5 jours");
  });

  it("each have a key of their own and drill down on a count", () => {
    const keys = FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FIGURES) expect(Object.keys(EMPTY_COUNTS)).toContain(f.drill);
  });
});

describe("the sector of a company", () => {
  it("is the section of its NAF division", () => {
    expect(nafSection("10.85Z")).toBe("C");
    expect(nafSection("86.10Z")).toBe("Q");
    expect(nafSection("47.11F")).toBe("G");
    expect(nafSection("02.10Z")).toBe("A");
    expect(nafSection("00.00Z")).toBeNull();
  });
});

describe("the report queries", () => {
  it("pass every filter as a parameter, never inside the SQL text", () => {
    const sql = reportSql("theme", { programme: "x'; DROP TABLE \"Cluster\"; --", theme: "QVCT", sector: "Q", size: "50-299", from: 2015, to: 2016 }, "aract-1");
    expect(sql.text).not.toContain("DROP");
    expect(sql.values).toEqual(expect.arrayContaining(["x'; DROP TABLE \"Cluster\"; --", "aract-1", "QVCT", "86", "88", 50, 300, 2015, 2016]));
  });

  it("filter companies only when a sector or a size is asked", () => {
    expect(reportSql("total", {}, null).text).not.toContain(`"nafDivision"`);
    expect(reportSql("total", { sector: "C" }, null).text).toContain(`"nafDivision" BETWEEN`);
    const small = reportSql("total", { size: "moins-de-50" }, null);
    expect(small.text).toContain("f.headcount <");
    expect(new Set(small.values)).toEqual(new Set([0, 50]));
  });
});
