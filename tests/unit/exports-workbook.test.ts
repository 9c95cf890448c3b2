import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { WORKBOOK_SHEETS, buildFunderWorkbook, funderWorkbookFilename, slugify } from "@/lib/exports/funder-workbook";
import type { FunderWorkbookData } from "@/lib/exports/queries";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const data: FunderWorkbookData = {
  cluster: {
    name: "Cluster QVCT et usure professionnelle – Pays de Brest 2026-2027",
    aractName: "Aract Bretagne",
    programmeName: null,
    kind: "TERRITORIAL",
    territory: "Pays de Brest (Finistère)",
    sector: null,
    startDate: day("2026-09-01"),
    endDate: day("2027-06-30"),
    themes: ["QVCT", "USURE_PROFESSIONNELLE"],
    plannedCollectiveSessions: 6,
    plannedSupportDaysPerCompany: 2.5,
    staff: ["Gaëlle Kerjean"],
    partners: [{ name: "Carsat Bretagne", kind: "CARSAT", role: "Appui prévention des TMS" }],
    funders: [
      { name: "Région Bretagne", amountEuros: 30_000 },
      { name: "Carsat Bretagne", amountEuros: 12_000.5 },
    ],
  },
  companies: [
    { name: "Légumerie du Léon", siret: "12345678900017", nafCode: "10.39A", headcount: 130, status: "ENROLLED" },
    { name: "Scierie de l'Élorn", siret: "98765432100015", nafCode: "16.10A", headcount: 34, status: "WITHDRAWN" },
  ],
  pairs: [
    {
      company: "Légumerie du Léon",
      role: "Direction",
      name: "Yannick Abiven",
      jobTitle: "Directeur d'exploitation",
      email: "yannick.abiven@legumerie-leon.fr",
    },
    {
      company: "Légumerie du Léon",
      role: "Représentant·e du personnel",
      name: "Soizic Le Saout",
      jobTitle: null,
      email: null,
    },
  ],
  sessions: [
    {
      date: day("2026-10-06"),
      slot: "MORNING",
      startTime: null,
      endTime: null,
      title: "Lancement",
      attendances: [
        { company: "Légumerie du Léon", person: "Soizic Le Saout", status: "EXCUSED" },
        { company: "Légumerie du Léon", person: "Yannick Abiven", status: "PRESENT" },
      ],
    },
    { date: day("2026-11-10"), slot: "AFTERNOON", startTime: null, endTime: null, title: "Indicateurs", attendances: [] },
  ],
  supportDays: [
    {
      date: day("2026-06-09"),
      company: "Légumerie du Léon",
      kind: "PRE_DIAGNOSTIC",
      durationDays: 0.5,
      deliveredBy: "Gaëlle Kerjean",
      byPartner: false,
    },
    {
      date: day("2026-10-13"),
      company: "Légumerie du Léon",
      kind: "DIAGNOSTIC",
      durationDays: 1,
      deliveredBy: "Carsat Bretagne",
      byPartner: true,
    },
  ],
};

async function roundTrip(): Promise<ExcelJS.Workbook> {
  const buffer = await buildFunderWorkbook(data, day("2026-11-23")).xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer as ArrayBuffer);
  return read;
}

