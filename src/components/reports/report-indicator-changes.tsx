import type { ChangesRow, IndicatorChangesReport, PublishedChange } from "@/lib/reports/indicators/queries";
import { indicatorOf, type IndicatorKey } from "@/lib/indicators/fields";
import { formatChange } from "@/lib/indicators/format";
import { SECRET_LABEL } from "@/lib/reports/suppression";
import { formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { MedianChangesTable } from "@/components/indicators/median-changes-table";

/** The indicators the breakdowns show, of the fifteen: what a cluster most often moves. */
const BREAKDOWN_KEYS: readonly IndicatorKey[] = ["absenteeismRate", "turnoverRate", "accidentFrequency", "partTimeWomen", "equalityIndex"];

function ChangeText({ change }: { change: PublishedChange | undefined }) {
  if (!change || (!change.secret && change.companies === 0)) return <>—</>;
  if (change.secret) return <span className="text-muted">{SECRET_LABEL}</span>;
  return (
    <>
      {formatChange(indicatorOf(change.key).kind, change.change)}
      <span className="block text-xs text-muted">{formatNumber(change.companies)} entr.</span>
    </>
  );
}

function Breakdown({ by, rows }: { by: "Aract" | "Thème" | "Programme"; rows: ChangesRow[] }) {
  if (rows.length === 0) return null;
  return (
    <Table
      variant="plain"
      caption={`Évolution médiane des indicateurs, par ${by === "Aract" ? by : by.toLowerCase()}`}
      columns={[{ label: by }, ...BREAKDOWN_KEYS.map((key) => ({ label: indicatorOf(key).label, align: "right" as const }))]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="p-3 text-left font-normal">
              {row.label}
            </th>
            {BREAKDOWN_KEYS.map((key) => (
              <td key={key} className="p-3 text-right tabular-nums">
                <ChangeText change={row.changes.find((change) => change.key === key)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** What changed in the selection's companies: the median change of each indicator, then by Aract, theme and programme. */
export function ReportIndicatorChanges({ report, byAract }: { report: IndicatorChangesReport; byAract: boolean }) {
  const measured = report.total.filter((change) => change.secret || change.companies > 0);
  return (
    <section aria-labelledby="evolution-indicateurs" className="mt-10 space-y-6">
      <div>
        <h2 id="evolution-indicateurs" className="text-xl font-bold">
          Ce qui a changé dans les entreprises
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Pour chaque indicateur, l'évolution médiane entre l'entrée des entreprises dans le cluster et leurs derniers chiffres
          (au suivi, ou à défaut à la fin), parmi les entreprises mesurées aux deux moments.
        </p>
      </div>
      {measured.length === 0 ? (
        <p>Aucune entreprise de la sélection n'a d'indicateurs saisis à l'entrée puis plus tard.</p>
      ) : (
        <>
          <MedianChangesTable changes={measured} caption="Évolution médiane des indicateurs de la sélection" />
          {byAract && <Breakdown by="Aract" rows={report.byAract} />}
          <Breakdown by="Thème" rows={report.byTheme} />
          <Breakdown by="Programme" rows={report.byProgramme} />
        </>
      )}
    </section>
  );
}
