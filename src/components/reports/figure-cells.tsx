import { displayFigure, isSuppressed, SUPPRESSED_LABEL, type Figure, type ReportCounts } from "@/lib/reports/figures";

/** The cells of one row of figures: one per figure, or a single cell saying the row is not shown. */
export function FigureCells({ figures, counts, cellClassName }: { figures: readonly Figure[]; counts: ReportCounts; cellClassName: string }) {
  if (isSuppressed(counts)) {
    return (
      <td colSpan={figures.length} className={`${cellClassName} text-muted`}>
        {SUPPRESSED_LABEL}
      </td>
    );
  }
  return figures.map((figure) => (
    <td key={figure.key} className={`${cellClassName} text-right tabular-nums`}>
      {displayFigure(figure, counts)}
    </td>
  ));
}
