import Link from "next/link";
import type { ChosenTemplate } from "@/lib/templates/queries";
import { versionOffer } from "@/lib/templates/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { ClusterTemplateActions } from "./cluster-template-actions";

/** The templates the cluster's companies fill in, with the version each one uses. */
export function ClusterTemplatesTable({ clusterId, rows, canEdit }: { clusterId: string; rows: ChosenTemplate[]; canEdit: boolean }) {
  return (
    <Table
      variant="boxed"
      caption="Modèles de diagnostic choisis pour ce cluster"
      columns={[
        { label: "Modèle" },
        { label: "Thème" },
        { label: "Version utilisée" },
        { label: "Réponses", align: "right" },
        canEdit && { label: "Actions" },
      ]}
    >
      <tbody>
        {rows.map((row) => {
          const offer = versionOffer(row.version, row.latestVersion, row.responseCount);
          return (
            <tr key={row.templateId} className="border-b border-line last:border-0 align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/modeles/${row.key}?version=${row.version}`}>{row.title}</Link>
              </th>
              <td className="px-4 py-3">{THEME_LABELS[row.theme]}</td>
              <td className="px-4 py-3">
                Version {row.version}
                {row.latestVersion > row.version && (
                  <span className="block text-muted">La version {row.latestVersion} est publiée.</span>
                )}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(row.responseCount)}</td>
              {canEdit && (
                <td className="px-4 py-3">
                  {row.responseCount > 0 ? (
                    <span className="text-muted">Des réponses existent : le modèle et sa version sont fixés.</span>
                  ) : (
                    <ClusterTemplateActions clusterId={clusterId} templateId={row.templateId} title={row.title} offer={offer} />
                  )}
                </td>
              )}
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <td colSpan={canEdit ? 5 : 4} className="px-4 py-6 text-center text-muted">
              Aucun modèle n'est encore choisi : les entreprises n'ont pas de diagnostic à remplir.
            </td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
