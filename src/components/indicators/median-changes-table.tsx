import type { MedianChange } from "@/lib/indicators/rules";
import type { PublishedChange } from "@/lib/reports/indicators/queries";
import { indicatorOf } from "@/lib/indicators/fields";
import { formatChange } from "@/lib/indicators/format";
import { SECRET_LABEL } from "@/lib/reports/suppression";
import { plural } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

/**
 * Per indicator measured, its median change and the number of companies it is over: a cluster's (every
 * median shown) or a report's selection (a median over too few companies withheld).
 */
export function MedianChangesTable({
  changes,
  caption,
  captionHidden = false,
}: {
  changes: readonly (MedianChange | PublishedChange)[];
  caption: string;
  captionHidden?: boolean;
}) {
  return (
    <Table
      variant="plain"
      caption={caption}
      captionClassName={captionHidden ? "sr-only" : undefined}
      columns={[{ label: "Indicateur" }, { label: "Évolution médiane", align: "right" }, { label: "Entreprises mesurées", align: "right" }]}
    >
      <tbody>
        {changes.map((change) => (
          <tr key={change.key} className="border-b border-line">
            <th scope="row" className="p-3 text-left font-normal">
              {change.label}
            </th>
            {"secret" in change && change.secret ? (
              <td colSpan={2} className="p-3 text-right text-muted">
                {SECRET_LABEL}
              </td>
            ) : (
              <>
                <td className="p-3 text-right tabular-nums">{formatChange(indicatorOf(change.key).kind, change.change)}</td>
                <td className="p-3 text-right tabular-nums">{plural(change.companies ?? 0, "entreprise")}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
