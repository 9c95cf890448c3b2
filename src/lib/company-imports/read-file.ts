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

/** More than any list of a thousand rows unpacks to: beyond it, the file is built to exhaust the server. */
const MAX_UNPACKED_BYTES = 50_000_000;

/**
 * What the archive says its files unpack to, from its central directory (ZIP's end record, then each entry's
 * header): read before the workbook is, so that a small file that unpacks to gigabytes is never unpacked.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  const size = unpackedSize(bytes);
  if (size === null || size > MAX_UNPACKED_BYTES) throw new AppError(READ_MESSAGES.unreadable);
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
