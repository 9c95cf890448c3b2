import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { EMPTY_COUNTS, FIGURES, type ReportCounts } from "@/lib/reports/figures";
import { discloseClusters, publishReport, SECRET_LABEL, SECRET_RULE } from "@/lib/reports/suppression";
import { describeFilters, type FilterOptions } from "@/lib/reports/filter-params";
import type { CountedClusterRow, CountedReport } from "@/lib/reports/queries";
import {
  clusterRowsDocument,
  reportDocument,
  type ExportContext,
  type ExportDocument,
} from "@/lib/reports/export-tables";
import { exportFilename, toCsv, toWorkbook } from "@/lib/reports/export-files";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TODAY = day("2026-11-23");

const counts = (overrides: Partial<ReportCounts>): ReportCounts => ({ ...EMPTY_COUNTS, ...overrides });

const bretagne = counts({
  clusters: 2,
  companies: 1234,
  employees: 56789,
  activeCompanies: 1200,
  pairsComplete: 1100,
  sessionsHeld: 12,
  attendancePresent: 9,
  attendanceRecorded: 12,
  supportPlanned: 30,
  supportDelivered: 12.5,
  diagnosticsSubmitted: 20,
  accordsSigned: 6,
  plansDeposited: 2,
});
// Three companies: publishing their figures could single them out.
const small = counts({ clusters: 1, companies: 3, employees: 777, accordsSigned: 2, attendanceRecorded: 4, attendancePresent: 3 });
const normandie = counts({ clusters: 1, companies: 6, employees: 300 });
const total = counts({ ...bretagne, clusters: 4, companies: 1243, employees: 57866, accordsSigned: 8 });

const counted: CountedReport = {
  total,
  byAract: [
    { key: "demo-aract-bretagne", label: "Aract Bretagne", counts: bretagne },
    { key: "demo-aract-corse", label: "Aract Corse", counts: small },
    { key: "demo-aract-normandie", label: "Aract Normandie", counts: normandie },
  ],
  byTheme: [{ key: "EGALITE_PROFESSIONNELLE", label: "Égalité professionnelle", counts: total }],
  byYear: [
    { key: "2014", label: "2014", counts: bretagne },
    { key: "2015", label: "2015", counts: counts({ clusters: 2, companies: 9 }) },
  ],
  byProgramme: [
    { key: "demo-programme-clusters-egalite", label: "Clusters Égalité", counts: counts({ ...bretagne, companies: 1240 }) },
    { key: "aucun", label: "Sans programme", counts: small },
  ],
};

const options: FilterOptions = {
  aracts: [{ id: "demo-aract-bretagne", name: "Aract Bretagne" }],
  programmes: [],
  years: [2014, 2015],
  runningYears: [2014, 2015, 2016],
};

const national: ExportContext = {
  today: TODAY,
  aractName: null,
  filters: describeFilters({ theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2015 }, options),
  rejected: ["size"],
};

const keys = (aract: string, year: string, programme: string) => ({
  byAract: [aract],
  byTheme: ["EGALITE_PROFESSIONNELLE"],
  byYear: [year],
  byProgramme: [programme],
});

const countedClusterRows: CountedClusterRow[] = [
  {
    id: "c1",
    name: "Clusters Égalité Bretagne 2014",
    aractName: "Aract Bretagne",
    startDate: day("2014-03-01"),
    endDate: day("2015-06-30"),
    status: "EVALUATED",
    counts: bretagne,
    keys: keys("demo-aract-bretagne", "2014", "demo-programme-clusters-egalite"),
  },
  {
    id: "c2",
    name: "=HYPERLINK(\"http://x\")",
    aractName: "Aract Corse",
    startDate: day("2015-01-15"),
    endDate: day("2015-12-31"),
    status: "RUNNING",
    counts: small,
    keys: keys("demo-aract-corse", "2015", "aucun"),
  },
  {
    id: "c3",
    name: "Clusters Égalité Normandie 2015",
    aractName: "Aract Normandie",
    startDate: day("2015-02-01"),
    endDate: day("2016-01-31"),
    status: "RUNNING",
    counts: normandie,
    keys: keys("demo-aract-normandie", "2015", "demo-programme-clusters-egalite"),
  },
];

// The three companies of c2 (Corse, 2015, « Sans programme ») are withheld, and with them c3, the
// cluster closest to it (secondary); then every row that would give either of them away.
const report = publishReport(counted, countedClusterRows);
const clusterRows = discloseClusters(total, countedClusterRows);

const csvLines = (document: ExportDocument) => toCsv(document).replace(/^\uFEFF/, "").split("\r\n");
const fields = (line: string | undefined) => (line ?? "").split(";");
const lineStarting = (lines: string[], start: string) => lines.find((line) => line.startsWith(start));

