import { displayFigure, type Figure } from "@/lib/reports/figures";
import { SECRET_LABEL, type Disclosed } from "@/lib/reports/suppression";

/** The cells of one published row of figures: one per figure, or a single cell saying why it is withheld. */
export function FigureCells({ figures, row, cellClassName }: { figures: readonly Figure[]; row: Disclosed; cellClassName: string }) {
  if (row.secret) {
    return (
      <td colSpan={figures.length} className={`${cellClassName} text-muted`}>
        {SECRET_LABEL}
      </td>
    );
  }
  return figures.map((figure) => (
    <td key={figure.key} className={`${cellClassName} text-right tabular-nums`}>
      {displayFigure(figure, row)}
    </td>
  ));
}
