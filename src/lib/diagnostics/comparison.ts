import type { QuestionType } from "@/generated/prisma/enums";
import { formatAnswer, isAnswered, type AnswerValue } from "./answers";

// The two views of a pair side by side: per question the gap between the direction's answer and the
// staff representative's, per section the mean of the scale answers, and the largest gaps first.
// Pure and unit-tested: the page only lays these figures out.

type Option = { value: string; label: string };
export type ComparedQuestion = { id: string; label: string; type: QuestionType; options: Option[] };
export type ComparedSection = { id: string; title: string; questions: ComparedQuestion[] };
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/** A scale gap of this many points or more is highlighted and listed among the largest gaps. */
export const LARGE_GAP = 2;
/** How many gaps the summary lists at most. */
export const LARGEST_GAPS_LISTED = 5;

/** Points between two numbers (scale, number, percentage); same or different for choices; none for texts. */
export type Gap = { kind: "points"; size: number } | { kind: "same" } | { kind: "different" };

const NUMERIC: ReadonlySet<QuestionType> = new Set(["SCALE", "NUMBER", "PERCENTAGE"]);

export function gapOf(
  type: QuestionType,
  direction: AnswerValue | null | undefined,
  staff: AnswerValue | null | undefined,
): Gap | null {
  if (!isAnswered(direction) || !isAnswered(staff) || type === "TEXT") return null;
  if (NUMERIC.has(type)) {
    if (typeof direction !== "number" || typeof staff !== "number") return null;
    // Rounded to the hundredth: 0.1 + 0.2 must not show as a gap of 0.30000000000000004.
    return { kind: "points", size: Math.round(Math.abs(direction - staff) * 100) / 100 };
  }
  const same =
    Array.isArray(direction) && Array.isArray(staff)
      ? direction.length === staff.length && direction.every((choice) => staff.includes(choice))
      : direction === staff;
  return { kind: same ? "same" : "different" };
}

const frNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** The gap in words, never by colour alone: "écart de 3 points", "réponses différentes". */
export function gapLabel(type: QuestionType, gap: Gap | null): string {
  if (!gap) return "—";
  if (gap.kind === "same") return "même réponse";
  if (gap.kind === "different") return "réponses différentes";
  if (gap.size === 0) return "même réponse";
  if (type === "NUMBER") return `écart de ${frNumber.format(gap.size)}`;
  const unit = type === "PERCENTAGE" ? "point de pourcentage" : "point";
  return `écart de ${frNumber.format(gap.size)} ${gap.size < 2 ? unit : unit.replace("point", "points")}`;
}

export function isLargeGap(type: QuestionType, gap: Gap | null): boolean {
  return type === "SCALE" && gap?.kind === "points" && gap.size >= LARGE_GAP;
}

/** The mean of the scale answers of a section, to the tenth; null when none is answered. */
export function sectionScore(questions: readonly ComparedQuestion[], answers: Answers): number | null {
  const levels = questions.flatMap((question) => {
    const value = answers[question.id];
    return question.type === "SCALE" && typeof value === "number" ? [value] : [];
  });
  if (levels.length === 0) return null;
  return Math.round((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 10) / 10;
}

export type ComparisonRow = {
  questionId: string;
  label: string;
  type: QuestionType;
  direction: AnswerValue | null;
  staff: AnswerValue | null;
  directionText: string;
  staffText: string;
  gap: Gap | null;
  gapText: string;
  large: boolean;
  /** Order in the template (section, then question), to break ties between equal gaps. */
  order: number;
};

export type SectionComparison = {
  id: string;
  title: string;
  directionScore: number | null;
  staffScore: number | null;
  /** Gap between the two scores, to the tenth; null when a side has no scale answer in the section. */
  scoreGap: number | null;
  rows: ComparisonRow[];
};

export type Comparison = { sections: SectionComparison[]; largestGaps: (ComparisonRow & { sectionTitle: string })[] };

export function compareResponses(sections: readonly ComparedSection[], direction: Answers, staff: Answers): Comparison {
  let order = 0;
  const compared = sections.map((section) => {
    const rows = section.questions.map((question): ComparisonRow => {
      const d = direction[question.id] ?? null;
      const s = staff[question.id] ?? null;
      const gap = gapOf(question.type, d, s);
      return {
        questionId: question.id,
        label: question.label,
        type: question.type,
        direction: d,
        staff: s,
        directionText: formatAnswer(question, d),
        staffText: formatAnswer(question, s),
        gap,
        gapText: gapLabel(question.type, gap),
        large: isLargeGap(question.type, gap),
        order: order++,
      };
    });
    const directionScore = sectionScore(section.questions, direction);
    const staffScore = sectionScore(section.questions, staff);
    const scoreGap =
      directionScore === null || staffScore === null
        ? null
        : Math.round(Math.abs(directionScore - staffScore) * 10) / 10;
    return { id: section.id, title: section.title, directionScore, staffScore, scoreGap, rows };
  });
  return { sections: compared, largestGaps: largestGaps(compared) };
}

/** The scale questions with a large gap, largest first; equal gaps keep the template's order. */
export function largestGaps(sections: readonly SectionComparison[], limit = LARGEST_GAPS_LISTED) {
  return sections
    .flatMap((section) =>
      section.rows.filter((row) => row.large).map((row) => ({ ...row, sectionTitle: section.title })),
    )
    .sort((a, b) => gapSize(b.gap) - gapSize(a.gap) || a.order - b.order)
    .slice(0, limit);
}

const gapSize = (gap: Gap | null) => (gap?.kind === "points" ? gap.size : 0);

/** The scale a bar of the chart is drawn against: 5 for scales, 100 for percentages, the larger answer for numbers. */
export function chartMax(row: Pick<ComparisonRow, "type" | "direction" | "staff">): number | null {
  if (row.type === "SCALE") return 5;
  if (row.type === "PERCENTAGE") return 100;
  if (row.type !== "NUMBER") return null;
  const values = [row.direction, row.staff].filter((value): value is number => typeof value === "number");
  return values.length ? Math.max(...values, 1) : null;
}

/** One view of the diagnostic: a side of the pair, or a further member's. */
export type View = { label: string; answers: Answers };

export type ViewsSection = {
  id: string;
  title: string;
  /** Each view's mean of the scale answers, in the views' order. */
  scores: (number | null)[];
  rows: { questionId: string; label: string; texts: string[] }[];
};

/** Every view side by side (the pair's two, then the further members'): per section the scores, per question the answers in words. */
export function viewsSideBySide(sections: readonly ComparedSection[], views: readonly View[]): ViewsSection[] {
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    scores: views.map((view) => sectionScore(section.questions, view.answers)),
    rows: section.questions.map((question) => ({
      questionId: question.id,
      label: question.label,
      texts: views.map((view) => formatAnswer(question, view.answers[question.id] ?? null)),
    })),
  }));
}
