import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { THEME_LABELS } from "@/lib/clusters/labels";
import type { Theme } from "@/generated/prisma/enums";
import { INDICATOR_KEYS, type IndicatorValues } from "@/lib/indicators/fields";
import { medianChanges, type MedianChange } from "@/lib/indicators/rules";
import { NO_PROGRAMME, NO_PROGRAMME_LABEL } from "../filter-params";
import type { ReportFilters } from "../filters";
import { ensureFreshFacts } from "../facts/freshness";
import { indicatorChangesSql, type IndicatorChangeRow } from "../indicator-sql";
import { reportAractId } from "../queries";
import { MIN_COMPANIES } from "../small";
import type { Dimension } from "../sql";

// The reports' median changes of the companies' indicators, in total and by Aract, theme and programme.
// A median over fewer than MIN_COMPANIES companies is not published, as every figure. (A median cannot be
// recomputed from a total and the other rows, so no further row is withheld for it.)

/** One indicator's median change as published: the change and how many companies, or the secret. */
export type PublishedChange = Pick<MedianChange, "key" | "label"> &
  ({ secret: false; companies: number; change: number | null } | { secret: true; companies: null; change: null });

export type ChangesRow = { key: string; label: string; changes: PublishedChange[] };
export type IndicatorChangesReport = { total: PublishedChange[]; byAract: ChangesRow[]; byTheme: ChangesRow[]; byProgramme: ChangesRow[] };

const valuesOf = (set: Record<string, unknown>): IndicatorValues =>
  Object.fromEntries(INDICATOR_KEYS.flatMap((key) => (typeof set[key] === "number" ? [[key, set[key]]] : [])));

function publish(change: MedianChange): PublishedChange {
  if (change.companies > 0 && change.companies < MIN_COMPANIES) return { key: change.key, label: change.label, secret: true, companies: null, change: null };
  return { ...change, secret: false };
}

function grouped(rows: IndicatorChangeRow[], label: (key: string) => string): ChangesRow[] {
  const keys = [...new Set(rows.map((row) => row.key))];
  return keys
    .map((key) => {
      const companies = rows.filter((row) => row.key === key).map((row) => ({ entry: valuesOf(row.entry), end: valuesOf(row.latest) }));
      return { key, label: label(key), changes: medianChanges(companies).map(publish) };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
}

/** The median changes of the selection's companies; the facts brought up to date first, as for every figure. */
export async function indicatorChangesReport(scope: Scope, filters: ReportFilters, today: string): Promise<IndicatorChangesReport> {
  const aractId = reportAractId(scope);
  await ensureFreshFacts(aractId, today);
  const read = (dimension: Dimension) => scopedDb(scope).$queryRaw<IndicatorChangeRow[]>(indicatorChangesSql(dimension, filters, aractId));
  const [total, byAract, byTheme, byProgramme] = await Promise.all([read("total"), read("aract"), read("theme"), read("programme")]);
  const [aracts, programmes] = await Promise.all([
    scopedDb(scope).aract.findMany({ where: { id: { in: byAract.map((row) => row.key) } }, select: { id: true, name: true } }),
    scopedDb(scope).programme.findMany({ where: { id: { in: byProgramme.map((row) => row.key) } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...aracts, ...programmes].map((row) => [row.id, row.name]));
  return {
    total: medianChanges(total.map((row) => ({ entry: valuesOf(row.entry), end: valuesOf(row.latest) }))).map(publish),
    byAract: grouped(byAract, (key) => names.get(key) ?? key),
    byTheme: grouped(byTheme, (key) => THEME_LABELS[key as Theme] ?? key),
    byProgramme: grouped(byProgramme, (key) => (key === NO_PROGRAMME ? NO_PROGRAMME_LABEL : (names.get(key) ?? key))),
  };
}
