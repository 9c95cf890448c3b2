import type { Comparison, SectionComparison } from "@/lib/diagnostics/comparison";
import { chartMax } from "@/lib/diagnostics/comparison";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";
import { PairBars } from "./pair-bars";
import { GapText } from "./gap-text";
import { LargestGaps } from "./largest-gaps";

const th = "p-3";
const score = (value: number | null) => (value === null ? "—" : `${formatNumber(value)} sur 5`);

const columns = (first: string) => [
  { label: first },
  { label: PAIR_SIDE_LABELS.DIRECTION },
  { label: PAIR_SIDE_LABELS.STAFF_REPRESENTATIVE },
  { label: "Écart" },
];

/** The mean of the scale answers per section: a chart, then the same figures as a table. */
function SectionScores({ sections }: { sections: SectionComparison[] }) {
  const scored = sections.filter((s) => s.directionScore !== null || s.staffScore !== null);
  if (scored.length === 0) return null;
  return (
    <section aria-labelledby="scores-par-axe" className="space-y-4">
      <h3 id="scores-par-axe" className="text-xl font-bold">
        Scores par axe
      </h3>
      <PairBars
        id="scores-chart"
        caption="Graphique des scores par axe (moyenne des réponses de 1 à 5) ; les mêmes valeurs figurent dans le tableau qui suit."
        rows={scored.map((s) => ({
          key: s.id,
          label: s.title,
          max: 5,
          direction: s.directionScore,
          staff: s.staffScore,
          directionText: score(s.directionScore),
          staffText: score(s.staffScore),
        }))}
      />
      <Table variant="plain" caption="Scores par axe : moyenne des réponses de 1 à 5" columns={columns("Axe")}>
        <tbody>
          {scored.map((s) => (
            <tr key={s.id} className="border-b border-line">
              <th scope="row" className={th}>{s.title}</th>
              <td className={th}>{score(s.directionScore)}</td>
              <td className={th}>{score(s.staffScore)}</td>
              <td className={th}>{s.scoreGap === null ? "—" : `${formatNumber(s.scoreGap)} point${s.scoreGap >= 2 ? "s" : ""}`}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function SectionBlock({ section, index }: { section: SectionComparison; index: number }) {
  const charted = section.rows.flatMap((row) => {
    const max = chartMax(row);
    const number = (value: unknown) => (typeof value === "number" ? value : null);
    return max === null || (row.direction === null && row.staff === null)
      ? []
      : [{ key: row.questionId, label: row.label, max, direction: number(row.direction), staff: number(row.staff), directionText: row.directionText, staffText: row.staffText }];
  });
  return (
    <section aria-labelledby={`axe-${section.id}`} className="space-y-4">
      <h3 id={`axe-${section.id}`} className="text-xl font-bold">
        {index + 1}. {section.title}
      </h3>
      {charted.length > 0 && (
        <PairBars
          id={`chart-${section.id}`}
          caption={`Graphique des réponses chiffrées de l'axe « ${section.title} » ; toutes les réponses figurent dans le tableau qui suit.`}
          rows={charted}
        />
      )}
      <Table
        variant="plain"
        caption={<>{section.title} : les deux réponses, question par question</>}
        columns={columns("Question")}
      >
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.questionId} className={`border-b border-line align-top ${row.large ? "bg-warning-50" : ""}`}>
              <th scope="row" className={`${th} font-normal`}>{row.label}</th>
              <td className={th}>{row.directionText}</td>
              <td className={th}>{row.staffText}</td>
              <td className={th}>
                <GapText row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

/** The two views of a pair side by side: largest gaps first, scores per section, then every question. */
export function ComparisonView({ comparison }: { comparison: Comparison }) {
  return (
    <div className="space-y-10">
      <LargestGaps gaps={comparison.largestGaps} />
      <SectionScores sections={comparison.sections} />
      {comparison.sections.map((section, index) => (
        <SectionBlock key={section.id} section={section} index={index} />
      ))}
    </div>
  );
}
