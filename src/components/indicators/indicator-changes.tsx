import type { MedianChange } from "@/lib/indicators/rules";
import { indicatorOf } from "@/lib/indicators/fields";
import { formatChange } from "@/lib/indicators/format";
import { plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";


/** Per indicator, the median change of the companies measured at entry and later. */
export function IndicatorChanges({ changes }: { changes: MedianChange[] }) {
  const measured = changes.filter((change) => change.companies > 0);
  if (measured.length === 0) {
    return <p className="text-sm">Aucune entreprise n'a encore d'indicateurs saisis à l'entrée puis à la fin ou au suivi.</p>;
  }
  return (
    <Table
      variant="plain"
      caption="Évolution médiane des indicateurs, de l'entrée au suivi (ou à la fin)"
      captionClassName="sr-only"
      columns={[{ label: "Indicateur" }, { label: "Évolution médiane", align: "right" }, { label: "Entreprises mesurées", align: "right" }]}
    >
      <tbody>
        {measured.map((change) => (
          <tr key={change.key} className="border-b border-line">
            <th scope="row" className="p-3 text-left font-normal">
              {change.label}
            </th>
            <td className="p-3 text-right tabular-nums">{formatChange(indicatorOf(change.key).kind, change.change)}</td>
            <td className="p-3 text-right tabular-nums">{plural(change.companies, "entreprise")}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
