import ExcelJS from "exceljs";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import {
  PARTICIPATION_STATUS_LABELS,
  PARTNER_KIND_LABELS,
  THEME_LABELS,
} from "@/lib/clusters/labels";
import { SUPPORT_KIND_LABELS, fromHalfDays, toHalfDays } from "@/lib/support/rules";
import type { FunderWorkbookData } from "./queries";
import { toDay, todayInFrance } from "@/lib/dates/day";
import { sessionProgress, slotLabel } from "@/lib/sessions/rules";

// The funder evidence of one cluster as an Excel workbook: what the FSE, a ministry or the DRDFE ask for
// (companies, pair members, attendance per session, support days delivered). Pure: data in, workbook out.

export const WORKBOOK_SHEETS = ["Cluster", "Entreprises", "Binômes et membres", "Présences", "Appuis"] as const;

const DATE = "dd/mm/yyyy";
const DAYS = "0.0";
const EUROS = '#,##0.00 "€"';
const PERCENT = "0%";

const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Présent·e",
  EXCUSED: "Excusé·e",
  ABSENT: "Absent·e",
};

const totalDays = (data: FunderWorkbookData) =>
  fromHalfDays(data.supportDays.reduce((sum, d) => sum + toHalfDays(d.durationDays), 0));

type Column = { header: string; width: number; numFmt?: string };
type Cell = string | number | Date | null;

/** A sheet holding one table: bold frozen header, widths, formats, and a filter over its rows. */
function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

/** A second table under the first, after a blank row, with its own bold header (left out of the filter). */
function addFooterTable(
  sheet: ExcelJS.Worksheet,
  header: string[],
  rows: Cell[][],
  formats: Record<number, string> = {},
) {
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values);
    for (const [column, numFmt] of Object.entries(formats)) row.getCell(Number(column)).numFmt = numFmt;
  }
}

function clusterSheet(workbook: ExcelJS.Workbook, data: FunderWorkbookData, exportedOn: Date) {
  const { cluster } = data;
  // Withdrawn companies leave the plan, not the days delivered (see clusterSupport).
  const activeCompanies = data.companies.filter((c) => c.status !== "WITHDRAWN").length;
  // Held half-days, as the sessions tab counts them, on the day of the export (no cancelled session is listed).
  const sessions = data.sessions.map((s) => ({ ...s, day: toDay(s.date), cancelled: false, attendanceRecorded: s.attendances.length > 0 }));
  const heldSessions = sessionProgress(cluster.plannedCollectiveSessions, sessions, todayInFrance(exportedOn)).held;
  const plannedDays = fromHalfDays(toHalfDays(cluster.plannedSupportDaysPerCompany) * activeCompanies);
  const deliveredDays = totalDays(data);
  const fundedTotal = cluster.funders.reduce((sum, f) => sum + (f.amountEuros ?? 0), 0);
  const rows: [string, Cell, Cell?][] = [
    ["Nom du cluster", cluster.name],
    ["Aract", cluster.aractName],
    ["Programme", cluster.programmeName ?? "Action régionale"],
    ["Type", cluster.kind === "TERRITORIAL" ? "Territorial" : "Sectoriel"],
    [
      cluster.kind === "TERRITORIAL" ? "Territoire" : "Secteur",
      (cluster.kind === "TERRITORIAL" ? cluster.territory : cluster.sector) ?? "",
    ],
    ["Début", cluster.startDate],
    ["Fin", cluster.endDate],
    ["Thèmes", cluster.themes.map((t) => THEME_LABELS[t]).join(", ")],
    ["Chargé·es de mission", cluster.staff.join(", ")],
    ...cluster.partners.map((p): [string, Cell] => [
      "Partenaire",
      `${p.name} (${PARTNER_KIND_LABELS[p.kind]})${p.role ? ` : ${p.role}` : ""}`,
    ]),
    ...cluster.funders.map((f): [string, Cell, Cell] => ["Financeur", f.name, f.amountEuros]),
    ["Total des financements connus", "", fundedTotal],
    ["Demi-journées collectives prévues", cluster.plannedCollectiveSessions],
    ["Demi-journées collectives tenues", heldSessions],
    ["Jours d'appui prévus par entreprise", cluster.plannedSupportDaysPerCompany],
    ["Entreprises (hors retirées)", activeCompanies],
    ["Jours d'appui prévus pour le cluster", plannedDays],
    ["Jours d'appui délivrés", deliveredDays],
    ["Exporté le", exportedOn],
  ];
  const sheet = tableSheet(
    workbook,
    "Cluster",
    [
      { header: "Rubrique", width: 38 },
      { header: "Valeur", width: 70 },
      { header: "Montant", width: 16, numFmt: EUROS },
    ],
    rows.map(([label, value, amount]) => [label, value, amount ?? null]),
  );
  sheet.getColumn(2).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = DATE;
    else if (typeof cell.value === "number" && !Number.isInteger(cell.value)) cell.numFmt = DAYS;
  });
}

