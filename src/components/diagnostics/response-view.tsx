import type { TemplateSection } from "@/lib/templates/queries";
import { formatAnswer, type AnswerValue } from "@/lib/diagnostics/answers";

/** A response read back, section by section (submitted, or in a cluster that no longer changes). */
export function ResponseView({ sections, answers }: { sections: TemplateSection[]; answers: Record<string, { value: AnswerValue | null }> }) {
  return (
    <div className="space-y-8">
      {sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`} className="mb-3 text-xl font-bold">
            {index + 1}. {section.title}
          </h3>
          <dl className="divide-y divide-line rounded-sm border border-line bg-white">
            {section.questions.map((question) => (
              <div key={question.id} className="grid gap-1 p-3 md:grid-cols-2 md:gap-6">
                <dt>{question.label}</dt>
                <dd className="font-medium">{formatAnswer(question, answers[question.id]?.value ?? null)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
