import Link from "next/link";
import type { ProgrammeRow } from "@/lib/programmes/queries";
import { formatYears } from "@/lib/programmes/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatEuros, formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

const cell = "px-4 py-3 align-top";

/** The programmes with their owner, themes, years, budget and clusters; the caller's own open their form. */
export function ProgrammesTable({
  rows,
  caption,
  clustersLabel,
}: {
  rows: ProgrammeRow[];
  caption: string;
  clustersLabel: string;
}) {
  return (
    <Table
      variant="boxed"
      caption={caption}
      columns={[
        { label: "Code" },
        { label: "Programme" },
        { label: "Portée" },
        { label: "Thèmes" },
        { label: "Années" },
        { label: "Budget", align: "right" },
        { label: clustersLabel, align: "right" },
      ]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <td className={`${cell} font-mono text-sm`}>{row.code}</td>
            <th scope="row" className={`${cell} font-medium`}>
              {row.editable ? (
                <Link href={`/administration/programmes/${row.id}`}>
                  {row.name}
                  <span className="sr-only"> (modifier)</span>
                </Link>
              ) : (
                <>
                  {row.name}
                  <span className="block text-sm font-normal text-muted">Consultation seule</span>
                </>
              )}
            </th>
            <td className={cell}>
              {row.aractName === null ? <Badge tone="info">National</Badge> : <Badge>Régional</Badge>}
              {row.aractName && <span className="mt-1 block">{row.aractName}</span>}
            </td>
            <td className={cell}>
              <ul className="space-y-1">
                {row.themes.map((theme) => (
                  <li key={theme}>{THEME_LABELS[theme]}</li>
                ))}
              </ul>
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {formatYears(row.startYear, row.endYear) ?? <span className="text-muted">Non précisées</span>}
            </td>
            <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
              {row.budgetCents === null ? (
                <span className="text-muted">Non précisé</span>
              ) : (
                formatEuros(row.budgetCents / 100)
              )}
            </td>
            <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.clusters)}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={7} className="px-4 py-6 text-center text-muted">
              Aucun programme pour l'instant.
            </td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}
