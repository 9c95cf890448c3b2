import Link from "next/link";
import type { TemplateVersion } from "@/lib/templates/queries";
import { formatDate, formatNumber } from "@/lib/format/fr";

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
    <div className="overflow-x-auto rounded-sm border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Versions publiées de ce modèle</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="px-4 py-3">Version</th>
            <th scope="col" className="px-4 py-3">Publiée le</th>
            <th scope="col" className="px-4 py-3 text-right">Sections</th>
            <th scope="col" className="px-4 py-3 text-right">Questions</th>
            <th scope="col" className="px-4 py-3 text-right">{clustersLabel}</th>
          </tr>
        </thead>
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
      </table>
    </div>
  );
}
