import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { aractWhere, clusterWhere } from "@/lib/auth/where";
import type { QuestionType, Theme } from "@/generated/prisma/enums";

// Reads of the diagnostic templates (theme packs). A template is national (aractId null, readable by
// every role) or belongs to one Aract (readable by that Aract only). A cluster's chosen templates are
// read through the cluster, so a company member reaches them only for their own cluster.

export type ClusterTemplateRef = { templateId: string; key: string; version: number; title: string; theme: Theme };

/** One choice of a question: for SCALE questions, value "1".."5" and the label of that level. */
export type TemplateOption = { value: string; label: string };

export type TemplateQuestion = {
  id: string;
  key: string;
  label: string;
  help: string | null;
  type: QuestionType;
  /** [] for questions without choices (YES_NO, NUMBER, PERCENTAGE, TEXT). */
  options: TemplateOption[];
  required: boolean;
};

export type TemplateSection = { id: string; key: string; title: string; questions: TemplateQuestion[] };

/** Templates a scope may read: national ones for everybody, an Aract's own ones for that Aract. */
function templateWhere(scope: Scope) {
  if (isNational(scope)) return {};
  return { OR: [{ aractId: null }, { aractId: scope.aractId }] };
}

/**
 * The templates the companies of a cluster fill in (the exact version the cluster uses), ordered by
 * title. [] when the cluster is outside the scope (or has chosen none). Shared with the diagnostics slice.
 */
export async function listClusterTemplates(scope: Scope, clusterId: string): Promise<ClusterTemplateRef[]> {
  const rows = await scopedDb(scope).clusterTemplate.findMany({
    where: { clusterId, cluster: clusterWhere(scope) },
    orderBy: [{ template: { title: "asc" } }, { template: { version: "asc" } }],
    select: { template: { select: { id: true, key: true, version: true, title: true, theme: true } } },
  });
  return rows.map(({ template }) => ({
    templateId: template.id,
    key: template.key,
    version: template.version,
    title: template.title,
    theme: template.theme,
  }));
}

/**
 * The content of one template version: its sections in order, each with its questions in order.
 * null when the template does not exist or is outside the scope (the caller answers 404).
 * Shared with the diagnostics slice (questionnaire, validation of answers, comparison).
 */
export async function getTemplateContent(scope: Scope, templateId: string): Promise<TemplateSection[] | null> {
  const template = await scopedDb(scope).diagnosticTemplate.findFirst({
    where: { id: templateId, ...templateWhere(scope) },
    select: {
      sections: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, key: true, label: true, help: true, type: true, options: true, required: true },
          },
        },
      },
    },
  });
  if (!template) return null;
  return template.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => ({ ...question, options: readOptions(question.options) })),
  }));
}

/** Options are stored as JSON; anything not shaped like [{ value, label }] is dropped rather than trusted. */
export function readOptions(value: unknown): TemplateOption[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((option) =>
    option && typeof option === "object" && typeof option.value === "string" && typeof option.label === "string"
      ? [{ value: option.value, label: option.label }]
      : [],
  );
}

// ───── The network's templates (/modeles) ─────

export type TemplateSummary = {
  key: string;
  title: string;
  theme: Theme;
  /** The latest published version and its facts. */
  latestVersion: number;
  publishedAt: Date | null;
  questionCount: number;
  versionCount: number;
  /** Clusters within the scope that use any version of this template. */
  clusterCount: number;
};

/** Every template the scope may read, one line per key (its latest version), ordered by title. */
export async function listTemplates(scope: Scope): Promise<TemplateSummary[]> {
  const rows = await scopedDb(scope).diagnosticTemplate.findMany({
    where: { ...templateWhere(scope), publishedAt: { not: null } },
    orderBy: [{ key: "asc" }, { version: "desc" }],
    select: {
      key: true,
      version: true,
      title: true,
      theme: true,
      publishedAt: true,
      _count: { select: { questions: true, clusters: { where: aractWhere(scope) } } },
    },
  });
  const byKey = new Map<string, TemplateSummary>();
  for (const row of rows) {
    const seen = byKey.get(row.key);
    if (seen) {
      seen.versionCount += 1;
      seen.clusterCount += row._count.clusters;
      continue;
    }
    byKey.set(row.key, {
      key: row.key,
      title: row.title,
      theme: row.theme,
      latestVersion: row.version,
      publishedAt: row.publishedAt,
      questionCount: row._count.questions,
      versionCount: 1,
      clusterCount: row._count.clusters,
    });
  }
  return [...byKey.values()].sort((a, b) => a.title.localeCompare(b.title, "fr"));
}

export type TemplateVersion = {
  id: string;
  version: number;
  title: string;
  theme: Theme;
  description: string | null;
  publishedAt: Date | null;
  sectionCount: number;
  questionCount: number;
  clusterCount: number;
};

/** The published versions of one template key, newest first; [] when none is within the scope. */
export async function listTemplateVersions(scope: Scope, key: string): Promise<TemplateVersion[]> {
  const rows = await scopedDb(scope).diagnosticTemplate.findMany({
    where: { key, ...templateWhere(scope), publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      title: true,
      theme: true,
      description: true,
      publishedAt: true,
      _count: { select: { sections: true, questions: true, clusters: { where: aractWhere(scope) } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    sectionCount: _count.sections,
    questionCount: _count.questions,
    clusterCount: _count.clusters,
  }));
}

// ───── A cluster's choice (/clusters/[id]/diagnostics/modeles) ─────

export type ChosenTemplate = ClusterTemplateRef & {
  /** The latest published version of the same key: above `version`, the cluster may move to it. */
  latestVersion: number;
  /** Responses of the cluster's companies to this version (any status). */
  responseCount: number;
};

export type TemplateChoices = {
  chosen: ChosenTemplate[];
  /** National templates (their latest version) the cluster has not chosen yet. */
  available: { key: string; version: number; title: string; theme: Theme }[];
};

/** What a cluster uses and what it could add; the cluster itself is checked by the page first. */
export async function getClusterTemplateChoices(scope: Scope, clusterId: string): Promise<TemplateChoices> {
  const [chosenRows, national] = await Promise.all([
    scopedDb(scope).clusterTemplate.findMany({
      where: { clusterId, cluster: clusterWhere(scope) },
      orderBy: { template: { title: "asc" } },
      select: {
        template: {
          select: {
            id: true,
            key: true,
            version: true,
            title: true,
            theme: true,
            _count: { select: { responses: { where: { participation: { clusterId } } } } },
          },
        },
      },
    }),
    scopedDb(scope).diagnosticTemplate.findMany({
      where: { aractId: null, publishedAt: { not: null } },
      orderBy: [{ key: "asc" }, { version: "desc" }],
      select: { key: true, version: true, title: true, theme: true },
    }),
  ]);
  const latest = new Map<string, (typeof national)[number]>();
  for (const row of national) if (!latest.has(row.key)) latest.set(row.key, row);
  const chosen = chosenRows.map(({ template }) => ({
    templateId: template.id,
    key: template.key,
    version: template.version,
    title: template.title,
    theme: template.theme,
    latestVersion: latest.get(template.key)?.version ?? template.version,
    responseCount: template._count.responses,
  }));
  const chosenKeys = new Set(chosen.map((c) => c.key));
  const available = [...latest.values()]
    .filter((row) => !chosenKeys.has(row.key))
    .sort((a, b) => a.title.localeCompare(b.title, "fr"));
  return { chosen, available };
}
