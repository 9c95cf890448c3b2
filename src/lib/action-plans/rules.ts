import type { ActionStatus, ClusterStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";
import { DOMAINS_BY_THEME, domainLabel } from "@/lib/outcomes/domains";
import { parseDay, toDay } from "@/lib/dates/day";
import { formatDate, formatNumber } from "@/lib/format/fr";

// The rules of a company's action plan: its progress, its order, and what changed between two versions
// (told to whoever saves a plan someone else changed since they loaded it).

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  PLANNED: "prévue",
  IN_PROGRESS: "en cours",
  DONE: "réalisée",
  DROPPED: "abandonnée",
};

export const ACTION_STATUSES: readonly ActionStatus[] = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"];

/** A domain outside the themes' lists, for what a company does beyond them. */
export const OTHER_DOMAIN = { code: "AUTRE", label: "Autre domaine" } as const;

/** The domains an action of the cluster may take: those of its themes (each code once), then "other". */
export function domainOptions(themes: readonly Theme[]): { value: string; label: string }[] {
  const seen = new Set<string>();
  const options: { value: string; label: string }[] = [];
  for (const theme of themes) {
    for (const domain of DOMAINS_BY_THEME[theme]) {
      if (seen.has(domain.code)) continue;
      seen.add(domain.code);
      options.push({ value: domain.code, label: domain.label });
    }
  }
  return [...options, { value: OTHER_DOMAIN.code, label: OTHER_DOMAIN.label }];
}

/** The label of a domain code among the cluster's themes; readable even when unknown. */
export function domainName(themes: readonly Theme[], code: string): string {
  return domainOptions(themes).find((o) => o.value === code)?.label ?? domainLabel(themes[0] ?? "QVCT", code);
}

// ───── Progress ─────

export type PlanProgress = {
  total: number;
  done: number;
  dropped: number;
  /** Actions that count: all but the dropped ones. */
  counted: number;
  /** done / counted, rounded; null when no action counts. */
  percent: number | null;
};

/** Progress is the share of actions done among those still meant to be done (dropped ones do not count). */
export function planProgress(actions: readonly { status: ActionStatus }[]): PlanProgress {
  const done = actions.filter((a) => a.status === "DONE").length;
  const dropped = actions.filter((a) => a.status === "DROPPED").length;
  const counted = actions.length - dropped;
  return {
    total: actions.length,
    done,
    dropped,
    counted,
    percent: counted ? Math.round((done * 100) / counted) : null,
  };
}

/** "2 actions réalisées sur 5 (40 %)", in words, for those who cannot see the bar. */
export function progressLabel(progress: PlanProgress): string {
  if (progress.total === 0) return "Aucune action pour l'instant";
  if (progress.counted === 0) return "Toutes les actions ont été abandonnées";
  const done = progress.done <= 1 ? "action réalisée" : "actions réalisées";
  return `${formatNumber(progress.done)} ${done} sur ${formatNumber(progress.counted)} (${progress.percent} %)`;
}

// ───── Order ─────

/** The ids in their new order once `id` moved one place up or down; null when it cannot move. */
export function reorder(ids: readonly string[], id: string, direction: "up" | "down"): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

// ───── What changed between two versions of a plan ─────

export type ActionSnapshot = {
  id: string;
  domain: string;
  objective: string;
  owner: string;
  /** "YYYY-MM-DD" */
  dueDate: string | null;
  indicator: string | null;
  status: ActionStatus;
};

/** An action row as the plan's snapshots carry it (its due date as a calendar day). */
export function toActionSnapshot(row: Omit<ActionSnapshot, "dueDate"> & { dueDate: Date | null }): ActionSnapshot {
  return {
    id: row.id,
    domain: row.domain,
    objective: row.objective,
    owner: row.owner,
    dueDate: row.dueDate ? toDay(row.dueDate) : null,
    indicator: row.indicator,
    status: row.status,
  };
}

/** A plan as someone saw it: its summary and its actions, in order. */
export type PlanSnapshot = { summary: string | null; actions: ActionSnapshot[] };

