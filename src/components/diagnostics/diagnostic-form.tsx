"use client";

import { useState } from "react";
import type { TemplateQuestion, TemplateSection } from "@/lib/templates/queries";
import { checkAnswer, formatAnswer, numberInputText, readNumberInput, type AnswerValue } from "@/lib/diagnostics/answers";
import { formStatusText, questionStatusText, type StoredAnswer } from "@/lib/diagnostics/autosave";
import { QuestionField } from "./question-field";
import { ConflictChoice } from "./conflict-choice";
import { SubmitPanel } from "./submit-panel";
import { TYPING_PAUSE_MS, useAnswerQueue } from "./use-answer-queue";

type Props = {
  clusterId: string;
  templateId: string;
  draftKey: string;
  sections: TemplateSection[];
  initial: Record<string, StoredAnswer>;
  response: { id: string; version: number } | null;
};

const typed = (question: TemplateQuestion) => question.type === "NUMBER" || question.type === "PERCENTAGE" || question.type === "TEXT";

/**
 * A pair member's own response, saved as they go: every change is kept on the device, then sent (at
 * once for a choice, after a pause in typing, when leaving a field); the status says where it stands.
 */
export function DiagnosticForm({ clusterId, templateId, draftKey, sections, initial, response }: Props) {
  const { queue, schedule, flushAll } = useAnswerQueue({ clusterId, templateId, draftKey, initial, responseId: response?.id ?? null });
  /** Texts being typed in number and text fields, as typed (the queue holds what they mean). */
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setError = (questionId: string, message: string | null) =>
    setErrors(({ [questionId]: _, ...rest }) => (message ? { ...rest, [questionId]: message } : rest));

  const textOf = (question: TemplateQuestion) => {
    if (texts[question.id] !== undefined) return texts[question.id]!;
    const value = queue.valueOf(question.id);
    return question.type === "TEXT" ? (typeof value === "string" ? value : "") : numberInputText(value);
  };
  const meaning = (question: TemplateQuestion, text: string) => (question.type === "TEXT" ? text : readNumberInput(text));

  /** A valid change is kept and scheduled; an invalid one waits, and is explained when the person moves on. */
  const change = (question: TemplateQuestion, value: unknown, delay: number) => {
    const check = checkAnswer(question, value);
    if (!check.ok) return delay === 0 && setError(question.id, check.message);
    setError(question.id, null);
    queue.edit(question.id, check.value);
    schedule(question.id, delay);
  };
  const type = (question: TemplateQuestion, text: string) => {
    setTexts((current) => ({ ...current, [question.id]: text }));
    change(question, meaning(question, text), TYPING_PAUSE_MS);
  };
  const leave = (question: TemplateQuestion) => {
    const check = checkAnswer(question, meaning(question, textOf(question)));
    if (!check.ok) setError(question.id, check.message);
    schedule(question.id, 0);
  };
  const takeStored = (question: TemplateQuestion) => {
    queue.takeStored(question.id);
    setTexts(({ [question.id]: _, ...rest }) => rest);
  };

  const status = formStatusText(queue.summary(), queue.lastSavedAt);
  const offline = queue.summary().offline > 0;
  return (
    <div className="space-y-8">
      <div className="sticky top-0 z-10 border-b border-line bg-white py-3">
        <p role="status" aria-label="Enregistrement de vos réponses" className={`font-medium ${offline ? "text-warning" : ""}`}>
          {offline && <span aria-hidden="true">⚠ </span>}
          {status}
        </p>
      </div>
      {sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-6">
          <h3 id={`section-${section.id}`} className="text-xl font-bold">
            {index + 1}. {section.title}
          </h3>
          {section.questions.map((question) => {
            const state = queue.stateOf(question.id);
            const value = queue.valueOf(question.id);
            return (
              <QuestionField
                key={question.id}
                question={question}
                value={value}
                text={typed(question) ? textOf(question) : ""}
                status={state.state === "conflict" || state.state === "refused" ? "" : questionStatusText(state)}
                error={errors[question.id] ?? (state.state === "refused" ? state.message : undefined)}
                onChoose={(next) => change(question, next, 0)}
                onType={(text) => type(question, text)}
                onLeave={() => leave(question)}
              >
                {state.state === "conflict" && (
                  <ConflictChoice
                    label={question.label}
                    message={state.message}
                    mine={formatAnswer(question, state.mine)}
                    stored={formatAnswer(question, state.stored.value)}
                    onKeepMine={() => void queue.keepMine(question.id)}
                    onTakeStored={() => takeStored(question)}
                  />
                )}
              </QuestionField>
            );
          })}
        </section>
      ))}
      <SubmitPanel
        questions={sections.flatMap((section) => section.questions)}
        valueOf={(questionId) => queue.valueOf(questionId) as AnswerValue | null}
        currentResponseId={() => queue.responseId}
        version={response?.version ?? 1}
        flushAll={flushAll}
        hasUnsent={() => queue.hasUnsent()}
        onSubmitted={() => queue.clear()}
        onMissing={(messages) => setErrors((current) => ({ ...current, ...messages }))}
      />
    </div>
  );
}
