import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, IMPORT_FIELDS, type ImportField } from "../../src/lib/company-imports/columns";
import { withSiretCheckDigit } from "../../src/lib/companies/siret";

// Lists of companies as a chargé·e de mission would upload them: the template's columns, valid rows by
// default, as a grid, a CSV text or an XLSX file. Shared by the unit, integration and end-to-end tests.

export const TEMPLATE_HEADERS = IMPORT_FIELDS.map((field) => IMPORT_COLUMNS[field].label);

/** A valid SIRET per (series, index): distinct for distinct pairs. */
export function listSiret(series: number, index: number): string {
  return withSiretCheckDigit(`${String(400_000_000 + series * 10_000 + index)}0001`);
}

/** The row of company `index` of a list, by field; `tag` keeps the addresses of two lists apart. */
export function listRow(series: number, index: number, tag = `s${series}`): Record<ImportField, string> {
  return {
    name: `Structure ${tag} n° ${index + 1}`,
    siret: listSiret(series, index),
    nafCode: "88.10A",
    headcount: String(20 + (index % 180)),
    postalCode: "29200",
    city: "Brest",
    directionFirstName: "Claire",
    directionLastName: `Direction ${index + 1}`,
    directionJobTitle: "Directrice",
    directionEmail: `direction.${tag}.${index + 1}@exemple.fr`,
    staffFirstName: "Yann",
    staffLastName: `Représentant ${index + 1}`,
    staffJobTitle: "Élu du CSE",
    staffEmail: `cse.${tag}.${index + 1}@exemple.fr`,
  };
}

/** The header line and `count` rows of the template's columns; `edit` changes a row's cells. */
export function listGrid(
  series: number,
  count: number,
  options: { tag?: string; edit?: (row: Record<ImportField, string>, index: number) => void } = {},
): string[][] {
  const rows = Array.from({ length: count }, (_, index) => {
    const row = listRow(series, index, options.tag);
    options.edit?.(row, index);
    return IMPORT_FIELDS.map((field) => row[field]);
  });
  return [TEMPLATE_HEADERS, ...rows];
}

export function csvOf(grid: string[][], separator = ";"): string {
  const cell = (value: string) => (/[";,\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return grid.map((row) => row.map(cell).join(separator)).join("\r\n");
}

export async function xlsxOf(grid: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Structures");
  for (const row of grid) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
