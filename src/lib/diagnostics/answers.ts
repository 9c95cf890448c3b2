import type { QuestionType } from "@/generated/prisma/enums";

// What an answer may be, per question type. Pure: the form checks as the person types, and the server
// checks again on every save (the server's verdict is the one that counts: nothing invalid is stored).

/** An answer as stored (JSON): a scale level, yes/no, a number, a choice, several choices or a text. */
export type AnswerValue = number | boolean | string | string[];

export type QuestionRule = {
  type: QuestionType;
  /** Choices of SINGLE_CHOICE and MULTIPLE_CHOICE questions (labels of the levels for SCALE). */
  options: readonly { value: string; label: string }[];
  /** Lowest number a NUMBER question accepts: 0 (a headcount, a number of days…) unless the question says otherwise. */
  min?: number;
};

export type AnswerCheck = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;
export const TEXT_MAX_LENGTH = 5000;

const ok = (value: AnswerValue | null): AnswerCheck => ({ ok: true, value });
const refuse = (message: string): AnswerCheck => ({ ok: false, message });
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const frNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** Checks one answer against its question; null (or an empty text) clears the answer. */
export function checkAnswer(question: QuestionRule, value: unknown): AnswerCheck {
  if (value === null || value === undefined) return ok(null);
  const choices = new Set(question.options.map((option) => option.value));
  switch (question.type) {
    case "SCALE":
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? ok(value as number)
        : refuse("Choisissez un niveau de 1 à 5.");
    case "YES_NO":
      return typeof value === "boolean" ? ok(value) : refuse("Répondez par oui ou par non.");
    case "NUMBER": {
      if (!isFiniteNumber(value)) return refuse("Saisissez un nombre, par exemple 12 ou 12,5.");
      const min = question.min ?? 0;
      if (value < min) {
        return refuse(
          min === 0 ? "Le nombre ne peut pas être négatif." : `Le nombre doit valoir au moins ${frNumber.format(min)}.`,
        );
      }
      return ok(value);
    }
    case "PERCENTAGE":
      return isFiniteNumber(value) && value >= 0 && value <= 100
        ? ok(value)
        : refuse("Saisissez un pourcentage entre 0 et 100, par exemple 35 ou 37,5.");
    case "SINGLE_CHOICE":
      return typeof value === "string" && choices.has(value)
        ? ok(value)
        : refuse("Choisissez une des réponses proposées.");
    case "MULTIPLE_CHOICE": {
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || !choices.has(item))) {
        return refuse("Cochez des réponses parmi celles proposées.");
      }
      if (value.length === 0) return refuse("Cochez au moins une réponse, ou laissez la question sans réponse.");
      if (new Set(value).size !== value.length) return refuse("Chaque réponse ne peut être cochée qu'une fois.");
      return ok(value as string[]);
    }
    case "TEXT": {
      if (typeof value !== "string") return refuse("Saisissez un texte.");
      const text = value.trim();
      if (text.length > TEXT_MAX_LENGTH) {
        return refuse(
          `${frNumber.format(TEXT_MAX_LENGTH)} caractères au plus (vous en avez saisi ${frNumber.format(text.length)}).`,
        );
      }
      return ok(text === "" ? null : text);
    }
  }
}

export function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  return value !== null && value !== undefined;
}

/**
 * What a number field holds, typed the French way ("12,5", "1 200"): a number when it reads as one,
 * null when empty, otherwise the text itself, so that the check above explains what is wrong.
 */
export function readNumberInput(text: string): number | string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (compact === "") return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : text;
}

/** The other way round: a stored number as the field shows it ("12,5"). */
export function numberInputText(value: AnswerValue | null): string {
  return typeof value === "number" ? String(value).replace(".", ",") : "";
}

/** "4 – plutôt d'accord": the level and its label, once (a pack's labels may already start with the level). */
export function scaleLevelLabel(level: number, label: string | undefined): string {
  if (!label) return String(level);
  return label.trim().startsWith(String(level)) ? label : `${level} – ${label}`;
}

/** An answer in words, for read-only views, the comparison and the conflict message. */
export function formatAnswer(question: QuestionRule, value: AnswerValue | null | undefined): string {
  if (!isAnswered(value)) return "sans réponse";
  const labelOf = (choice: string) => question.options.find((option) => option.value === choice)?.label ?? choice;
  switch (question.type) {
    case "SCALE": {
      const label = question.options.find((option) => option.value === String(value))?.label;
      return label ? scaleLevelLabel(Number(value), label) : `${value} sur 5`;
    }
    case "YES_NO":
      return value ? "Oui" : "Non";
    case "NUMBER":
      return typeof value === "number" ? frNumber.format(value) : String(value);
    case "PERCENTAGE":
      return typeof value === "number" ? `${frNumber.format(value)} %` : String(value);
    case "SINGLE_CHOICE":
      return labelOf(String(value));
    case "MULTIPLE_CHOICE":
      return Array.isArray(value) ? value.map(labelOf).join(" ; ") : String(value);
    case "TEXT":
      return String(value);
  }
}
