import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { THEME_LABELS } from "@/lib/clusters/labels";
import type { ClusterStatus, Theme } from "@/generated/prisma/enums";
import { EMPTY_COUNTS, type Figure, type ReportCounts } from "./figures";
import { NO_PROGRAMME, NO_PROGRAMME_LABEL, type FilterOptions } from "./filter-params";
import type { ReportFilters } from "./filters";
import { clusterRowsSql, reportSql, type Dimension } from "./sql";
import { ensureFreshFacts } from "./facts/freshness";
import { discloseClusters, publishReport, type Disclosed } from "./suppression";
import type { Linked } from "./linked-tables";

/** The Aract whose figures the caller reads: theirs, or null for the national team (every Aract). */
export function reportAractId(scope: Scope): string | null {
  return isNational(scope) ? null : scope.aractId;
}

type Breakdowns<Total, Row> = { total: Total; byAract: Row[]; byTheme: Row[]; byYear: Row[]; byProgramme: Row[] };
export type CountedRow = { key: string; label: string; counts: ReportCounts };
/** Every count, before the confidentiality rule: for the checks of the counts, never shown. */
export type CountedReport = Breakdowns<ReportCounts, CountedRow>;
export type ReportRow = { key: string; label: string } & Disclosed;
/** The report as it may be shown and exported: the hidden rows' counts are not in it. */
export type Report = Breakdowns<Disclosed, ReportRow>;

type CountsRow = ReportCounts & { key: string };

const countsOf = ({ key: _key, ...counts }: CountsRow): ReportCounts => counts;

async function breakdown(scope: Scope, dimension: Dimension, filters: ReportFilters, aractId: string | null) {
  return scopedDb(scope).$queryRaw<CountsRow[]>(reportSql(dimension, filters, aractId));
}

/** A programme as a row of the breakdown names it: its name, with its Aract when it is a regional one. */
async function programmeLabels(scope: Scope, keys: string[]): Promise<Map<string, string>> {
  const programmes = await scopedDb(scope).programme.findMany({
    where: { id: { in: keys } },
    select: { id: true, name: true, aract: { select: { name: true } } },
  });
  return new Map([
    [NO_PROGRAMME, NO_PROGRAMME_LABEL],
    ...programmes.map((p): [string, string] => [p.id, p.aract ? `${p.name} (${p.aract.name})` : p.name]),
  ]);
}

/** Every count of the selection, in total and by Aract, theme, start year and programme; computed by PostgreSQL from the facts (brought up to date first). */
export async function countReport(scope: Scope, filters: ReportFilters, today: string): Promise<CountedReport> {
  const aractId = reportAractId(scope);
  await ensureFreshFacts(aractId, today);
  return countSelection(scope, filters, aractId);
}

/** countReport's counts, from the facts as they are. */
async function countSelection(scope: Scope, filters: ReportFilters, aractId: string | null): Promise<CountedReport> {
  const [total, byAract, byTheme, byYear, byProgramme, aracts] = await Promise.all([
    breakdown(scope, "total", filters, aractId),
    breakdown(scope, "aract", filters, aractId),
    breakdown(scope, "theme", filters, aractId),
    breakdown(scope, "year", filters, aractId),
    breakdown(scope, "programme", filters, aractId),
    scopedDb(scope).aract.findMany({ where: aractId ? { id: aractId } : {}, select: { id: true, name: true } }),
  ]);
  const programmeName = await programmeLabels(scope, byProgramme.map((row) => row.key));
  const aractName = new Map(aracts.map((a) => [a.id, a.name]));
  const rows = (list: CountsRow[], label: (key: string) => string) =>
    list.map((row) => ({ key: row.key, label: label(row.key), counts: countsOf(row) }));
  return {
    total: total[0] ? countsOf(total[0]) : EMPTY_COUNTS,
    byAract: rows(byAract, (key) => aractName.get(key) ?? key).sort((a, b) => a.label.localeCompare(b.label, "fr")),
    byTheme: rows(byTheme, (key) => THEME_LABELS[key as Theme] ?? key).sort(
      (a, b) => b.counts.clusters - a.counts.clusters,
    ),
    byYear: rows(byYear, (key) => key).sort((a, b) => a.key.localeCompare(b.key)),
    // By name, the clusters without a programme last.
    byProgramme: rows(byProgramme, (key) => programmeName.get(key) ?? key).sort(
      (a, b) => Number(a.key === NO_PROGRAMME) - Number(b.key === NO_PROGRAMME) || a.label.localeCompare(b.label, "fr"),
    ),
  };
}