function attendanceSheet(workbook: ExcelJS.Workbook, data: FunderWorkbookData) {
  const rows = data.sessions.flatMap((s) =>
    s.attendances.map((a): Cell[] => [
      s.date,
      slotLabel(s),
      s.title,
      a.company ?? "",
      a.person,
      ATTENDANCE_LABELS[a.status],
    ]),
  );
  const sheet = tableSheet(
    workbook,
    "Présences",
    [
      { header: "Date", width: 12, numFmt: DATE },
      { header: "Horaire", width: 16 },
      { header: "Séance", width: 50 },
      { header: "Entreprise", width: 36 },
      { header: "Personne", width: 28 },
      { header: "Statut", width: 14 },
    ],
    rows,
  );
  const totals = data.sessions.map((s): Cell[] => {
    const count = (status: AttendanceStatus) => s.attendances.filter((a) => a.status === status).length;
    const recorded = s.attendances.length;
    return [
      s.date,
      slotLabel(s),
      s.title,
      count("PRESENT"),
      count("EXCUSED"),
      count("ABSENT"),
      recorded ? count("PRESENT") / recorded : null,
    ];
  });
  addFooterTable(
    sheet,
    ["Date", "Demi-journée", "Totaux par séance", "Présent·es", "Excusé·es", "Absent·es", "Taux de présence"],
    totals,
    { 1: DATE, 7: PERCENT },
  );
}

function supportSheet(workbook: ExcelJS.Workbook, data: FunderWorkbookData) {
  const sheet = tableSheet(
    workbook,
    "Appuis",
    [
      { header: "Date", width: 12, numFmt: DATE },
      { header: "Entreprise", width: 36 },
      { header: "Nature", width: 28 },
      { header: "Durée (jours)", width: 14, numFmt: DAYS },
      { header: "Délivré par", width: 40 },
    ],
    data.supportDays.map((d) => [
      d.date,
      d.company,
      SUPPORT_KIND_LABELS[d.kind],
      d.durationDays,
      d.byPartner ? `${d.deliveredBy} (partenaire)` : `${d.deliveredBy} (${data.cluster.aractName})`,
    ]),
  );
  addFooterTable(sheet, ["", "", "Total", "Durée (jours)"], [[null, null, "Jours délivrés", totalDays(data)]], {
    4: DAYS,
  });
}

/** The workbook of one cluster's funder evidence, in the order of WORKBOOK_SHEETS. */
export function buildFunderWorkbook(data: FunderWorkbookData, exportedOn: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.cluster.aractName;
  workbook.created = exportedOn;
  clusterSheet(workbook, data, exportedOn);
  tableSheet(
    workbook,
    "Entreprises",
    [
      { header: "Entreprise", width: 36 },
      { header: "SIRET", width: 17 },
      { header: "Code NAF", width: 10 },
      { header: "Effectif à l'entrée", width: 18 },
      { header: "Statut", width: 18 },
    ],
    data.companies.map((c) => [c.name, c.siret, c.nafCode, c.headcount, PARTICIPATION_STATUS_LABELS[c.status]]),
  );
  tableSheet(
    workbook,
    "Binômes et membres",
    [
      { header: "Entreprise", width: 36 },
      { header: "Rôle", width: 28 },
      { header: "Nom", width: 28 },
      { header: "Fonction", width: 34 },
      { header: "E-mail", width: 38 },
    ],
    data.pairs.map((p) => [p.company, p.role, p.name, p.jobTitle ?? "", p.email ?? ""]),
  );
  attendanceSheet(workbook, data);
  supportSheet(workbook, data);
  return workbook;
}

/** "Cluster QVCT – Pays de Brest 2026" → "cluster-qvct-pays-de-brest-2026". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
    .replace(/-$/, "");
}

export function funderWorkbookFilename(clusterName: string, today: string): string {
  return `justificatifs-${slugify(clusterName) || "cluster"}-${today}.xlsx`;
}
