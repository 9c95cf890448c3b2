import type { QuestionType, Theme } from "@/generated/prisma/enums";

// The format of a theme pack as written in code (src/lib/templates/packs/). Pure data: no database, no
// server code, so that the seed, the national "publish" action and the unit tests read the same packs.
// Keys are stable identifiers: a question keeps its key from one version to the next, so that answers
// to two versions can be compared. Change a key only to ask a different question.

export type QuestionOption = { value: string; label: string };

export type QuestionDefinition = {
  key: string;
  type: QuestionType;
  label: string;
  help?: string;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE: the choices; SCALE: the labels of 1 to 5; others: none. */
  options?: readonly QuestionOption[];
  required: boolean;
};

export type SectionDefinition = { key: string; title: string; questions: readonly QuestionDefinition[] };

export type TemplateDefinition = {
  key: string;
  theme: Theme;
  title: string;
  description: string;
  sections: readonly SectionDefinition[];
};

/** The types that need options, and the types that take none. */
export const TYPES_WITH_OPTIONS: readonly QuestionType[] = ["SCALE", "SINGLE_CHOICE", "MULTIPLE_CHOICE"];

/** Agreement with a statement: the same wording for the direction and the staff representative. */
export const AGREEMENT_SCALE: readonly QuestionOption[] = [
  { value: "1", label: "1 – pas du tout d'accord" },
  { value: "2", label: "2 – plutôt pas d'accord" },
  { value: "3", label: "3 – ni d'accord ni pas d'accord" },
  { value: "4", label: "4 – plutôt d'accord" },
  { value: "5", label: "5 – tout à fait d'accord" },
];

/** How often something happens. */
export const FREQUENCY_SCALE: readonly QuestionOption[] = [
  { value: "1", label: "1 – jamais" },
  { value: "2", label: "2 – rarement" },
  { value: "3", label: "3 – parfois" },
  { value: "4", label: "4 – souvent" },
  { value: "5", label: "5 – systématiquement" },
];

/** How far a practice is in place in the company. */
export const MATURITY_SCALE: readonly QuestionOption[] = [
  { value: "1", label: "1 – rien n'existe" },
  { value: "2", label: "2 – quelques initiatives isolées" },
  { value: "3", label: "3 – des pratiques existent mais restent informelles" },
  { value: "4", label: "4 – des pratiques organisées et connues" },
  { value: "5", label: "5 – des pratiques organisées, suivies et évaluées" },
];

/** A statement the respondent rates from "pas du tout d'accord" to "tout à fait d'accord". */
export function agreement(key: string, label: string, help?: string): QuestionDefinition {
  return { key, type: "SCALE", label, help, options: AGREEMENT_SCALE, required: true };
}

/**
 * Choice options from { value: label }, in the order written. Values are stable words rather than
 * positions, so that a choice added in a later version does not change what earlier answers meant.
 */
export function choices(options: Record<string, string>): QuestionOption[] {
  return Object.entries(options).map(([value, label]) => ({ value, label }));
}
