import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { GET } from "@/app/rapports/export/route";
import { SECRET_LABEL } from "@/lib/reports/suppression";
import { actAs } from "../support/session";
import { seedDemo } from "../../prisma/seed/demo";
import { testDb } from "../factories";

const db = testDb();
const BRETAGNE = "demo-aract-bretagne";
const IDF = "demo-aract-ile-de-france";
let users: { national: string; bretagneStaff: string; companyMember: string };

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

beforeAll(async () => {
  await seedDemo(db);
  users = {
    national: await idOf("claire.martin@anact.fr"),
    bretagneStaff: await idOf("gaelle.kerjean@bretagne.aract.fr"),
    companyMember: await idOf("marie.le-bihan@conserverie-armor.fr"),
  };
}, 60_000);
afterAll(() => db.$disconnect());

const download = (query: string) => GET(new Request(`http://localhost/rapports/export?${query}`));

/** Each row of a sheet as its cells' values, from the first column. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  Array.from(sheet.getSheetValues(), (row) => ((row as unknown[] | undefined) ?? []).slice(1));

describe("GET /rapports/export", () => {
  it("gives the national team the report as a workbook with its filters and figures", async () => {
    actAs(users.national);
    const response = await download("format=xlsx&contenu=synthese&theme=EGALITE_PROFESSIONNELLE&de=2014&a=2014");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="rapport-clusters-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Synthèse", "Par Aract", "Par thème", "Par année", "Par programme", "Indicateurs"]);
    const synthese = rowsOf(workbook.getWorksheet("Synthèse")!);
    expect(synthese).toContainEqual(["Thème", "Égalité professionnelle"]);
    expect(synthese).toContainEqual(["Période", "Clusters démarrés en 2014"]);
    expect(synthese).toContainEqual(["Aract", "Toutes"]);
    const accords = synthese.find((row) => row[0] === "Accords signés");
    expect(accords?.[1]).toBeGreaterThanOrEqual(6);
    const byYear = rowsOf(workbook.getWorksheet("Par année")!).slice(1);
    expect(byYear.slice(1).map((row) => row[0])).toEqual(["2014"]);
    const byProgramme = rowsOf(workbook.getWorksheet("Par programme")!).slice(1);
    expect(byProgramme[0]?.[0]).toBe("Programme");
    expect(byProgramme.slice(1).map((row) => row[0])).toContain("Clusters Égalité");
  });

  it("gives an Aract's chargée de mission her own clusters only, even when the URL asks for another Aract", async () => {
    actAs(users.bretagneStaff);
    const response = await download(`format=csv&contenu=clusters&aract=${IDF}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="clusters-detail-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");

    expect(lines).toContain("Aract;Aract Bretagne");
    expect(lines.some((line) => line.includes("« Aract »") && line.includes("ignoré"))).toBe(true);

    const clusters = await db.cluster.findMany({ where: { status: { not: "DRAFT" } }, select: { name: true, aractId: true } });
    const own = clusters.filter((c) => c.aractId === BRETAGNE).map((c) => c.name);
    const others = clusters.filter((c) => c.aractId !== BRETAGNE).map((c) => c.name);
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const name of own) expect(csv).toContain(name);
    for (const name of others) expect(csv).not.toContain(name);

    const header = lines.findIndex((line) => line.startsWith("Aract;Cluster;Début;Fin;Étape;"));
    const rows = lines.slice(header + 1).filter((line) => line !== "");
    expect(rows).toHaveLength(own.length);
    expect(rows.every((line) => line.startsWith("Aract Bretagne;"))).toBe(true);
    const columns = lines[header]!.split(";");
    const egalite = rows.find((line) => line.includes("Clusters Égalité Bretagne 2014"))!.split(";");
    expect(egalite).not.toContain(SECRET_LABEL);
    expect(egalite[columns.indexOf("Accords signés")]).toBe("6");
  });

  it("withholds every figure of a selection of fewer than 5 companies, in both files", async () => {
    actAs(users.national);
    const filters = "taille=300-et-plus&theme=EGALITE_PROFESSIONNELLE&de=2014&a=2014";
    for (const contenu of ["synthese", "clusters"]) {
      const csv = await (await download(`format=csv&contenu=${contenu}&${filters}`)).text();
      const lines = csv.split("\r\n");
      const figureLines = contenu === "synthese"
        ? lines.filter((line) => /^(Clusters menés|Entreprises accompagnées|Accords signés);/.test(line))
        : lines.filter((line) => line.startsWith("Aract Bretagne;"));
      expect(figureLines.length, contenu).toBeGreaterThan(0);
      for (const line of figureLines) expect(line, contenu).toContain(SECRET_LABEL);
      expect(csv).not.toMatch(/;2(;|$)/m);
    }
  });

  it("answers 404 to a company member and to a signed-out caller", async () => {
    for (const userId of [users.companyMember, null]) {
      actAs(userId);
      const response = await download("format=csv&contenu=synthese");
      expect(response.status).toBe(404);
    }
  });

  it("answers 400 in French to an unknown format or content", async () => {
    actAs(users.national);
    for (const query of ["format=pdf&contenu=synthese", "format=csv&contenu=tout", "format=csv"]) {
      const response = await download(query);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/^Export inconnu/);
    }
  });
});
