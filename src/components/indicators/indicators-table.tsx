import { Fragment } from "react";
import type { IndicatorStage } from "@/generated/prisma/enums";
import type { IndicatorSet } from "@/lib/indicators/queries";
import { INDICATORS, STAGE_LABELS } from "@/lib/indicators/fields";
import { formatChange, formatIndicator } from "@/lib/indicators/format";
import { formatDate } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

const STAGES: IndicatorStage[] = ["ENTRY", "END", "FOLLOW_UP"];

/** A company's indicators at entry, at the end and at the follow-up, side by side, with the change since entry. */
export function IndicatorsTable({ sets }: { sets: Partial<Record<IndicatorStage, IndicatorSet>> }) {
  const latest = sets.FOLLOW_UP ?? sets.END;
  return (
    <Table
      variant="plain"
      caption="Indicateurs de l'entreprise, à l'entrée, à la fin et au suivi"
      captionClassName="sr-only"
      columns={[
        { label: "Indicateur" },
        ...STAGES.map((stage) => ({
          label: (
            <>
              {STAGE_LABELS[stage]}
              {sets[stage] && (
                <span className="block text-sm font-normal text-muted">
                  {formatDate(sets[stage]!.measuredOn)}
                  {sets[stage]!.source && ` · ${sets[stage]!.source}`}
                </span>
              )}
            </>
          ),
          align: "right" as const,
        })),
        { label: "Évolution", align: "right" },
      ]}
    >
      <tbody>
        {INDICATORS.map(({ key, label, kind, group }, index) => {
          const before = sets.ENTRY?.values[key];
          const after = latest?.values[key];
          return (
            <Fragment key={key}>
              {INDICATORS[index - 1]?.group !== group && (
                <tr className="bg-france-50">
                  <th scope="colgroup" colSpan={STAGES.length + 2} className="px-3 py-2 text-left text-sm font-bold">
                    {group}
                  </th>
                </tr>
              )}
              <tr className="border-b border-line">
                <th scope="row" className="p-3 text-left font-normal">
                  {label}
                </th>
                {STAGES.map((stage) => (
                  <td key={stage} className="p-3 text-right tabular-nums">
                    {formatIndicator(kind, sets[stage]?.values[key])}
                  </td>
                ))}
                <td className="whitespace-nowrap p-3 text-right tabular-nums">
                  {before === undefined || after === undefined ? "—" : formatChange(kind, Math.round((after - before) * 10) / 10)}
                </td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
