import type { QuestionType } from "@/generated/prisma/enums";
import { TYPES_WITH_OPTIONS, type QuestionDefinition, type TemplateDefinition } from "./definitions";

// Pure rules of the theme packs: what a valid definition is, when publishing makes a new version, and
// what a cluster may do with the templates it chose. A published version is never edited: a change of
// content is a new version of the same key, and answers keep pointing at the version they answered.

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPTION_VALUE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const SCALE_VALUES = ["1", "2", "3", "4", "5"];

/** Why a definition cannot be published, in French; [] when it is valid. */
export function definitionProblems(definition: TemplateDefinition): string[] {
  const problems: string[] = [];
  if (!KEY.test(definition.key))
    problems.push(`Clé de modèle invalide : « ${definition.key} » (minuscules, chiffres et tirets).`);
  if (!definition.title.trim()) problems.push("Le modèle n'a pas de titre.");
  if (definition.sections.length === 0) problems.push("Le modèle n'a aucune section.");

  const sectionKeys = new Set<string>();
  const questionKeys = new Set<string>();
  for (const section of definition.sections) {
    const where = `Section « ${section.key} »`;
    if (!KEY.test(section.key)) problems.push(`${where} : clé invalide (minuscules, chiffres et tirets).`);
    if (sectionKeys.has(section.key)) problems.push(`${where} : clé déjà utilisée par une autre section.`);
    sectionKeys.add(section.key);
    if (!section.title.trim()) problems.push(`${where} : titre manquant.`);
    if (section.questions.length === 0) problems.push(`${where} : aucune question.`);
    for (const question of section.questions) {
      // Unique in the whole template, not only in its section: answers are stored per question key.
      if (questionKeys.has(question.key))
        problems.push(`Question « ${question.key} » : clé déjà utilisée dans ce modèle.`);
      questionKeys.add(question.key);
      problems.push(...questionProblems(question));
    }
  }
  return problems;
}

export function questionProblems(question: QuestionDefinition): string[] {
  const where = `Question « ${question.key} »`;
  const problems: string[] = [];
  if (!KEY.test(question.key)) problems.push(`${where} : clé invalide (minuscules, chiffres et tirets).`);
  if (!question.label.trim()) problems.push(`${where} : libellé manquant.`);
  if (question.help !== undefined && !question.help.trim()) problems.push(`${where} : aide vide (retirez-la).`);
  const options = question.options ?? [];
  if (!TYPES_WITH_OPTIONS.includes(question.type)) {
    if (options.length > 0) problems.push(`${where} : ce type de question ne prend pas d'options.`);
    return problems;
  }
  if (options.some((option) => !option.label.trim())) problems.push(`${where} : une option n'a pas de libellé.`);
  const values = options.map((option) => option.value);
  if (new Set(values).size !== values.length) problems.push(`${where} : deux options ont la même valeur.`);
  if (question.type === "SCALE") {
    if (values.join() !== SCALE_VALUES.join()) {
      problems.push(`${where} : une échelle a exactement 5 libellés, de 1 à 5 dans l'ordre.`);
    }
  } else {
    if (options.length < 2) problems.push(`${where} : une question à choix propose au moins 2 options.`);
    if (values.some((value) => !OPTION_VALUE.test(value))) problems.push(`${where} : valeur d'option invalide.`);
  }
  return problems;
}

/**
 * What a version says, without its key and version number: two definitions with the same content
 * publish one version only. Absent help and absent options compare equal to null and [].
 */
export type TemplateContent = {
  theme: string;
  title: string;
  description: string | null;
  sections: {
    key: string;
    title: string;
    questions: {
      key: string;
      type: QuestionType;
      label: string;
      help: string | null;
      options: { value: string; label: string }[];
      required: boolean;
    }[];
  }[];
};

export function contentOf(definition: TemplateDefinition): TemplateContent {
  return {
    theme: definition.theme,
    title: definition.title,
    description: definition.description || null,
    sections: definition.sections.map((section) => ({
      key: section.key,
      title: section.title,
      questions: section.questions.map((question) => ({
        key: question.key,
        type: question.type,
        label: question.label,
        help: question.help ?? null,
        options: (question.options ?? []).map(({ value, label }) => ({ value, label })),
        required: question.required,
      })),
    })),
  };
}

