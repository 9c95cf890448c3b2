import type { QuestionType } from "@/generated/prisma/enums";
import { isAnswered, SCALE_LEVELS, scaleLevelLabel, type AnswerValue } from "./answers";

// The answers of a whole cluster to one question, counted: how many chose each level or option. Only
// ever computed over submitted responses, and only shown when enough companies answered (rules.ts).

type Option = { value: string; label: string };
export type DistributedQuestion = { id: string; label: string; type: QuestionType; options: Option[] };

export type QuestionDistribution =
  | { kind: "counts"; questionId: string; label: string; answered: number; counts: { label: string; count: number }[] }
  | {
      kind: "figures";
      questionId: string;
      label: string;
      answered: number;
      percent: boolean;
      mean: number | null;
      median: number | null;
      min: number | null;
      max: number | null;
    }
  /** Free texts can name people or a workshop: never pooled in a view of the whole cluster. */
  | { kind: "text"; questionId: string; label: string; answered: number };

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const roundTenth = (value: number) => Math.round(value * 10) / 10;

export function distributionOf(
  question: DistributedQuestion,
  values: readonly (AnswerValue | null | undefined)[],
): QuestionDistribution {
  const given = values.filter(isAnswered);
  const base = { questionId: question.id, label: question.label, answered: given.length };
  const count = (matches: (value: AnswerValue) => boolean) => given.filter(matches).length;
  switch (question.type) {
    case "SCALE":
      return {
        kind: "counts",
        ...base,
        counts: SCALE_LEVELS.map((level) => {
          const label = question.options.find((option) => option.value === String(level))?.label;
          return { label: scaleLevelLabel(level, label), count: count((value) => value === level) };
        }),
      };
    case "YES_NO":
      return {
        kind: "counts",
        ...base,
        counts: [
          { label: "Oui", count: count((value) => value === true) },
          { label: "Non", count: count((value) => value === false) },
        ],
      };
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return {
        kind: "counts",
        ...base,
        counts: question.options.map((option) => ({
          label: option.label,
          count: count((value) => (Array.isArray(value) ? value.includes(option.value) : value === option.value)),
        })),
      };
    case "NUMBER":
    case "PERCENTAGE": {
      const numbers = given.filter((value): value is number => typeof value === "number").sort((a, b) => a - b);
      const mean = numbers.length ? roundTenth(numbers.reduce((sum, n) => sum + n, 0) / numbers.length) : null;
      const middle = median(numbers);
      return {
        kind: "figures",
        ...base,
        percent: question.type === "PERCENTAGE",
        mean,
        median: middle === null ? null : roundTenth(middle),
        min: numbers[0] ?? null,
        max: numbers.at(-1) ?? null,
      };
    }
    case "TEXT":
      return { kind: "text", ...base };
  }
}
