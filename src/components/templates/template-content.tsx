import type { TemplateSection } from "@/lib/templates/queries";
import { QUESTION_TYPE_LABELS } from "@/lib/templates/labels";

/** A template version as the pairs will read it: sections in order, each question with its type and choices. */
export function TemplateContent({ sections }: { sections: TemplateSection[] }) {
  return (
    <div className="space-y-6">
      {sections.map((section, s) => (
        <section key={section.id} aria-labelledby={`section-${section.key}`} className="rounded-sm border border-line bg-white p-5">
          <h3 id={`section-${section.key}`} className="text-lg font-bold">
            {s + 1}. {section.title}
          </h3>
          <ol className="mt-3 space-y-4">
            {section.questions.map((question, q) => (
              <li key={question.id} className="border-l-2 border-line pl-3">
                <p className="font-medium">
                  {s + 1}.{q + 1} {question.label}
                </p>
                <p className="text-sm text-muted">
                  {QUESTION_TYPE_LABELS[question.type]} · {question.required ? "réponse obligatoire" : "réponse facultative"}
                </p>
                {question.help && <p className="mt-1 text-sm">Aide : {question.help}</p>}
                {question.options.length > 0 && (
                  <ul className="mt-1 list-disc pl-5 text-sm" aria-label={question.type === "SCALE" ? "Niveaux de l'échelle" : "Choix proposés"}>
                    {question.options.map((option) => (
                      <li key={option.value}>{option.label}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
