import Link from "next/link";
import { BREAKDOWN_FIGURES, formatFigure, type Figure } from "@/lib/reports/figures";
import type { ReportRow } from "@/lib/reports/queries";
import { plural } from "@/lib/format/fr";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { BarChart } from "./bar-chart";
import { FigureCells } from "./figure-cells";

/** One breakdown (by Aract, theme or year): a chart of one figure, then every row in a table. */
export function BreakdownSection({ id, title, by, rowHeader, rows, charted, rowHref }: {
  id: string;
  title: string;
  /** "par Aract", "par thème"…: completes the chart's caption. */
  by: string;
  rowHeader: string;
  rows: ReportRow[];
  charted: Figure;
  rowHref: (key: string) => string;
}) {
  const shown = rows.flatMap((row) => (row.secret ? [] : [{ ...row, counts: row.counts }]));
  const hiddenCount = rows.length - shown.length;
  return (
    <Card title={title}>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">Aucun cluster dans cette sélection.</p>
      ) : (
        <>
          <BarChart
            id={`${id}-graphique`}
            caption={`${charted.label} ${by} (les mêmes chiffres figurent dans le tableau qui suit).`}
            bars={shown.map((row) => ({
              key: row.key,
              label: row.label,
              value: charted.value(row.counts) ?? 0,
              text: formatFigure(charted, charted.value(row.counts)),
            }))}
            note={hiddenCount > 0 ? `${plural(hiddenCount, "ligne non diffusée (secret statistique) n'est pas représentée", "lignes non diffusées (secret statistique) ne sont pas représentées")}.` : undefined}
          />
          <Table
            caption={`${title} : tous les chiffres`}
            captionClassName="sr-only"
            columns={[{ label: rowHeader }, ...BREAKDOWN_FIGURES.map((figure) => ({ label: figure.label, align: "right" as const }))]}
          >
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    <Link href={rowHref(row.key)}>{row.label}</Link>
                  </th>
                  <FigureCells figures={BREAKDOWN_FIGURES} row={row} cellClassName="py-2 pr-4" />
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