/** The content of a stored version, from its header and its ordered sections and questions. */
export function storedContent(
  header: { theme: string; title: string; description: string | null },
  sections: readonly {
    key: string;
    title: string;
    questions: readonly {
      key: string;
      type: QuestionType;
      label: string;
      help: string | null;
      options: unknown;
      required: boolean;
    }[];
  }[],
): TemplateContent {
  return {
    theme: header.theme,
    title: header.title,
    description: header.description,
    sections: sections.map((section) => ({
      key: section.key,
      title: section.title,
      questions: section.questions.map((q) => ({
        key: q.key,
        type: q.type,
        label: q.label,
        help: q.help,
        options: Array.isArray(q.options) ? (q.options as { value: string; label: string }[]) : [],
        required: q.required,
      })),
    })),
  };
}

/** Same content, key for key and in the same order (an order change is a change the respondents see). */
export function sameContent(a: TemplateContent, b: TemplateContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(content: TemplateContent): TemplateContent {
  return {
    theme: content.theme,
    title: content.title,
    description: content.description ?? null,
    sections: content.sections.map((s) => ({
      key: s.key,
      title: s.title,
      questions: s.questions.map((q) => ({
        key: q.key,
        type: q.type,
        label: q.label,
        help: q.help ?? null,
        options: q.options.map(({ value, label }) => ({ value, label })),
        required: q.required,
      })),
    })),
  };
}

export type PublishDecision = { publish: true; version: number } | { publish: false; version: number; reason: string };

/** Publishing creates version N+1 when the content differs from the latest version N, and nothing otherwise. */
export function publishDecision(
  latest: { version: number; content: TemplateContent } | null,
  next: TemplateContent,
): PublishDecision {
  if (!latest) return { publish: true, version: 1 };
  if (sameContent(latest.content, next)) {
    return {
      publish: false,
      version: latest.version,
      reason: `Le contenu n'a pas changé depuis la version ${latest.version} : aucune nouvelle version n'a été publiée.`,
    };
  }
  return { publish: true, version: latest.version + 1 };
}

/**
 * A key that survives from one version to the next must keep its type: answers of both versions are
 * compared by key, and a yes/no cannot be compared with a scale. Asking something else takes a new key.
 */
export function compatibilityProblems(previous: TemplateContent, next: TemplateContent): string[] {
  const before = new Map(previous.sections.flatMap((s) => s.questions.map((q) => [q.key, q.type] as const)));
  return next.sections.flatMap((s) =>
    s.questions.flatMap((q) => {
      const type = before.get(q.key);
      return type && type !== q.type
        ? [`Question « ${q.key} » : son type change (${type} → ${q.type}) ; donnez-lui une nouvelle clé.`]
        : [];
    }),
  );
}

// ───── A cluster's choice of templates ─────

export const TEMPLATE_HAS_RESPONSES =
  "Des réponses ont déjà été saisies pour ce diagnostic dans ce cluster : il ne peut plus être retiré.";
export const VERSION_HAS_RESPONSES =
  "Des réponses ont déjà été saisies pour ce diagnostic dans ce cluster : il reste sur sa version actuelle.";

/** Why the cluster cannot drop this template, in French; null when it can. */
export function removalProblem(responseCount: number): string | null {
  return responseCount > 0 ? TEMPLATE_HAS_RESPONSES : null;
}

/**
 * The version the cluster may move to, or null. A cluster stays on the version it chose until its
 * chargé·e de mission moves it, and only while nobody has answered: a response belongs to one version.
 */
export function versionOffer(current: number, latest: number, responseCount: number): number | null {
  return latest > current && responseCount === 0 ? latest : null;
}

/** Why the cluster cannot move to the latest version, in French; null when it can. */
export function switchProblem(current: number, latest: number, responseCount: number): string | null {
  if (latest <= current) return "Ce cluster utilise déjà la dernière version de ce modèle.";
  if (responseCount > 0) return VERSION_HAS_RESPONSES;
  return null;
}
