import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { ExportCell, ExportContent, ExportDocument, ExportTable, FigureValue } from "./export-tables";

// A report export (./export-tables.ts) written as a file. Pure: document in, CSV text or workbook out.

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function exportFilename(content: ExportContent, format: ExportFormat, today: string): string {
  return `${content === "synthese" ? "rapport-clusters" : "clusters-detail"}-${today}.${format}`;
}

/** Shown where a figure cannot be computed (a rate without any attendance recorded). */
const NOT_COMPUTED = "—";

const isFigure = (cell: ExportCell): cell is FigureValue => typeof cell === "object" && !(cell instanceof Date);

// ───── CSV, for Excel in French: `;` between fields, a BOM so that it reads UTF-8, decimal commas ─────

// No thousands separator: Intl's French one is a narrow no-break space, which Excel and LibreOffice read
// as text, so "12 345" could no longer be summed; "12345,5" opens as a number in a French spreadsheet.
const integer = new Intl.NumberFormat("fr-FR", { useGrouping: false, maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { useGrouping: false, maximumFractionDigits: 1 });
const calendarDay = new Intl.DateTimeFormat("fr-FR", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});

/** Text a spreadsheet would run as a formula (CSV injection, OWASP): kept as text by a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvText(cell: ExportCell): string {
  if (typeof cell === "string") return FORMULA_START.test(cell) ? `'${cell}` : cell;
  if (cell instanceof Date) return calendarDay.format(cell);
  if (cell.value === null) return NOT_COMPUTED;
  // "45%" without a space: French spreadsheets read it as the number 0,45 shown as a percentage.
  if (cell.format === "rate") return `${integer.format(cell.value * 100)}%`;
  return (cell.format === "days" ? oneDecimal : integer).format(cell.value);
}

/** The document as one CSV: the preamble, then each table under its title, a blank line between. */
export function toCsv(document: ExportDocument): string {
  const records: string[][] = document.preamble.map((line) => line.map(csvText));
  for (const table of document.tables) {
    records.push([], [table.title], table.header, ...table.rows.map((row) => row.map(csvText)));
  }
  return stringify(records, { delimiter: ";", bom: true, record_delimiter: "windows" });
}

// ───── XLSX: numbers stay numbers, shown in the reader's own language by the number formats ─────

const NUMBER_FORMATS: Record<FigureValue["format"], string> = { count: "#,##0", days: "#,##0.0", rate: "0%" };
const DATE_FORMAT = "dd/mm/yyyy";
const MIN_WIDTH = 12;
const MAX_WIDTH = 60;

function writeRow(sheet: ExcelJS.Worksheet, cells: ExportCell[]): ExcelJS.Row {
  const row = sheet.addRow(cells.map((cell) => (isFigure(cell) ? (cell.value ?? NOT_COMPUTED) : cell)));
  cells.forEach((cell, index) => {
    if (cell instanceof Date) row.getCell(index + 1).numFmt = DATE_FORMAT;
    else if (isFigure(cell) && cell.value !== null) row.getCell(index + 1).numFmt = NUMBER_FORMATS[cell.format];
  });
  return row;
}

function writeHeader(sheet: ExcelJS.Worksheet, header: string[]): ExcelJS.Row {
  const row = sheet.addRow(header);
  row.font = { bold: true };
  // Figure labels are long: they wrap rather than widen every column.
  row.alignment = { wrapText: true, vertical: "top" };
  return row;
}

const cellWidth = (cell: ExportCell) => (typeof cell === "string" ? cell.length + 2 : MIN_WIDTH);

/** Each column as wide as its longest value, within bounds; lines of a single cell overflow instead. */
function fitColumns(sheet: ExcelJS.Worksheet, lines: ExportCell[][]) {
  const widths: number[] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    line.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? MIN_WIDTH, cellWidth(cell))));
  }
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = Math.min(width, MAX_WIDTH)));
}

/** A sheet whose first table starts at the top, its header bold, frozen and filtered. */
function tableSheet(workbook: ExcelJS.Workbook, name: string, tables: ExportTable[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  tables.forEach((table, index) => {
    if (index > 0) {
      sheet.addRow([]);
      sheet.addRow([table.title]).font = { bold: true };
    }
    writeHeader(sheet, table.header);
    for (const cells of table.rows) writeRow(sheet, cells);
  });
  const [first] = tables;
  if (first) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: first.rows.length + 1, column: first.header.length } };
  }
  fitColumns(
    sheet,
    tables.flatMap((table) => table.rows),
  );
}

/** The sheet of the preamble: title, date, filters and note, then the tables that share it. */
function preambleSheet(workbook: ExcelJS.Workbook, document: ExportDocument, tables: ExportTable[]) {
  const sheet = workbook.addWorksheet(document.preambleSheet);
  document.preamble.forEach((line, index) => {
    const row = writeRow(sheet, line);
    // A line of one cell is the title, a heading or a sentence the reader must not miss.
    if (line.length === 1) row.font = { bold: true, size: index === 0 ? 13 : 11 };
  });
  for (const table of tables) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    writeHeader(sheet, table.header);
    for (const cells of table.rows) writeRow(sheet, cells);
  }
  fitColumns(sheet, [...document.preamble, ...tables.flatMap((table) => table.rows)]);
}

/** The document as a workbook: one sheet per table's sheet, in order, and the preamble's sheet. */
export function toWorkbook(document: ExportDocument, created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.title = document.title;
  workbook.created = created;
  const names = [...new Set([...document.tables.map((table) => table.sheet), document.preambleSheet])];
  for (const name of names) {
    const tables = document.tables.filter((table) => table.sheet === name);
    if (name === document.preambleSheet) preambleSheet(workbook, document, tables);
    else tableSheet(workbook, name, tables);
  }
  return workbook;
}
