import type { ViewsSection } from "@/lib/diagnostics/comparison";
import { formatNumber } from "@/lib/format/fr";
import { Table } from "@/components/ui/table";

const score = (value: number | null) => (value === null ? "—" : `${formatNumber(value)} sur 5`);

/** Every view side by side, the further members' beside the pair's: per section the scores, then each answer. */
export function FurtherViews({ labels, sections }: { labels: string[]; sections: ViewsSection[] }) {
  return (
    <section aria-labelledby="autres-regards" className="space-y-6">
      <div>
        <h3 id="autres-regards" className="text-xl font-bold">
          Les autres regards
        </h3>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Les réponses des autres membres de l'entreprise, à côté de celles du binôme. Seules les réponses envoyées figurent.
        </p>
      </div>
      {sections.map((section) => (
        <Table
          key={section.id}
          variant="plain"
          caption={section.title}
          columns={[{ label: "Question" }, ...labels.map((label) => ({ label }))]}
        >
          <tbody>
            {section.scores.some((value) => value !== null) && (
              <tr className="border-b border-line bg-france-50">
                <th scope="row" className="p-3 text-left font-medium">
                  Score de l'axe
                </th>
                {section.scores.map((value, index) => (
                  <td key={index} className="p-3">
                    {score(value)}
                  </td>
                ))}
              </tr>
            )}
            {section.rows.map((row) => (
              <tr key={row.questionId} className="border-b border-line">
                <th scope="row" className="p-3 text-left font-normal">
                  {row.label}
                </th>
                {row.texts.map((text, index) => (
                  <td key={index} className="p-3 align-top">
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
    </section>
  );
}