async function roundTrip(document: ExportDocument): Promise<ExcelJS.Workbook> {
  const buffer = await toWorkbook(document, TODAY).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet) =>
  Array.from(sheet.getSheetValues(), (row) => ((row as unknown[] | undefined) ?? []).slice(1));

describe("the tables of a report export", () => {
  it("open with the filters in words, the ignored ones, the date and the suppression rule", () => {
    const document = reportDocument(report, national);
    expect(document.preamble).toContainEqual(["Thème", "Égalité professionnelle"]);
    expect(document.preamble).toContainEqual(["Aract", "Toutes"]);
    expect(document.preamble).toContainEqual(["Date d'extraction", TODAY]);
    expect(document.preamble.flat()).toContain(SECRET_RULE);
    expect(document.preamble.flat().join(" ")).toMatch(/« Taille d'entreprise ».*ignoré/);
    expect(document.tables.map((table) => table.sheet)).toEqual(["Synthèse", "Par Aract", "Par thème", "Par année", "Par programme"]);
  });

  it("name an Aract's own Aract in its filters and leave out the breakdown by Aract", () => {
    const document = reportDocument(report, {
      ...national,
      aractName: "Aract Bretagne",
      filters: describeFilters({ theme: "EGALITE_PROFESSIONNELLE", from: 2014, to: 2015 }, options, "Aract Bretagne"),
      rejected: [],
    });
    expect(document.preamble).toContainEqual(["Aract", "Aract Bretagne"]);
    expect(document.title).toContain("Aract Bretagne");
    expect(document.tables.map((table) => table.sheet)).toEqual(["Synthèse", "Par thème", "Par année", "Par programme"]);
  });

  it("end with the indicators' median changes when given, a withheld median marked, the breakdown by Aract for the national team only", () => {
    const absenteeism = { key: "absenteeismRate" as const, label: "Taux d'absentéisme" };
    const changes = {
      total: [{ ...absenteeism, secret: false as const, companies: 21, change: -1.8 }],
      byAract: [{ key: "a", label: "Aract Bretagne", changes: [{ ...absenteeism, secret: false as const, companies: 21, change: -1.8 }] }],
      byTheme: [{ key: "QVCT", label: "QVCT", changes: [{ ...absenteeism, secret: true as const, companies: null, change: null }] }],
      byProgramme: [],
    };
    const table = reportDocument(report, national, changes).tables.at(-1)!;
    expect(table.sheet).toBe("Indicateurs");
    expect(table.rows).toEqual([
      ["Sélection", "", "Taux d'absentéisme", "-1,8 point", { format: "count", value: 21 }],
      ["Aract", "Aract Bretagne", "Taux d'absentéisme", "-1,8 point", { format: "count", value: 21 }],
      ["Thème", "QVCT", "Taux d'absentéisme", SECRET_LABEL, SECRET_LABEL],
    ]);
    const own = reportDocument(report, { ...national, aractName: "Aract Bretagne" }, changes).tables.at(-1)!;
    expect(own.rows.map((row) => row[0])).toEqual(["Sélection", "Thème"]);
  });

  it("replace every figure of a withheld row by the reason, and keep who it is", () => {
    const byAract = reportDocument(report, national).tables[1]!;
    const corse = byAract.rows.find((row) => row[0] === "Aract Corse")!;
    expect(corse.slice(1)).toEqual(FIGURES.map(() => SECRET_LABEL));
    expect(byAract.rows.find((row) => row[0] === "Aract Normandie")!.slice(1)).toEqual(FIGURES.map(() => SECRET_LABEL));
    expect(byAract.rows.find((row) => row[0] === "Aract Bretagne")![1]).toEqual({ format: "count", value: 2 });
    const byProgramme = reportDocument(report, national).tables.find((table) => table.sheet === "Par programme")!;
    expect(byProgramme.header[0]).toBe("Programme");
    expect(byProgramme.rows.find((row) => row[0] === "Sans programme")!.slice(1)).toEqual(FIGURES.map(() => SECRET_LABEL));
    const byTheme = reportDocument(report, national).tables.find((table) => table.sheet === "Par thème")!;
    expect(byTheme.rows[0]![1]).toEqual({ format: "count", value: 4 });
    const clusters = clusterRowsDocument(clusterRows, national).tables[0]!;
    expect(clusters.rows[1]!.slice(0, 5)).toEqual(["Aract Corse", clusterRows[1]!.name, day("2015-01-15"), day("2015-12-31"), "En cours"]);
    expect(clusters.rows[1]!.slice(5).every((cell) => cell === SECRET_LABEL)).toBe(true);
    expect(clusters.rows[2]!.slice(5).every((cell) => cell === SECRET_LABEL)).toBe(true);
    expect(clusters.rows[0]![4]).toBe("Évalué");
  });
});

describe("the CSV", () => {
  it("starts with a BOM and reads back with ';', French decimals and no thousands separator", () => {
    const csv = toCsv(reportDocument(report, national));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csvLines(reportDocument(report, national));
    expect(fields(lineStarting(lines, "Thème;"))).toEqual(["Thème", "Égalité professionnelle"]);
    expect(fields(lineStarting(lines, "Période;"))).toEqual(["Période", "Clusters démarrés à partir de 2014 et au plus tard en 2015"]);
    expect(fields(lineStarting(lines, "Date d'extraction;"))).toEqual(["Date d'extraction", "23/11/2026"]);
    expect(fields(lineStarting(lines, "Salariés couverts;"))).toEqual(["Salariés couverts", "57866"]);
    expect(fields(lineStarting(lines, "Jours d'appui réalisés;"))).toEqual(["Jours d'appui réalisés", "12,5"]);
    expect(fields(lineStarting(lines, "Taux de présence;"))).toEqual(["Taux de présence", "75%"]);
    const header = fields(lineStarting(lines, "Aract;Clusters menés;"));
    expect(header).toEqual(["Aract", ...FIGURES.map((figure) => figure.label)]);
    const bretagneRow = fields(lineStarting(lines, "Aract Bretagne;"));
    expect(bretagneRow[header.indexOf("Accords signés")]).toBe("6");
    expect(bretagneRow[header.indexOf("Taux de présence")]).toBe("75%");
  });

  it("never shows the numbers of a suppressed row, and keeps formulas as text", () => {
    const lines = csvLines(clusterRowsDocument(clusterRows, national));
    const suppressed = lines.find((line) => line.startsWith("Aract Corse;"))!;
    expect(suppressed).toContain(SECRET_LABEL);
    expect(suppressed).not.toMatch(/;777|;2;|;3;/);
    expect(fields(suppressed).slice(0, 5)).toEqual(["Aract Corse", `"'=HYPERLINK(""http://x"")"`, "15/01/2015", "31/12/2015", "En cours"]);
    expect(lines.some((line) => line.includes(SECRET_RULE.slice(0, 40)))).toBe(true);
  });
});

describe("the workbook", () => {
  it("has the report's sheets, its filters and its figures as numbers", async () => {
    const workbook = await roundTrip(reportDocument(report, national));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Synthèse", "Par Aract", "Par thème", "Par année", "Par programme"]);
    const synthese = values(workbook.getWorksheet("Synthèse")!);
    expect(synthese).toContainEqual(["Thème", "Égalité professionnelle"]);
    expect(synthese).toContainEqual(["Accords signés", 8]);
    const rate = workbook.getWorksheet("Synthèse")!.getColumn(1).values.indexOf("Taux de présence");
    expect(workbook.getWorksheet("Synthèse")!.getRow(rate).getCell(2).numFmt).toBe("0%");

    const byAract = workbook.getWorksheet("Par Aract")!;
    expect(byAract.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(byAract.getRow(1).font?.bold).toBe(true);
    const [header, ...rows] = values(byAract).slice(1);
    const column = (label: string) => header!.indexOf(label);
    expect(rows[0]![column("Jours d'appui réalisés")]).toBe(12.5);
    expect(byAract.getRow(2).getCell(column("Jours d'appui réalisés") + 1).numFmt).toBe("#,##0.0");
    expect(rows[1]!.slice(1)).toEqual(FIGURES.map(() => SECRET_LABEL));
  });

  it("puts the underlying rows in a Clusters sheet with real dates, and the filters in their own sheet", async () => {
    const workbook = await roundTrip(clusterRowsDocument(clusterRows, national));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Clusters", "Filtres"]);
    const clusters = workbook.getWorksheet("Clusters")!;
    expect(clusters.getCell("C2").value).toEqual(day("2014-03-01"));
    expect(clusters.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(values(clusters)[2]!.slice(5, 7)).toEqual([2, 1234]);
    expect(values(workbook.getWorksheet("Filtres")!)).toContainEqual(["Thème", "Égalité professionnelle"]);
  });

  it("is named after its content and the day", () => {
    expect(exportFilename("synthese", "xlsx", "2026-11-23")).toBe("rapport-clusters-2026-11-23.xlsx");
    expect(exportFilename("clusters", "csv", "2026-11-23")).toBe("clusters-detail-2026-11-23.csv");
  });
});
