import type { ComparisonRow } from "@/lib/diagnostics/comparison";

/** The gap of a row in words, with a marker when it is large or the answers differ: never by colour alone. */
export function GapText({ row }: { row: Pick<ComparisonRow, "gap" | "gapText" | "large"> }) {
  if (row.large) {
    return (
      <strong>
        <span aria-hidden="true">▲ </span>
        {row.gapText}
        <span className="sr-only"> (un des plus grands écarts)</span>
      </strong>
    );
  }
  if (row.gap?.kind === "different") {
    return (
      <span>
        <span aria-hidden="true">≠ </span>
        {row.gapText}
      </span>
    );
  }
  return <span>{row.gapText}</span>;
}