/** The report as published: every figure of the selection, the confidentiality rule applied to its tables and clusters together. */
export async function computeReport(scope: Scope, filters: ReportFilters, today: string): Promise<Report> {
  const aractId = reportAractId(scope);
  await ensureFreshFacts(aractId, today);
  const [counted, clusters] = await Promise.all([countSelection(scope, filters, aractId), clusterRowsOf(scope, filters, aractId)]);
  return publishReport(counted, clusters);
}

type ClusterIdentity = { id: string; name: string; aractName: string; startDate: Date; endDate: Date; status: ClusterStatus };
export type CountedClusterRow = ClusterIdentity & Linked;
export type ClusterReportRow = ClusterIdentity & Disclosed;

type ClusterKeys = { aractKey: string; themeKeys: string[]; yearKey: string; programmeKey: string };
type ClusterCountsRow = CountsRow & Omit<ClusterIdentity, "id"> & ClusterKeys;

const clusterRow = ({
  name,
  aractName,
  startDate,
  endDate,
  status,
  aractKey,
  themeKeys,
  yearKey,
  programmeKey,
  ...rest
}: ClusterCountsRow): CountedClusterRow => ({
  id: rest.key,
  name,
  aractName,
  startDate,
  endDate,
  status,
  counts: countsOf(rest),
  keys: { byAract: [aractKey], byTheme: themeKeys, byYear: [yearKey], byProgramme: [programmeKey] },
});

/** Every cluster of the selection with its counts, before the confidentiality rule: for the checks of the counts. */
export async function countClusterRows(scope: Scope, filters: ReportFilters, today: string) {
  const aractId = reportAractId(scope);
  await ensureFreshFacts(aractId, today);
  const [rows, total] = await Promise.all([clusterRowsOf(scope, filters, aractId), breakdown(scope, "total", filters, aractId)]);
  return { rows, total: total[0] ? countsOf(total[0]) : EMPTY_COUNTS };
}

/** The clusters of the selection with their counts and rows, from the facts as they are. */
async function clusterRowsOf(scope: Scope, filters: ReportFilters, aractId: string | null): Promise<CountedClusterRow[]> {
  return (await scopedDb(scope).$queryRaw<ClusterCountsRow[]>(clusterRowsSql(filters, aractId))).map(clusterRow);
}

/** Every cluster of the selection with its published counts: the underlying rows of the exports. */
export async function listClusterRows(scope: Scope, filters: ReportFilters, today: string): Promise<ClusterReportRow[]> {
  const { rows, total } = await countClusterRows(scope, filters, today);
  return discloseClusters(total, rows).map(({ keys: _keys, ...row }) => row);
}

export const DRILL_PAGE_SIZE = 50;

const byName = (a: ClusterReportRow, b: ClusterReportRow) => a.name.localeCompare(b.name, "fr") || a.id.localeCompare(b.id);

/**
 * The clusters behind a figure, a page at a time: those where it is above zero, largest first, then the
 * clusters whose figures are withheld, by name, whatever their figure (where and whether they are
 * listed would otherwise tell it).
 */
export async function listFigureClusters(scope: Scope, filters: ReportFilters, figure: Figure, page: number, today: string) {
  const rows = await listClusterRows(scope, filters, today);
  const drill = (row: ClusterReportRow) => row.counts?.[figure.drill] ?? 0;
  const shown = rows.filter((row) => drill(row) > 0).sort((a, b) => drill(b) - drill(a) || byName(a, b));
  const listed = [...shown, ...rows.filter((row) => row.secret).sort(byName)];
  const offset = (page - 1) * DRILL_PAGE_SIZE;
  return {
    rows: listed.slice(offset, offset + DRILL_PAGE_SIZE),
    total: listed.length,
    pageCount: Math.max(1, Math.ceil(listed.length / DRILL_PAGE_SIZE)),
  };
}

/** What the caller may filter on: Aracts (national team only), programmes, the years clusters started and ran. */
export async function loadFilterOptions(scope: Scope): Promise<FilterOptions> {
  const national = isNational(scope);
  const [aracts, programmes, years, runningYears] = await Promise.all([
    national ? scopedDb(scope).aract.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }) : null,
    scopedDb(scope).programme.findMany({
      where: national ? {} : { OR: [{ aractId: null }, { aractId: scope.aractId }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    scopedDb(scope).$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM "startDate")::int AS year FROM "Cluster"
      WHERE status <> 'DRAFT' AND (${national} OR "aractId" = ${scope.aractId}) ORDER BY year`,
    scopedDb(scope).$queryRaw<{ year: number }[]>`
      SELECT DISTINCT generate_series(extract(year FROM "startDate")::int, extract(year FROM "endDate")::int) AS year FROM "Cluster"
      WHERE status <> 'DRAFT' AND (${national} OR "aractId" = ${scope.aractId}) ORDER BY year`,
  ]);
  return { aracts, programmes, years: years.map((row) => row.year), runningYears: runningYears.map((row) => row.year) };
}
