import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { THEME_LABELS } from "@/lib/clusters/labels";
import type { ClusterStatus, Theme } from "@/generated/prisma/enums";
import { EMPTY_COUNTS, type ReportCounts } from "./figures";
import { NO_PROGRAMME, NO_PROGRAMME_LABEL, type FilterOptions, type ReportFilters } from "./filters";
import { clusterRowsSql, reportSql, type Dimension } from "./sql";
import { ensureFreshFacts } from "./freshness";
import { publishSelection, type Disclosed, type PublishedSelection } from "./suppression";

/** The Aract whose figures the caller reads: theirs, or null for the national team (every Aract). */
export function reportAractId(scope: Scope): string | null {
  return isNational(scope) ? null : scope.aractId;
}

type Breakdowns<Total, Row> = { total: Total; byAract: Row[]; byTheme: Row[]; byYear: Row[]; byProgramme: Row[] };
export type CountedRow = { key: string; label: string; counts: ReportCounts };
/** Every count, before the confidentiality rule, with the clusters the rows add up: never shown as such. */
export type CountedReport = Breakdowns<ReportCounts, CountedRow> & { clusters: CountedClusterRow[] };
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
  const [total, byAract, byTheme, byYear, byProgramme, clusters, aracts] = await Promise.all([
    breakdown(scope, "total", filters, aractId),
    breakdown(scope, "aract", filters, aractId),
    breakdown(scope, "theme", filters, aractId),
    breakdown(scope, "year", filters, aractId),
    breakdown(scope, "programme", filters, aractId),
    scopedDb(scope).$queryRaw<ClusterCountsRow[]>(clusterRowsSql(filters, aractId)),
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
    clusters: clusters.map(clusterRow),
  };
}

/** The selection as published: its report, the confidentiality rule applied to all its tables at once. */
export async function computeReport(scope: Scope, filters: ReportFilters, today: string): Promise<PublishedSelection> {
  return publishSelection(await countReport(scope, filters, today));
}

type ClusterIdentity = { id: string; name: string; aractName: string; startDate: Date; endDate: Date; status: ClusterStatus };
/** The keys of the rows a cluster counts in, by Aract, theme, start year and programme. */
export type ClusterKeys = { aractId: string; themes: string[]; startYear: string; programmeKey: string };
export type CountedClusterRow = ClusterIdentity & ClusterKeys & { counts: ReportCounts };
export type ClusterReportRow = ClusterIdentity & Disclosed;

type ClusterCountsRow = CountsRow & Omit<ClusterIdentity, "id"> & ClusterKeys;

const clusterRow = ({ name, aractName, startDate, endDate, status, aractId, themes, startYear, programmeKey, ...rest }: ClusterCountsRow): CountedClusterRow => ({
  id: rest.key,
  name,
  aractName,
  startDate,
  endDate,
  status,
  aractId,
  themes,
  startYear,
  programmeKey,
  counts: countsOf(rest),
});

/** Every cluster of the selection with its counts, before the confidentiality rule. */
export async function countClusterRows(scope: Scope, filters: ReportFilters, today: string): Promise<CountedClusterRow[]> {
  const aractId = reportAractId(scope);
  await ensureFreshFacts(aractId, today);
  return (await scopedDb(scope).$queryRaw<ClusterCountsRow[]>(clusterRowsSql(filters, aractId))).map(clusterRow);
}

/** What the caller may filter on: Aracts (national team only), programmes and the years clusters started. */
export async function loadFilterOptions(scope: Scope): Promise<FilterOptions> {
  const national = isNational(scope);
  const [aracts, programmes, years] = await Promise.all([
    national ? scopedDb(scope).aract.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }) : null,
    scopedDb(scope).programme.findMany({
      where: national ? {} : { OR: [{ aractId: null }, { aractId: scope.aractId }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    scopedDb(scope).$queryRaw<{ year: number }[]>`
      SELECT DISTINCT extract(year FROM "startDate")::int AS year FROM "Cluster"
      WHERE status <> 'DRAFT' AND (${national} OR "aractId" = ${scope.aractId}) ORDER BY year`,
  ]);
  return { aracts, programmes, years: years.map((row) => row.year) };
}