const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe("the funder workbook", () => {
  it("has the five sheets with their French headers, bold, frozen and filtered", async () => {
    const workbook = await roundTrip();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...WORKBOOK_SHEETS]);
    const sheet = (name: string) => workbook.getWorksheet(name)!;
    expect(header(sheet("Cluster"))).toEqual(["Rubrique", "Valeur", "Montant"]);
    expect(header(sheet("Entreprises"))).toEqual(["Entreprise", "SIRET", "Code NAF", "Effectif à l'entrée", "Statut"]);
    expect(header(sheet("Binômes et membres"))).toEqual(["Entreprise", "Rôle", "Nom", "Fonction", "E-mail"]);
    expect(header(sheet("Présences"))).toEqual(["Date", "Horaire", "Séance", "Entreprise", "Personne", "Statut"]);
    expect(header(sheet("Appuis"))).toEqual(["Date", "Entreprise", "Nature", "Durée (jours)", "Délivré par"]);
    for (const s of workbook.worksheets) {
      expect(s.getRow(1).font?.bold, s.name).toBe(true);
      expect(s.views[0], s.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(s.autoFilter, s.name).toBeTruthy();
      expect(s.getColumn(1).width, s.name).toBeGreaterThan(8);
    }
  });

  it("writes dates as real Excel dates shown dd/mm/yyyy", async () => {
    const workbook = await roundTrip();
    const support = workbook.getWorksheet("Appuis")!;
    const cell = support.getCell("A2");
    expect(cell.value).toEqual(day("2026-06-09"));
    expect(cell.numFmt).toBe("dd/mm/yyyy");
    const start = workbook.getWorksheet("Cluster")!.getColumn(1).values.indexOf("Début");
    const startCell = workbook.getWorksheet("Cluster")!.getRow(start).getCell(2);
    expect(startCell.value).toEqual(day("2026-09-01"));
    expect(startCell.numFmt).toBe("dd/mm/yyyy");
  });

  it("counts as held the past sessions whose attendance is recorded, in half-days", async () => {
    const cluster = (await roundTrip()).getWorksheet("Cluster")!;
    const row = cluster.getColumn(1).values.indexOf("Demi-journées collectives tenues");
    // Of the two past sessions, only the one of 6 October has its attendance recorded.
    expect(cluster.getRow(row).getCell(2).value).toBe(1);
  });

  it("lists companies, pairs, attendance per session with totals, and support days with their total", async () => {
    const workbook = await roundTrip();
    const rows = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[] | undefined)?.slice(1));
    expect(rows("Entreprises")).toEqual([
      ["Légumerie du Léon", "12345678900017", "10.39A", 130, "Inscrite"],
      ["Scierie de l'Élorn", "98765432100015", "16.10A", 34, "Retirée"],
    ]);
    expect(rows("Binômes et membres")[0]).toEqual([
      "Légumerie du Léon",
      "Direction",
      "Yannick Abiven",
      "Directeur d'exploitation",
      "yannick.abiven@legumerie-leon.fr",
    ]);
    const attendance = rows("Présences");
    expect(attendance[0]).toEqual([
      day("2026-10-06"),
      "matin",
      "Lancement",
      "Légumerie du Léon",
      "Soizic Le Saout",
      "Excusé·e",
    ]);
    const totals = attendance.slice(attendance.findIndex((r) => r?.[2] === "Totaux par séance") + 1);
    expect(totals[0]).toEqual([day("2026-10-06"), "matin", "Lancement", 1, 1, 0, 0.5]);
    expect(totals[1]?.slice(0, 6)).toEqual([day("2026-11-10"), "après-midi", "Indicateurs", 0, 0, 0]);
    const support = rows("Appuis");
    expect(support[1]).toEqual([
      day("2026-10-13"),
      "Légumerie du Léon",
      "Diagnostic",
      1,
      "Carsat Bretagne (partenaire)",
    ]);
    expect(support[0]?.[4]).toBe("Gaëlle Kerjean (Aract Bretagne)");
    expect(support.at(-1)?.slice(2)).toEqual(["Jours délivrés", 1.5]);
  });

  it("gives the cluster's plan for its active companies and its funders with amounts", async () => {
    const workbook = await roundTrip();
    const cluster = workbook.getWorksheet("Cluster")!;
    const byLabel = new Map<string, unknown[]>();
    cluster.eachRow((row) => {
      const [label, ...rest] = (row.values as unknown[]).slice(1);
      byLabel.set(`${label}${label === "Financeur" ? `:${rest[0]}` : ""}`, rest);
    });
    expect(byLabel.get("Aract")?.[0]).toBe("Aract Bretagne");
    expect(byLabel.get("Thèmes")?.[0]).toBe(
      "Qualité de vie et des conditions de travail, Usure professionnelle et vieillissement actif",
    );
    expect(byLabel.get("Financeur:Région Bretagne")?.[1]).toBe(30_000);
    expect(byLabel.get("Total des financements connus")?.[1]).toBe(42_000.5);
    expect(byLabel.get("Jours d'appui prévus pour le cluster")?.[0]).toBe(2.5); // one active company
    expect(byLabel.get("Jours d'appui délivrés")?.[0]).toBe(1.5);
  });

  it("names the file after the cluster and the day", () => {
    expect(slugify("Clusters Égalité Bretagne 2014")).toBe("clusters-egalite-bretagne-2014");
    expect(funderWorkbookFilename(data.cluster.name, "2026-11-23")).toBe(
      "justificatifs-cluster-qvct-et-usure-professionnelle-pays-de-brest-2026-2027-2026-11-23.xlsx",
    );
  });
});
