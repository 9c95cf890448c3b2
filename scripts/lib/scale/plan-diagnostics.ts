import type { PairSide, Theme } from "@/generated/prisma/enums";
import type { AnswerValue } from "@/lib/diagnostics/answers";
import { TODAY, isoTime, yearOf } from "./calendar.ts";
import type { Gen } from "./context.ts";
import type { ClusterPlan } from "./plan-cluster.ts";
import type { ParticipationPlan } from "./plan-participations.ts";
import type { CatalogQuestion, CatalogTemplate, ScaleBatch } from "./rows.ts";
import { TEXT_ANSWERS } from "./words.ts";

// The diagnostics: since 2019 (when the network's platform took the questionnaires in), a cluster uses the
// national template of each of its themes, and most pairs answer it, each member on their own side.

const DIAGNOSTICS_SINCE = 2019;
/** Themes without a template of their own take the nearest one. */
const TEMPLATE_FOR_THEME: Partial<Record<Theme, string>> = {
  USURE_PROFESSIONNELLE: "penibilite-usure",
  RISQUES_PSYCHOSOCIAUX: "qvct",
};
/** Participations with at least one response; then both members answer, or one. */
const RESPONDING_SHARE = 0.92;
const BOTH_MEMBERS_SHARE = 0.92;
/** The direction sees its company a little more favourably than the staff representative does. */
const SIDE_BIAS: Record<PairSide, number> = { DIRECTION: 0.35, STAFF_REPRESENTATIVE: -0.35 };
/** Counts asked per employee (accidents in a year, departures in three years…), or a fixed range. */
const NUMBER_PER_EMPLOYEE: Record<string, number> = {
  "accidents-avec-arret": 0.04,
  "departs-retraite-3-ans": 0.08,
  "maladies-professionnelles-3-ans": 0.015,
};
const NUMBER_RANGES: Record<string, readonly [number, number]> = { "jours-par-semaine": [0, 3] };
const EXCLUSIVE_CHOICES = new Set(["aucun", "aucune", "ne_sait_pas"]);

export function templatesFor({ catalog }: Gen, cluster: ClusterPlan): CatalogTemplate[] {
  if (yearOf(cluster.start) < DIAGNOSTICS_SINCE || cluster.row.status === "DRAFT") return [];
  const chosen = new Map<string, CatalogTemplate>();
  for (const theme of cluster.row.themes) {
    const template =
      catalog.templates.find((t) => t.theme === theme) ??
      catalog.templates.find((t) => t.key === TEMPLATE_FOR_THEME[theme]);
    if (template) chosen.set(template.id, template);
  }
  return [...chosen.values()];
}

export function planDiagnostics(
  gen: Gen,
  cluster: ClusterPlan,
  participations: readonly ParticipationPlan[],
  batch: ScaleBatch,
) {
  const templates = templatesFor(gen, cluster);
  for (const template of templates) {
    batch.ClusterTemplate.push({ aractId: cluster.aract.id, clusterId: cluster.row.id, templateId: template.id });
  }
  if (!cluster.started || templates.length === 0) return;
  const { rng } = gen;
  for (const participation of participations) {
    if (participation.row.status === "CANDIDATE" || !rng.chance(RESPONDING_SHARE)) continue;
    const active = participation.members.filter((member) => member.active);
    for (const template of templates) {
      const respondents =
        active.length < 2 || rng.chance(BOTH_MEMBERS_SHARE) ? active : [rng.chance(0.6) ? active[0]! : active[1]!];
      for (const member of respondents) planResponse(gen, cluster, participation, template, member, batch);
    }
  }
}

function planResponse(
  gen: Gen,
  cluster: ClusterPlan,
  participation: ParticipationPlan,
  template: CatalogTemplate,
  member: ParticipationPlan["members"][number],
  batch: ScaleBatch,
) {
  const { rng } = gen;
  const createdDay = Math.min(cluster.start + rng.int(7, 60), TODAY - 1);
  const submittedDay = Math.min(createdDay + rng.int(1, 30), TODAY - 1);
  const submitted = rng.chance(cluster.ended ? 0.88 : 0.6);
  const updatedAt = isoTime(submitted ? submittedDay : Math.min(createdDay + rng.int(0, 10), TODAY - 1), 17);
  const id = gen.ids.next("r");
  batch.DiagnosticResponse.push({
    id,
    aractId: participation.row.aractId,
    participationId: participation.row.id,
    templateId: template.id,
    personId: member.personId,
    side: member.side,
    status: submitted ? "SUBMITTED" : "DRAFT",
    submittedAt: submitted ? isoTime(submittedDay, 17) : null,
    createdAt: isoTime(createdDay, 9),
    updatedAt,
  });
  // A draft stops somewhere along the questionnaire; a submitted response answers every question.
  const answered = submitted
    ? template.questions.length
    : Math.ceil(template.questions.length * (0.3 + 0.6 * rng.next()));
  const leaning = participation.outlook + SIDE_BIAS[member.side];
  for (const question of template.questions.slice(0, answered)) {
    batch.DiagnosticAnswer.push({
      id: gen.ids.next("a"),
      aractId: participation.row.aractId,
      responseId: id,
      questionId: question.id,
      value: answerValue(gen, question, leaning, participation.company.headcount),
      updatedAt,
    });
  }
}

/** A value valid for the question's type (src/lib/diagnostics/answers.ts), shaded by how the person sees things. */
export function answerValue({ rng }: Gen, question: CatalogQuestion, leaning: number, headcount: number): AnswerValue {
  const values = question.options.map((option) => option.value);
  switch (question.type) {
    case "SCALE":
      return Math.min(5, Math.max(1, Math.round(3 + leaning + rng.bell(1.3))));
    case "YES_NO":
      return rng.chance(0.55 + 0.2 * leaning);
    case "NUMBER": {
      const range = NUMBER_RANGES[question.key];
      if (range) return rng.int(...range);
      return Math.round(headcount * (NUMBER_PER_EMPLOYEE[question.key] ?? 0.05) * (0.3 + 1.4 * rng.next()));
    }
    case "PERCENTAGE":
      return Math.min(100, Math.max(0, Math.round(40 + 20 * leaning + rng.bell(30))));
    case "SINGLE_CHOICE":
      return rng.weighted(values.map((value) => [value, EXCLUSIVE_CHOICES.has(value) ? 0.3 : 1] as const));
    case "MULTIPLE_CHOICE": {
      const exclusive = values.filter((value) => EXCLUSIVE_CHOICES.has(value));
      const inclusive = values.filter((value) => !EXCLUSIVE_CHOICES.has(value));
      if (inclusive.length === 0 || (exclusive.length > 0 && rng.chance(0.08)))
        return [rng.pick(exclusive.length ? exclusive : values)];
      return rng.sample(inclusive, rng.int(1, Math.min(3, inclusive.length)));
    }
    case "TEXT":
      return rng.pick(TEXT_ANSWERS);
  }
}
