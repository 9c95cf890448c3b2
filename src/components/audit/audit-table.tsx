import type { AuditRow } from "@/lib/audit/queries";
import { actionLabel, describeChanges, entityLabel } from "@/lib/audit/labels";
import { formatShortDateTime } from "@/lib/format/date-time";
import { Table } from "@/components/ui/table";

/** One line per event, the most recent first; the Aract column for the national administrator only. */
export function AuditTable({ rows, showAract }: { rows: AuditRow[]; showAract: boolean }) {
  return (
    <Table
      variant="boxed"
      caption="Événements du journal d'audit"
      columns={[
        { label: "Date et heure" },
        showAract && { label: "Aract" },
        { label: "Personne" },
        { label: "Action" },
        { label: "Enregistrement" },
        { label: "Modifications" },
      ]}
    >
      <tbody>
        {rows.map((row) => {
          const changes = describeChanges(row.changes, row.entityType);
          return (
            <tr key={row.id} className="border-b border-line align-top last:border-b-0">
              <td className="whitespace-nowrap px-4 py-3 tabular-nums">
                <time dateTime={row.createdAt.toISOString()}>{formatShortDateTime(row.createdAt)}</time>
              </td>
              {showAract && <td className="px-4 py-3">{row.aract ?? "—"}</td>}
              <td className="px-4 py-3">{row.actor}</td>
              <th scope="row" className="px-4 py-3 text-left font-medium">
                {actionLabel(row.action)}
                {actionLabel(row.action) !== row.action && (
                  <span className="block text-xs font-normal text-muted">{row.action}</span>
                )}
              </th>
              <td className="px-4 py-3">
                {entityLabel(row.entityType)}
                <span className="block break-all font-mono text-xs text-muted">{row.entityId}</span>
              </td>
              <td className="max-w-md px-4 py-3 break-words">{changes || <span className="text-muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
