import "server-only";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { IMPORT_COLUMNS, IMPORT_FIELDS } from "./columns";

// The files to fill in: the import's columns in order, and what each expects.

const HEADERS = IMPORT_FIELDS.map((field) => IMPORT_COLUMNS[field].label);

/** The XLSX template: the columns on the first sheet (frozen, SIRET and postcode as text), the instructions on the second. */
export function buildImportTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Clusters Anact-Aract";
  const sheet = workbook.addWorksheet("Structures", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((field) => ({
    header: IMPORT_COLUMNS[field].label,
    key: field,
    width: Math.max(14, IMPORT_COLUMNS[field].label.length + 4),
    // As text: a SIRET or a postcode typed as a number would lose its leading zero.
    style: field === "siret" || field === "postalCode" ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet("Mode d'emploi");
  help.columns = [
    { header: "Colonne", key: "label", width: 38 },
    { header: "Obligatoire", key: "required", width: 12 },
    { header: "Ce qu'elle contient", key: "hint", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const field of IMPORT_FIELDS) {
    const column = IMPORT_COLUMNS[field];
    help.addRow({ label: column.label, required: column.required ? "oui" : "non", hint: column.hint });
  }
  help.addRow({});
  help.addRow({ label: "Une ligne par structure, sous la ligne des en-têtes ; l'ordre des colonnes est libre." });
  help.addRow({ label: "Importer deux fois le même fichier ne change rien : les structures déjà inscrites sont reconnues par leur SIRET." });
  return workbook;
}

/** The CSV template, as French spreadsheets read it: semicolons, UTF-8 with its mark. */
export function buildImportCsvTemplate(): string {
  return `\uFEFF${stringify([HEADERS], { delimiter: ";" })}`;
}
