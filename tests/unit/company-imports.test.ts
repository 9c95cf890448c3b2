import { describe, expect, it } from "vitest";
import { fieldOfHeader, matchColumns, missingColumns, columnLetter, IMPORT_FIELDS } from "@/lib/company-imports/columns";
import { checkRows, duplicateSiretMessage } from "@/lib/company-imports/rows";
import { readSheet, unpackedSize, READ_MESSAGES } from "@/lib/company-imports/read-file";
import { FILE_MESSAGES, ImportFileInput } from "@/lib/company-imports/schemas";
import { SIRET_MESSAGES, NAF_MESSAGE, SAME_PERSON_MESSAGE } from "@/lib/companies/schemas";
import { TEMPLATE_HEADERS, csvOf, listGrid, listSiret, xlsxOf } from "../support/company-lists";

const rowsOf = (grid: string[][]) => grid.slice(1).map((cells, index) => ({ line: index + 2, cells }));
const fileOf = (content: string | Uint8Array<ArrayBuffer>, name = "liste.csv") => new File([content], name);

describe("matching a file's columns by their names", () => {
  it("finds every column of the template, in any order", () => {
    const reversed = [...TEMPLATE_HEADERS].reverse();
    const columns = matchColumns(reversed);
    for (const [position, field] of [...IMPORT_FIELDS].reverse().entries()) expect(columns[field]).toBe(position);
    expect(missingColumns(columns)).toEqual([]);
  });

  it("reads the names other files give them, without case, accents or punctuation", () => {
    expect(fieldOfHeader("RAISON SOCIALE")).toBe("name");
    expect(fieldOfHeader("N° Siret")).toBe("siret");
    expect(fieldOfHeader("Code APE")).toBe("nafCode");
    expect(fieldOfHeader("Nombre de salariés")).toBe("headcount");
    expect(fieldOfHeader("CP")).toBe("postalCode");
    expect(fieldOfHeader("Commune")).toBe("city");
    expect(fieldOfHeader("Prénom du dirigeant")).toBe("directionFirstName");
    expect(fieldOfHeader("Nom directeur")).toBe("directionLastName");
    expect(fieldOfHeader("Courriel de la direction")).toBe("directionEmail");
    expect(fieldOfHeader("Fonction direction")).toBe("directionJobTitle");
    expect(fieldOfHeader("Prénom RP")).toBe("staffFirstName");
    expect(fieldOfHeader("Nom du représentant du personnel")).toBe("staffLastName");
    expect(fieldOfHeader("E-mail élu CSE")).toBe("staffEmail");
    expect(fieldOfHeader("Commentaire")).toBeNull();
    expect(fieldOfHeader("")).toBeNull();
  });

  it("gives a field its first column only, and names the required ones missing", () => {
    const columns = matchColumns(["SIRET", "Siret", "Nom de la structure"]);
    expect(columns.siret).toBe(0);
    expect(missingColumns(columns)).toEqual([
      "nafCode",
      "headcount",
      "directionFirstName",
      "directionLastName",
      "directionEmail",
      "staffFirstName",
      "staffLastName",
    ]);
  });

  it("names columns by their spreadsheet letters", () => {
    expect([0, 13, 25, 26, 27, 701].map(columnLetter)).toEqual(["A", "N", "Z", "AA", "AB", "ZZ"]);
  });
});

describe("checking the rows with the enrolment form's rules", () => {
  it("reads a valid row as the form would: SIRET and NAF normalised, a headcount with spaces, empty optional cells absent", () => {
    const grid = listGrid(1, 1, {
      edit: (row) => {
        row.siret = listSiret(1, 0).replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3 ");
        row.nafCode = "8810a";
        row.headcount = "1 200";
        row.staffEmail = "";
        row.city = "";
      },
    });
    const [checked] = checkRows(rowsOf(grid), matchColumns(grid[0]!));
    expect(checked!.errors).toEqual([]);
    expect(checked!.row).toMatchObject({
      company: { siret: listSiret(1, 0), nafCode: "88.10A", headcount: 1200, city: undefined },
      staffRepresentative: { email: undefined },
    });
  });

  it("pins each wrong cell to its line and column, with the form's French message", () => {
    const grid = listGrid(1, 3, {
      edit: (row, index) => {
        if (index === 1) {
          row.siret = "1234";
          row.nafCode = "pas un code";
          row.headcount = "douze";
          row.directionEmail = "";
        }
        if (index === 2) row.staffEmail = row.directionEmail;
      },
    });
    const [first, second, third] = checkRows(rowsOf(grid), matchColumns(grid[0]!));
    expect(first!.row).not.toBeNull();
    expect(second!.row).toBeNull();
    expect(second!.line).toBe(3);
    expect(Object.fromEntries(second!.errors.map((error) => [error.field, error.message]))).toEqual({
      siret: SIRET_MESSAGES.length,
      nafCode: NAF_MESSAGE,
      headcount: "L'effectif est un nombre entier de personnes (salarié·es ou agents).",
      directionEmail: expect.stringContaining("adresse e-mail de la direction"),
    });
    expect(second!.errors.find((error) => error.field === "siret")?.value).toBe("1234");
    expect(third!.errors).toEqual([{ field: "staffEmail", value: third!.values.staffEmail, message: SAME_PERSON_MESSAGE }]);
  });

  it("reads headcounts grouped by thousands, and refuses those that would silently become another number", () => {
    const headcountOf = (headcount: string, postalCode = "29200") => {
      const grid = listGrid(1, 1, { edit: (row) => Object.assign(row, { headcount, postalCode }) });
      const [checked] = checkRows(rowsOf(grid), matchColumns(grid[0]!));
      return checked!.row ? [checked!.row.company.headcount, checked!.row.company.postalCode] : checked!.errors.map((e) => e.field);
    };
    expect(headcountOf("1 200")).toEqual([1200, "29200"]);
    expect(headcountOf("1.200")).toEqual([1200, "29200"]);
    expect(headcountOf("45,0")).toEqual([45, "29200"]);
    expect(headcountOf("1,000")).toEqual(["headcount"]);
    expect(headcountOf("12.5")).toEqual(["headcount"]);
    expect(headcountOf("12,5")).toEqual(["headcount"]);
    expect(headcountOf("45", "1000")).toEqual([45, "01000"]);
  });

  it("refuses a checksum error, a headcount of zero and a SIRET met twice", () => {
    const grid = listGrid(1, 3, {
      edit: (row, index) => {
        if (index === 0) row.siret = `${listSiret(1, 0).slice(0, 13)}${(Number(listSiret(1, 0)[13]) + 1) % 10}`;
        if (index === 1) row.headcount = "0";
        if (index === 2) row.siret = listSiret(1, 1);
      },
    });
    const [first, second, third] = checkRows(rowsOf(grid), matchColumns(grid[0]!));
    expect(first!.errors.map((error) => error.message)).toEqual([SIRET_MESSAGES.checksum]);
    expect(second!.errors.map((error) => error.field)).toEqual(["headcount"]);
    expect(third!.errors).toEqual([{ field: "siret", value: listSiret(1, 1), message: duplicateSiretMessage(3) }]);
  });
});

