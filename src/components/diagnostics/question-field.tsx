"use client";

import type { ReactNode } from "react";
import type { TemplateQuestion } from "@/lib/templates/queries";
import { SCALE_LEVELS, scaleLevelLabel, TEXT_MAX_LENGTH, type AnswerValue } from "@/lib/diagnostics/answers";
import { formatNumber } from "@/lib/format/fr";

// One question of a diagnostic, as a controlled input of its type. Choices report at once; typed
// answers report each change and the moment the person leaves the field. The status line (saved,
// saving, offline) and the error are tied to the input for screen readers.

type Props = {
  question: TemplateQuestion;
  value: AnswerValue | null;
  /** The text of a number or text field as typed (may not be a valid answer yet). */
  text: string;
  status: string;
  error?: string;
  onChoose: (value: AnswerValue | null) => void;
  onType: (text: string) => void;
  onLeave: () => void;
  children?: ReactNode;
};

const control = "mt-2 w-full rounded-t-sm border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2 text-base";

function choicesOf(question: TemplateQuestion): { value: string; label: string }[] {
  if (question.type === "YES_NO") return [{ value: "true", label: "Oui" }, { value: "false", label: "Non" }];
  if (question.type !== "SCALE") return question.options;
  return SCALE_LEVELS.map((level) => {
    const label = question.options.find((option) => option.value === String(level))?.label;
    return { value: String(level), label: scaleLevelLabel(level, label) };
  });
}

/** The stored value of a radio ("3", "true") for the question's type. */
function fromRadio(question: TemplateQuestion, raw: string): AnswerValue {
  if (question.type === "SCALE") return Number(raw);
  if (question.type === "YES_NO") return raw === "true";
  return raw;
}

export function QuestionField({ question, value, text, status, error, onChoose, onType, onLeave, children }: Props) {
  const id = `question-${question.id}`;
  const ids = { hint: `${id}-hint`, status: `${id}-status`, error: `${id}-error` };
  const describedBy = [question.help && ids.hint, error && ids.error, status && ids.status].filter(Boolean).join(" ") || undefined;
  const title = (
    <>
      {question.label}
      {question.required && <span className="font-normal text-muted"> (obligatoire)</span>}
    </>
  );
  const hint = question.help && (
    <p id={ids.hint} className="text-sm text-muted">
      {question.help}
    </p>
  );
  const footer = (
    <>
      {error && (
        <p id={ids.error} className="mt-2 text-sm font-medium text-marianne">
          {error}
        </p>
      )}
      <p id={ids.status} className="mt-1 min-h-5 text-sm text-muted">
        {status}
      </p>
      {children}
    </>
  );
  const frame = `scroll-mt-24 border-l-2 pl-3 ${error ? "border-marianne" : "border-transparent"}`;

  if (question.type === "NUMBER" || question.type === "PERCENTAGE" || question.type === "TEXT") {
    const common = {
      id,
      value: text,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
      onBlur: onLeave,
    };
    return (
      <div id={`${id}-block`} className={frame}>
        <label htmlFor={id} className="block font-medium">
          {title}
        </label>
        {hint}
        {question.type === "TEXT" ? (
          <>
            <textarea {...common} rows={4} maxLength={TEXT_MAX_LENGTH} className={control} onChange={(e) => onType(e.target.value)} />
            {text.length > TEXT_MAX_LENGTH - 500 && (
              <p className="text-sm text-muted">
                {formatNumber(text.length)} caractères sur {formatNumber(TEXT_MAX_LENGTH)}
              </p>
            )}
          </>
        ) : (
          <div className="flex items-end gap-2">
            <input {...common} type="text" inputMode="decimal" autoComplete="off" className={`${control} max-w-48`} onChange={(e) => onType(e.target.value)} />
            {question.type === "PERCENTAGE" && <span className="pb-2">%</span>}
          </div>
        )}
        {footer}
      </div>
    );
  }

  const multiple = question.type === "MULTIPLE_CHOICE";
  const chosen = (choice: string) => (multiple ? Array.isArray(value) && value.includes(choice) : value !== null && String(value) === choice);
  const toggle = (choice: string, checked: boolean) => {
    const current = Array.isArray(value) ? value : [];
    const next = checked ? [...current, choice] : current.filter((item) => item !== choice);
    onChoose(next.length ? next : null);
  };
  return (
    <fieldset id={`${id}-block`} aria-describedby={describedBy} className={frame}>
      <legend className="font-medium">{title}</legend>
      {hint}
      <div className={`mt-2 ${question.type === "SCALE" || question.type === "YES_NO" ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}`}>
        {choicesOf(question).map((choice) => (
          <label key={choice.value} className="flex items-start gap-2">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={id}
              value={choice.value}
              checked={chosen(choice.value)}
              onChange={(e) => (multiple ? toggle(choice.value, e.target.checked) : onChoose(fromRadio(question, choice.value)))}
              className="mt-1 h-4 w-4 accent-france-900"
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {!multiple && value !== null && (
        <button type="button" onClick={() => onChoose(null)} className="mt-2 text-sm text-france-900 underline">
          Effacer ma réponse<span className="sr-only"> : {question.label}</span>
        </button>
      )}
      {footer}
    </fieldset>
  );
}
