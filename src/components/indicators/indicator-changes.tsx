import type { MedianChange } from "@/lib/indicators/rules";
import { MedianChangesTable } from "./median-changes-table";

/** Per indicator, the median change of the cluster's companies measured at entry and later. */
export function IndicatorChanges({ changes }: { changes: MedianChange[] }) {
  const measured = changes.filter((change) => change.companies > 0);
  if (measured.length === 0) {
    return <p className="text-sm">Aucune entreprise n'a encore d'indicateurs saisis à l'entrée puis à la fin ou au suivi.</p>;
  }
  return <MedianChangesTable changes={measured} caption="Évolution médiane des indicateurs, de l'entrée au suivi (ou à la fin)" captionHidden />;
}