describe("reading a CSV or XLSX file", () => {
  it("reads a French CSV: semicolons, Windows-1252 accents, blank lines skipped, line numbers kept", async () => {
    const text = csvOf([["Nom de la structure", "Ville"], ["Crèche Les Lutins", "Morlaix"], ["", ""], ["Élan", "Brest"]]);
    const bytes = new Uint8Array([...text].map((char) => char.charCodeAt(0)));
    const sheet = await readSheet(fileOf(bytes));
    expect(sheet.headers).toEqual(["Nom de la structure", "Ville"]);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ["Crèche Les Lutins", "Morlaix"] },
      { line: 4, cells: ["Élan", "Brest"] },
    ]);
  });

  it("reads a UTF-8 CSV with its mark, commas and quoted cells", async () => {
    const sheet = await readSheet(fileOf(`\uFEFFNom,SIRET\r\n"Dupont, fils",${listSiret(2, 0)}\r\n`));
    expect(sheet.headers).toEqual(["Nom", "SIRET"]);
    expect(sheet.rows[0]!.cells).toEqual(["Dupont, fils", listSiret(2, 0)]);
  });

  it("reads an XLSX workbook: numbers as written, links by their text", async () => {
    const buffer = await xlsxOf([
      ["SIRET", "Effectif", "E-mail"],
      [Number(listSiret(3, 0)), 45, "a@exemple.fr"],
    ]);
    const sheet = await readSheet(fileOf(new Uint8Array(buffer), "liste.xlsx"));
    expect(sheet.rows).toEqual([{ line: 2, cells: [listSiret(3, 0), "45", "a@exemple.fr"] }]);
  });

  it("never unpacks a workbook whose files claim to unpack to more than a list could", async () => {
    const bytes = new Uint8Array(await xlsxOf(listGrid(3, 2)));
    const view = new DataView(bytes.buffer);
    const directory = bytes.findLastIndex((_, at) => at + 4 <= bytes.length && view.getUint32(at, true) === 0x02014b50);
    const size = unpackedSize(bytes)!;
    expect(size).toBeGreaterThan(1_000);
    expect(size).toBeLessThan(100_000);
    view.setUint32(directory + 24, 0xfffffff0, true);
    expect(unpackedSize(bytes)).toBeGreaterThan(4_000_000_000);
    expect(unpackedSize(bytes.slice(0, 100))).toBeNull();
    await expect(readSheet(fileOf(bytes, "bombe.xlsx"))).rejects.toThrow(READ_MESSAGES.unreadable);
  });

  it("says in French why a file cannot be read", async () => {
    await expect(readSheet(fileOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "vieux.xls"))).rejects.toThrow(
      READ_MESSAGES.oldExcel,
    );
    await expect(readSheet(fileOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "faux.xlsx"))).rejects.toThrow(
      READ_MESSAGES.unreadable,
    );
    await expect(readSheet(fileOf("Nom;SIRET\r\n"))).rejects.toThrow(READ_MESSAGES.noRows);
    await expect(readSheet(fileOf("une seule colonne\r\nvaleur\r\n"))).rejects.toThrow(READ_MESSAGES.noHeader);
    const tooMany = csvOf([["Nom", "SIRET"], ...Array.from({ length: 1001 }, (_, index) => [`S${index}`, "1"])]);
    await expect(readSheet(fileOf(tooMany))).rejects.toThrow(READ_MESSAGES.tooManyRows);
  });
});

describe("the file's own checks, in the browser and in the action", () => {
  it("takes a CSV or an XLSX of 800 Ko at most", () => {
    const problem = (file: unknown) => ImportFileInput.safeParse({ clusterId: "c", file }).error?.issues[0]?.message;
    expect(problem(fileOf("Nom;SIRET"))).toBeUndefined();
    expect(problem(fileOf("x", "liste.XLSX"))).toBeUndefined();
    expect(problem(undefined)).toBe(FILE_MESSAGES.missing);
    expect(problem(fileOf("", "vide.csv"))).toBe(FILE_MESSAGES.empty);
    expect(problem(fileOf("x", "liste.pdf"))).toBe(FILE_MESSAGES.kind);
    expect(problem(fileOf(new Uint8Array(800_001)))).toBe(FILE_MESSAGES.tooLarge);
  });
});
