import { IMPORT_COLUMNS, IMPORT_FIELDS, fieldOfPath, type ColumnChoice, type ImportField } from "./columns";
import { normalizeSiret } from "@/lib/companies/siret";
import { ImportRow } from "./schemas";

// Every row of a file checked by the enrolment form's rules, each problem pinned to its line and column.

export type CellError = { field: ImportField; value: string; message: string };
export type CheckedRow = {
  line: number;
  /** The row's texts by field, as the file holds them (absent columns read as empty). */
  values: Record<ImportField, string>;
  /** The row as the form's schema reads it; null while any cell is wrong. */
  row: ImportRow | null;
  errors: CellError[];
};

export const duplicateSiretMessage = (line: number) =>
  `Ce SIRET figure déjà ligne ${line} : une structure par ligne.`;

function valuesOf(cells: string[], columns: ColumnChoice): Record<ImportField, string> {
  return Object.fromEntries(
    IMPORT_FIELDS.map((field) => {
      const index = columns[field];
      const value = index === undefined ? "" : (cells[index] ?? "");
      // A postcode typed as a number in a spreadsheet has lost its leading zero ("1000" for Bourg-en-Bresse).
      return [field, field === "postalCode" && /^\d{4}$/.test(value) ? `0${value}` : value];
    }),
  ) as Record<ImportField, string>;
}

/** The enrolment input of a row's texts (the pair's optional fields absent when empty, as in the form). */
function inputOf(values: Record<ImportField, string>) {
  const input: Record<string, Record<string, string>> = { company: {}, direction: {}, staffRepresentative: {} };
  for (const field of IMPORT_FIELDS) {
    const [group, key] = IMPORT_COLUMNS[field].path;
    input[group]![key] = values[field];
  }
  return input;
}

function checkRow(line: number, cells: string[], columns: ColumnChoice): CheckedRow {
  const values = valuesOf(cells, columns);
  const parsed = ImportRow.safeParse(inputOf(values));
  if (parsed.success) return { line, values, row: parsed.data, errors: [] };
  const errors: CellError[] = [];
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    // One message per cell: the first, as the form shows it.
    if (field && !errors.some((error) => error.field === field)) {
      errors.push({ field, value: values[field], message: issue.message });
    }
  }
  return { line, values, row: null, errors };
}

/** Each row checked; a SIRET met again further down is an error of the later line. */
export function checkRows(rows: { line: number; cells: string[] }[], columns: ColumnChoice): CheckedRow[] {
  const firstLineOfSiret = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const checked = checkRow(line, cells, columns);
    // Compared as typed (spaces removed), valid or not: the same structure twice is the later line's error.
    const siret = normalizeSiret(checked.values.siret);
    if (siret) {
      const first = firstLineOfSiret.get(siret);
      if (first === undefined) firstLineOfSiret.set(siret, line);
      else {
        checked.errors = checked.errors.filter((error) => error.field !== "siret");
        checked.errors.push({ field: "siret", value: checked.values.siret, message: duplicateSiretMessage(first) });
        checked.row = null;
      }
    }
    return checked;
  });
}
