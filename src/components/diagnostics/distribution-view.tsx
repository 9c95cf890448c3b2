import type { SectionDistribution } from "@/lib/diagnostics/cluster-view/queries";
import type { QuestionDistribution } from "@/lib/diagnostics/distribution";
import { formatNumber, plural } from "@/lib/format/fr";

const cell = "p-2";

function Counts({ question }: { question: Extract<QuestionDistribution, { kind: "counts" }> }) {
  return (
    <table className="w-full border-collapse bg-white text-left text-sm">
      <caption className="mb-1 text-left font-medium text-ink">
        {question.label} <span className="font-normal text-muted">({plural(question.answered, "réponse")})</span>
      </caption>
      <thead className="border-b border-ink">
        <tr>
          <th scope="col" className={cell}>Réponse</th>
          <th scope="col" className={`${cell} text-right`}>Nombre</th>
          <th scope="col" className={cell}>Part des réponses</th>
        </tr>
      </thead>
      <tbody>
        {question.counts.map((row) => {
          const share = question.answered ? Math.round((row.count / question.answered) * 100) : 0;
          return (
            <tr key={row.label} className="border-b border-line">
              <th scope="row" className={`${cell} font-normal`}>{row.label}</th>
              <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.count)}</td>
              <td className={cell}>
                <span className="flex items-center gap-2">
                  <span className="w-12 text-right tabular-nums">{formatNumber(share)} %</span>
                  <span aria-hidden="true" className="h-3 w-40 bg-gray-100">
                    <span className="block h-3 bg-france-900" style={{ width: `${share}%` }} />
                  </span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Figures({ question }: { question: Extract<QuestionDistribution, { kind: "figures" }> }) {
  const show = (value: number | null) => (value === null ? "—" : `${formatNumber(value)}${question.percent ? " %" : ""}`);
  return (
    <div>
      <p className="font-medium">
        {question.label} <span className="font-normal text-muted">({plural(question.answered, "réponse")})</span>
      </p>
      <dl className="mt-1 flex flex-wrap gap-x-8 gap-y-1 text-sm">
        {(
          [
            ["Moyenne", question.mean],
            ["Médiane", question.median],
            ["Plus petite", question.min],
            ["Plus grande", question.max],
          ] as const
        ).map(([term, value]) => (
          <div key={term}>
            <dt className="inline text-muted">{term} : </dt>
            <dd className="inline font-medium">{show(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The submitted answers of the cluster's companies, counted per question (never one company's answers). */
export function DistributionView({ sections }: { sections: SectionDistribution[] }) {
  return (
    <div className="space-y-8">
      {sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`repartition-${section.id}`} className="space-y-5">
          <h4 id={`repartition-${section.id}`} className="text-lg font-bold">
            {index + 1}. {section.title}
          </h4>
          {section.questions.map((question) =>
            question.kind === "counts" ? (
              <Counts key={question.questionId} question={question} />
            ) : question.kind === "figures" ? (
              <Figures key={question.questionId} question={question} />
            ) : (
              <p key={question.questionId}>
                <span className="font-medium">{question.label}</span>{" "}
                <span className="text-muted">
                  ({plural(question.answered, "réponse libre", "réponses libres")}, non reprises ici : elles se lisent dans la
                  comparaison de chaque entreprise)
                </span>
              </p>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
