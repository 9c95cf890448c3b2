import Link from "next/link";
import type { TemplateSummary } from "@/lib/templates/queries";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate, formatNumber, plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

/** The network's templates, one line per template (its latest version). */
export function TemplatesTable({ rows, clustersLabel }: { rows: TemplateSummary[]; clustersLabel: string }) {
  return (
    <Table
      variant="boxed"
      caption="Modèles de diagnostic publiés, avec leur dernière version"
      columns={[
        { label: "Modèle" },
        { label: "Thème" },
        { label: "Dernière version" },
        { label: "Questions", align: "right" },
        { label: clustersLabel, align: "right" },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line last:border-0">
            <th scope="row" className="px-4 py-3 font-medium">
              <Link href={`/modeles/${row.key}`}>{row.title}</Link>
            </th>
            <td className="px-4 py-3">{THEME_LABELS[row.theme]}</td>
            <td className="px-4 py-3">
              Version {row.latestVersion}
              {row.publishedAt && <>, publiée le {formatDate(row.publishedAt)}</>}
              {row.versionCount > 1 && <span className="block text-muted">{plural(row.versionCount, "version")} en tout</span>}
            </td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.questionCount)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.clusterCount)}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={5} className="px-4 py-6 text-center text-muted">
              Aucun modèle n'est encore publié.
            </td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
