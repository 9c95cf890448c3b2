import Link from "next/link";
import { displayFigure, type Figure } from "@/lib/reports/figures";
import { SECRET_LABEL } from "@/lib/reports/suppression";
import type { ClusterReportRow } from "@/lib/reports/queries";
import { formatNumber, formatPeriod } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { ClusterStatusBadge } from "@/components/clusters/cluster-status-badge";

/** The clusters behind one figure, read-only, each with its share of the figure (or why it is withheld). */
export function FigureClustersTable({ figure, rows, showAract }: { figure: Figure; rows: ClusterReportRow[]; showAract: boolean }) {
  return (
    <Table
      variant="boxed"
      caption={`Clusters derrière l'indicateur « ${figure.label} »`}
      columns={[
        { label: "Cluster" },
        showAract && { label: "Aract" },
        { label: "Période" },
        { label: "Étape" },
        { label: "Entreprises", align: "right" },
        { label: figure.label, align: "right" },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line">
            <th scope="row" className="px-4 py-3 text-left font-medium">
              <Link href={`/clusters/${row.id}`}>{row.name}</Link>
            </th>
            {showAract && <td className="px-4 py-3">{row.aractName}</td>}
            <td className="px-4 py-3">{formatPeriod(row.startDate, row.endDate)}</td>
            <td className="px-4 py-3">
              <ClusterStatusBadge status={row.status} />
            </td>
            {row.secret ? (
              <td colSpan={2} className="px-4 py-3 text-right text-muted">
                {SECRET_LABEL}
              </td>
            ) : (
              <>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.counts.companies)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{displayFigure(figure, row)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
