import Link from "next/link";
import type { TemplateVersion } from "@/lib/templates/queries";
import { formatDate, formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

/** The published versions of one template, newest first; the one shown below is marked as current. */
export function TemplateVersionsTable({
  templateKey,
  versions,
  selected,
  clustersLabel,
}: {
  templateKey: string;
  versions: TemplateVersion[];
  selected: number;
  clustersLabel: string;
}) {
  return (
    <Table
      variant="boxed"
      caption="Versions publiées de ce modèle"
      columns={[
        { label: "Version" },
        { label: "Publiée le" },
        { label: "Sections", align: "right" },
        { label: "Questions", align: "right" },
        { label: clustersLabel, align: "right" },
      ]}
    >
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} className="border-b border-line last:border-0">
            <th scope="row" className="px-4 py-3 font-medium">
              {version.version === selected ? (
                <span aria-current="page">Version {version.version} (affichée)</span>
              ) : (
                <Link href={`/modeles/${templateKey}?version=${version.version}`}>Version {version.version}</Link>
              )}
            </th>
            <td className="px-4 py-3">{version.publishedAt ? formatDate(version.publishedAt) : "—"}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(version.sectionCount)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(version.questionCount)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{formatNumber(version.clusterCount)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
