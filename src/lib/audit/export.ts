import type { ExportCell, ExportDocument } from "@/lib/reports/export-tables";
import { formatDateTimeSeconds } from "@/lib/format/date-time";
import { actionLabel, describeChanges, entityLabel } from "./labels";
import type { AuditRow } from "./queries";
import { AUDIT_EXPORT_MAX_ROWS } from "./schemas";

// The audit trail as an export document, written as CSV by the reports' writer (`;`, BOM, formulas kept
// as text): see src/lib/reports/export-files.ts.

export type AuditExportContext = {
  today: Date;
  /** The caller's Aract; null for the national administrator, whose file has an Aract column. */
  aractName: string | null;
  filters: { label: string; value: string }[];
  notice: string | null;
  /** How many events the filters select (the file holds at most AUDIT_EXPORT_MAX_ROWS). */
  total: number;
};

export function auditExportFilename(today: string): string {
  return `journal-audit-${today}.csv`;
}

export function auditDocument(rows: AuditRow[], context: AuditExportContext): ExportDocument {
  const national = context.aractName === null;
  const title = national ? "Journal d'audit du réseau Anact-Aract" : `Journal d'audit de l'${context.aractName}`;
  const truncated =
    context.total > rows.length
      ? [
          [
            `Les filtres retiennent ${context.total} événements : ce fichier contient les ${AUDIT_EXPORT_MAX_ROWS} plus récents. Resserrez la période pour obtenir les autres.`,
          ],
        ]
      : [];
  const header = [
    "Date et heure (heure de Paris)",
    ...(national ? ["Aract"] : []),
    "Personne",
    "Action",
    "Code de l'action",
    "Type d'enregistrement",
    "Identifiant de l'enregistrement",
    "Modifications",
    "Détail (JSON)",
  ];
  const body: ExportCell[][] = rows.map((row) => [
    formatDateTimeSeconds(row.createdAt),
    ...(national ? [row.aract ?? "—"] : []),
    row.actor,
    actionLabel(row.action),
    row.action,
    entityLabel(row.entityType),
    row.entityId,
    describeChanges(row.changes, row.entityType),
    row.changes === null ? "" : JSON.stringify(row.changes),
  ]);
  return {
    title,
    preamble: [
      [title],
      ["Date d'extraction", context.today],
      [],
      ["Filtres"],
      ...context.filters.map(({ label, value }) => [label, value]),
      ...(context.notice ? [[context.notice]] : []),
      ...truncated,
    ],
    preambleSheet: "Journal",
    tables: [{ sheet: "Journal", title: `Événements (${rows.length})`, header, rows: body }],
  };
}
