import PDFDocument from "pdfkit";
import { pageLabel, SHEET_FOOTER, sheetHeading, sheetRows, type SheetInput, type SheetRow } from "./attendance-sheet";

// The émargement sheet as an A4 PDF, drawn with pdfkit's built-in Helvetica (WinAnsi covers French).
// Every page repeats the heading and the table's header row; the footer numbers the pages once all exist.

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const FOOTER_HEIGHT = 36;
const CELL_PADDING = 6;
/** Room for a handwritten signature. */
const MIN_ROW_HEIGHT = 46;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

const COLUMNS: { key: keyof SheetRow | "signature"; label: string; width: number }[] = [
  { key: "company", label: "Entreprise", width: 115 },
  { key: "name", label: "Nom et prénom", width: 135 },
  { key: "role", label: "Fonction / côté du binôme", width: 122 },
  { key: "signature", label: "Signature", width: 0 },
];

function columnWidths(doc: Doc): number[] {
  const content = doc.page.width - 2 * MARGIN;
  const fixed = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  return COLUMNS.map((c) => c.width || content - fixed);
}

const bottomLimit = (doc: Doc) => doc.page.height - MARGIN - FOOTER_HEIGHT;

/** The heading of every page; returns where the table starts. */
function drawHeading(doc: Doc, sheet: SheetInput): number {
  const width = doc.page.width - 2 * MARGIN;
  const { when, place } = sheetHeading(sheet.session);
  doc.fillColor("#161616");
  doc
    .font(BOLD)
    .fontSize(9)
    .text(sheet.aractName, MARGIN, MARGIN, { width: width / 2 });
  doc
    .font(BOLD)
    .fontSize(15)
    .text("Feuille d'émargement", MARGIN + width / 2, MARGIN, { width: width / 2, align: "right" });
  doc
    .font(FONT)
    .fontSize(10)
    .text(sheet.clusterName, MARGIN, MARGIN + 26, { width });
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(13).text(sheet.session.title, { width });
  doc.moveDown(0.2);
  doc.font(FONT).fontSize(10).text(when, { width });
  doc.text(place, { width });
  return doc.y + 12;
}

function drawHeaderRow(doc: Doc, y: number): number {
  const widths = columnWidths(doc);
  doc.font(BOLD).fontSize(9);
  const labelHeight = Math.max(
    ...COLUMNS.map((c, i) => doc.heightOfString(c.label, { width: (widths[i] ?? 0) - 2 * CELL_PADDING })),
  );
  const height = labelHeight + 2 * CELL_PADDING;
  let x = MARGIN;
  COLUMNS.forEach((column, i) => {
    const w = widths[i] ?? 0;
    doc.lineWidth(0.5).rect(x, y, w, height).fillAndStroke("#e3e3fd", "#161616");
    doc.fillColor("#161616").text(column.label, x + CELL_PADDING, y + CELL_PADDING, { width: w - 2 * CELL_PADDING });
    x += w;
  });
  return y + height;
}

function rowHeight(doc: Doc, row: SheetRow, widths: number[]): number {
  doc.font(FONT).fontSize(9);
  const heights = (["company", "name", "role"] as const).map((key, i) =>
    doc.heightOfString(row[key], { width: (widths[i] ?? 0) - 2 * CELL_PADDING }),
  );
  return Math.max(MIN_ROW_HEIGHT, ...heights.map((h) => h + 2 * CELL_PADDING));
}

function drawRow(doc: Doc, row: SheetRow, y: number, height: number, widths: number[]) {
  let x = MARGIN;
  COLUMNS.forEach((column, i) => {
    const w = widths[i] ?? 0;
    doc.lineWidth(0.5).rect(x, y, w, height).stroke("#161616");
    if (column.key !== "signature") {
      const bold = column.key === "name";
      doc
        .font(bold ? BOLD : FONT)
        .fontSize(9)
        .fillColor("#161616");
      doc.text(row[column.key], x + CELL_PADDING, y + CELL_PADDING, { width: w - 2 * CELL_PADDING });
    }
    x += w;
  });
}

function newPage(doc: Doc, sheet: SheetInput): number {
  doc.addPage();
  return drawHeaderRow(doc, drawHeading(doc, sheet));
}

/** The chargé·e de mission's countersignature, under the table. */
function drawCountersignature(doc: Doc, sheet: SheetInput, top: number) {
  const height = 58;
  let y = top + 16;
  if (y + height > bottomLimit(doc)) y = newPage(doc, sheet) + 16;
  const width = doc.page.width - 2 * MARGIN;
  doc.lineWidth(0.5).rect(MARGIN, y, width, height).stroke("#161616");
  doc.font(FONT).fontSize(9).fillColor("#161616");
  doc.text(
    `Animation de la séance pour l'${sheet.aractName} (nom et signature) :`,
    MARGIN + CELL_PADDING,
    y + CELL_PADDING,
    {
      width: width - 2 * CELL_PADDING,
    },
  );
}

/** Page numbers and the funder mention, on every page once the page count is known. */
function drawFooters(doc: Doc) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 12;
    const width = doc.page.width - 2 * MARGIN;
    doc.font(FONT).fontSize(8).fillColor("#3a3a3a");
    doc.text(SHEET_FOOTER, MARGIN, y, { width: width * 0.75, lineBreak: false });
    doc.text(pageLabel(i - start, count), MARGIN + width * 0.75, y, {
      width: width * 0.25,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The émargement sheet of a session: one row per expected person, with an empty signature cell. */
export function renderAttendanceSheet(sheet: SheetInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "fr-FR",
    info: {
      Title: `Feuille d'émargement – ${sheet.session.title} – ${sheet.session.day}`,
      Author: sheet.aractName,
      Subject: sheet.clusterName,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const widths = columnWidths(doc);
  let y = drawHeaderRow(doc, drawHeading(doc, sheet));
  const rows = sheetRows(sheet.companies);
  if (rows.length === 0) {
    doc
      .font(FONT)
      .fontSize(10)
      .text("Aucune personne attendue : aucun binôme actif dans ce cluster.", MARGIN, y + 10);
    y = doc.y;
  }
  for (const row of rows) {
    const height = rowHeight(doc, row, widths);
    if (y + height > bottomLimit(doc)) y = newPage(doc, sheet);
    drawRow(doc, row, y, height, widths);
    y += height;
  }
  drawCountersignature(doc, sheet, y);
  drawFooters(doc);
  doc.end();
  return done;
}
