import "server-only";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import { MAX_ROWS } from "./schemas";

// A CSV or XLSX file as a grid of texts: its header line, then each non-empty line with its number in the
// file (the line a spreadsheet shows, header included), so that every message can point at it.

export type Sheet = { headers: string[]; rows: { line: number; cells: string[] }[] };

export const READ_MESSAGES = {
  unreadable: "Ce fichier ne se lit ni comme un CSV ni comme un classeur XLSX : enregistrez-le à nouveau depuis votre tableur.",
  oldExcel: "Les classeurs .xls (Excel 97-2003) ne sont pas lus : enregistrez celui-ci au format .xlsx ou .csv.",
  noHeader: "La première ligne du fichier doit nommer les colonnes (téléchargez le modèle pour voir lesquelles).",
  noRows: "Ce fichier ne contient aucune ligne sous ses en-têtes.",
  tooManyRows: `Ce fichier compte plus de ${MAX_ROWS.toLocaleString("fr-FR")} lignes : découpez-le en plusieurs fichiers.`,
} as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** A cell as its text: numbers as written (a SIRET typed as a number too), links by their text, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value).replace(".", ",");
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toLocaleDateString("fr-FR", { timeZone: "UTC" });
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return "";
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new AppError(READ_MESSAGES.unreadable);
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return Array.from(grid, (cells) => cells ?? []);
}

/** UTF-8 (with or without its mark), else Windows-1252: what Excel writes when it saves « CSV (séparateur : point-virgule) ». */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator of the header line: French spreadsheets write ";", others "," or a tab. */
function separatorOf(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((separator) => [separator, header.split(separator).length] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

function readCsv(bytes: Uint8Array): string[][] {
  const content = decodeText(bytes).replace(/^\uFEFF/, "");
  if (content.includes("\u0000")) throw new AppError(READ_MESSAGES.unreadable);
  try {
    return parse(content, { delimiter: separatorOf(content), relax_column_count: true, relax_quotes: true }) as string[][];
  } catch {
    throw new AppError(READ_MESSAGES.unreadable);
  }
}

/** The file's header and lines; a file that is no list of companies gets a French message, and nothing is read. */
export async function readSheet(file: Blob): Promise<Sheet> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, OLE)) throw new AppError(READ_MESSAGES.oldExcel);
  const grid = startsWith(bytes, ZIP) ? await readWorkbook(bytes) : readCsv(bytes);
  const lines = grid
    .map((cells, index) => ({ line: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter(({ cells }) => cells.some(Boolean));
  const [header, ...rows] = lines;
  if (!header || header.cells.filter(Boolean).length < 2) throw new AppError(READ_MESSAGES.noHeader);
  if (!rows.length) throw new AppError(READ_MESSAGES.noRows);
  if (rows.length > MAX_ROWS) throw new AppError(READ_MESSAGES.tooManyRows);
  return { headers: header.cells, rows };
}