const FIELD_WORDS: Record<Exclude<keyof ActionSnapshot, "id">, string> = {
  domain: "domaine",
  objective: "objectif",
  owner: "responsable",
  dueDate: "échéance",
  indicator: "indicateur",
  status: "statut",
};

const MAX_QUOTE = 60;

function quote(text: string | null): string {
  if (!text) return "(vide)";
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
  return `« ${short} »`;
}

type Describe = { domain: (code: string) => string };

function fieldValue(field: keyof typeof FIELD_WORDS, action: ActionSnapshot, describe: Describe): string {
  switch (field) {
    case "domain":
      return quote(describe.domain(action.domain));
    case "dueDate":
      return action.dueDate ? formatDate(parseDay(action.dueDate)) : "(sans échéance)";
    case "status":
      return ACTION_STATUS_LABELS[action.status];
    default:
      return quote(action[field]);
  }
}

/**
 * What changed from `before` (what the editor loaded) to `after` (the plan now), in French, e.g.
 * "objectif de l'action 2 « A » → « B »", "ajouté l'action « C »". Actions are numbered as the editor saw them.
 */
export function planChanges(
  before: PlanSnapshot,
  after: PlanSnapshot,
  describe: Describe = { domain: (c) => c },
): string[] {
  const changes: string[] = [];
  if ((before.summary ?? "") !== (after.summary ?? "")) {
    changes.push(`résumé du plan ${quote(before.summary)} → ${quote(after.summary)}`);
  }
  const afterById = new Map(after.actions.map((a) => [a.id, a]));
  const beforeIds = new Set(before.actions.map((a) => a.id));
  before.actions.forEach((old, index) => {
    const now = afterById.get(old.id);
    const which = `l'action ${index + 1}`;
    if (!now) {
      changes.push(`retiré ${which} ${quote(old.objective)}`);
      return;
    }
    for (const field of Object.keys(FIELD_WORDS) as (keyof typeof FIELD_WORDS)[]) {
      if ((old[field] ?? null) === (now[field] ?? null)) continue;
      changes.push(
        `${FIELD_WORDS[field]} de ${which} ${fieldValue(field, old, describe)} → ${fieldValue(field, now, describe)}`,
      );
    }
  });
  for (const added of after.actions.filter((a) => !beforeIds.has(a.id))) {
    changes.push(`ajouté l'action ${quote(added.objective)}`);
  }
  const kept = (plan: PlanSnapshot) =>
    plan.actions.filter((a) => beforeIds.has(a.id) && afterById.has(a.id)).map((a) => a.id);
  if (kept(before).join() !== kept(after).join()) changes.push("changé l'ordre des actions");
  return changes;
}

const MAX_CHANGES = 8;

function names(authors: readonly string[]): string {
  if (authors.length === 0) return "quelqu'un d'autre a";
  if (authors.length === 1) return `${authors[0]} a`;
  return `${authors.slice(0, -1).join(", ")} et ${authors.at(-1)} ont`;
}

/**
 * The refusal of a save made on a version of the plan that is no longer the current one: who changed
 * what since, that nothing was saved, and that what the editor typed is kept.
 */
export function stalePlanMessage(authors: readonly string[], changes: readonly string[]): string {
  const shown = changes.slice(0, MAX_CHANGES);
  const more = changes.length - shown.length;
  const what = shown.length
    ? `changé : ${shown.join(" ; ")}${more > 0 ? ` ; et ${more} autre${more > 1 ? "s" : ""} changement${more > 1 ? "s" : ""}` : ""}`
    : "modifié le plan";
  return (
    `Pendant que vous modifiiez, ${names(authors)} ${what}. ` +
    "Rien n'a été enregistré : votre saisie est conservée, vous pouvez l'appliquer à la version à jour."
  );
}

/** Why the plan may not change now; null when it may. */
export function planChangeProblem(cluster: ClusterStatus, participation: ParticipationStatus): string | null {
  if (cluster === "EVALUATED") return "Ce cluster est évalué : ses plans d'actions ne sont plus modifiables.";
  if (participation === "WITHDRAWN")
    return "Cette entreprise est retirée du cluster : son plan d'actions n'est plus modifiable.";
  return null;
}
