import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { FIGURES, type Figure } from "./figures";
import { SECRET_LABEL, SECRET_RULE, type Disclosed } from "./suppression";
import { rejectionNotice } from "./filters";
import type { FilterKey } from "./filter-params";
import type { ClusterReportRow, Report, ReportRow } from "./queries";
import type { IndicatorChangesReport, PublishedChange } from "./indicators/queries";
import { indicatorOf } from "@/lib/indicators/fields";
import { formatChange } from "@/lib/indicators/format";

// What a report export holds, defined once for the CSV and the XLSX (./export-files.ts writes it): a
// preamble (title, date of extraction, the filters in words, the confidentiality rule), then tables. Rows
// withheld by the confidentiality rule (./suppression.ts) keep their identity cells and say why in their figures' cells.

export const EXPORT_CONTENTS = ["synthese", "clusters"] as const;
export type ExportContent = (typeof EXPORT_CONTENTS)[number];

/** A figure's value with its format, or null when it cannot be computed (no attendance recorded). */
export type FigureValue = { format: Figure["format"]; value: number | null };
export type ExportCell = string | Date | FigureValue;

export type ExportTable = {
  /** The sheet of the workbook the table goes in; its heading in the CSV. */
  sheet: string;
  title: string;
  header: string[];
  rows: ExportCell[][];
};

export type ExportDocument = {
  title: string;
  /** Lines above the tables: a label and its value, or a sentence alone. */
  preamble: ExportCell[][];
  /** The sheet that holds the preamble: one of the tables' sheets (written above it) or a sheet of its own. */
  preambleSheet: string;
  tables: ExportTable[];
};

export type ExportContext = {
  /** The day of extraction. */
  today: Date;
  /** The caller's Aract; null for the national team, who see every Aract. */
  aractName: string | null;
  /** The filters in words (describeFilters, with the caller's own Aract). */
  filters: { label: string; value: string }[];
  /** The filters of the URL that were not valid or not the caller's to pick. */
  rejected: readonly FilterKey[];
};

const NETWORK = "réseau Anact-Aract";
// Unlike the others, the breakdown by theme does not add up to the totals: the file says why.
const THEME_NOTE = "Par thème : un cluster à plusieurs thèmes compte sous chacun d'eux.";
const FIGURE_HEADERS = FIGURES.map((figure) => figure.label);

/** One cell per figure, or in each the reason the row is withheld. */
function figureCells(row: Disclosed): ExportCell[] {
  if (row.secret) return FIGURES.map(() => SECRET_LABEL);
  return FIGURES.map((figure) => ({ format: figure.format, value: figure.value(row.counts) }));
}

function preamble(title: string, context: ExportContext, notes: string[] = []): ExportCell[][] {
  const filters = context.filters.map(({ label, value }) => [label, value]);
  const notice = rejectionNotice(context.rejected);
  return [
    [title],
    ["Date d'extraction", context.today],
    [],
    ["Filtres"],
    ...filters,
    ...(notice ? [[notice]] : []),
    [],
    [SECRET_RULE],
    ...notes.map((note) => [note]),
  ];
}

function breakdown(sheet: string, dimension: string, rows: ReportRow[]): ExportTable {
  return {
    sheet,
    title: sheet,
    header: [dimension, ...FIGURE_HEADERS],
    rows: rows.map((row) => [row.label, ...figureCells(row)]),
  };
}

/** One row per indicator measured (or withheld) of a group: its change in words and how many companies. */
function changeRows(group: string, value: string, changes: PublishedChange[]): ExportCell[][] {
  return changes
    .filter((change) => change.secret || change.companies > 0)
    .map((change) => {
      const { kind } = indicatorOf(change.key);
      return change.secret
        ? [group, value, change.label, SECRET_LABEL, SECRET_LABEL]
        : [group, value, change.label, formatChange(kind, change.change), { format: "count", value: change.companies }];
    });
}

/** What changed in the companies: the selection's median changes, then by Aract (national team), theme and programme. */
function indicatorTable(changes: IndicatorChangesReport, national: boolean): ExportTable {
  const groups = [
    ...(national ? [["Aract", changes.byAract] as const] : []),
    ["Thème", changes.byTheme] as const,
    ["Programme", changes.byProgramme] as const,
  ];
  return {
    sheet: "Indicateurs",
    title: "Évolution médiane des indicateurs des entreprises (de l'entrée au suivi, ou à la fin)",
    header: ["Regroupement", "Valeur", "Indicateur", "Évolution médiane", "Entreprises mesurées"],
    rows: [
      ...changeRows("Sélection", "", changes.total),
      ...groups.flatMap(([group, rows]) => rows.flatMap((row) => changeRows(group, row.label, row.changes))),
    ],
  };
}

/**
 * The report: the totals under the preamble, then one table per breakdown (by Aract for the national team
 * only), by programme last, and the indicators' median changes when given.
 */
export function reportDocument(report: Report, context: ExportContext, changes?: IndicatorChangesReport): ExportDocument {
  const totals = figureCells(report.total);
  const breakdowns = [
    ...(context.aractName === null ? [breakdown("Par Aract", "Aract", report.byAract)] : []),
    breakdown("Par thème", "Thème", report.byTheme),
    breakdown("Par année", "Année de début", report.byYear),
    breakdown("Par programme", "Programme", report.byProgramme),
  ];
  const title = `Rapport des clusters – ${context.aractName ?? NETWORK}`;
  return {
    title,
    preamble: preamble(title, context, [THEME_NOTE]),
    preambleSheet: "Synthèse",
    tables: [
      {
        sheet: "Synthèse",
        title: "Totaux",
        header: ["Indicateur", "Valeur"],
        rows: FIGURES.map((figure, index) => [figure.label, totals[index]!]),
      },
      ...breakdowns,
      ...(changes ? [indicatorTable(changes, context.aractName === null)] : []),
    ],
  };
}

/** The underlying rows: one per cluster of the selection, its identity then its figures. */
export function clusterRowsDocument(rows: ClusterReportRow[], context: ExportContext): ExportDocument {
  const title = `Détail des clusters – ${context.aractName ?? NETWORK}`;
  return {
    title,
    preamble: preamble(title, context),
    preambleSheet: "Filtres",
    tables: [
      {
        sheet: "Clusters",
        title: "Clusters",
        header: ["Aract", "Cluster", "Début", "Fin", "Étape", ...FIGURE_HEADERS],
        rows: rows.map((row) => [
          row.aractName,
          row.name,
          row.startDate,
          row.endDate,
          CLUSTER_STATUS_LABELS[row.status],
          ...figureCells(row),
        ]),
      },
    ],
  };
}
