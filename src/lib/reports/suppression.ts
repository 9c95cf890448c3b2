import type { ReportCounts } from "./figures";
import type { ClusterReportRow, CountedClusterRow, CountedReport, Report } from "./queries";
import { basisOf, derivable } from "./span";

// Statistical confidentiality, the one rule for every figure the reports show, list or export (cards,
// selection line, breakdowns, charts, the clusters behind a figure, CSV, XLSX). A row of figures that
// covers fewer than MIN_COMPANIES companies is not published (primary secret). Since the rows of a
// table add up to its total, one hidden row could be recomputed as the total minus the visible rows:
// while the hidden rows of a table cover fewer than MIN_COMPANIES companies together, the visible row
// with the fewest companies is hidden too (secondary secret, first pass). The tables of a selection and
// its list of clusters share their clusters, so a second pass checks them together (below). The counts
// of a hidden row never leave the server: a published row carries its counts or why they are withheld.

/** Below this many companies, a row of figures could single them out. */
export const MIN_COMPANIES = 5;

export type Secret = "small" | "secondary";

export const SECRET_LABELS: Record<Secret, string> = {
  small: `secret (< ${MIN_COMPANIES} entreprises)`,
  secondary: "secret (secondaire)",
};

export const SECRET_RULE = `Les chiffres portant sur moins de ${MIN_COMPANIES} entreprises ne sont pas diffusés : ils sont remplacés par « ${SECRET_LABELS.small} ». Pour qu'aucun d'eux ne se retrouve par différence avec les totaux, les autres tableaux ou la liste des clusters, d'autres lignes sont alors masquées aussi : « ${SECRET_LABELS.secondary} ».`;

/** A row's counts as published: the counts, or why they are withheld. */
export type Disclosed = { counts: ReportCounts; secret: null } | { counts: null; secret: Secret };

type Companies = Pick<ReportCounts, "companies">;

/** The primary rule: some companies, but fewer than MIN_COMPANIES (no company singles nobody out). */
export function isSmall(counts: Companies): boolean {
  return counts.companies > 0 && counts.companies < MIN_COMPANIES;
}

const shown = (counts: ReportCounts): Disclosed => ({ counts, secret: null });
const withheld = (secret: Secret): Disclosed => ({ counts: null, secret });

/** A total (a selection's own figures): shown unless it is small. */
export function discloseTotal(counts: ReportCounts): Disclosed {
  return isSmall(counts) ? withheld("small") : shown(counts);
}

/** The first pass, within one table: the small rows, then the smallest shown rows while the withheld ones cover fewer than MIN_COMPANIES. */
function withinTable(total: number, companies: readonly number[]): (Secret | null)[] {
  const secrets: (Secret | null)[] = companies.map((n) => (isSmall({ companies: n }) ? "small" : null));
  let hidden = companies.reduce((sum, n, index) => sum + (secrets[index] ? n : 0), 0);
  while (!isSmall({ companies: total }) && isSmall({ companies: hidden })) {
    const next = smallestShown(companies, secrets);
    if (next === null) break;
    secrets[next] = "secondary";
    hidden += companies[next]!;
  }
  return secrets;
}

/** The shown row with the fewest companies (and some), the first of equals; null when there is none. */
function smallestShown(companies: readonly number[], secrets: readonly (Secret | null)[]): number | null {
  let best: number | null = null;
  companies.forEach((n, index) => {
    if (secrets[index] || n === 0) return;
    if (best === null || n < companies[best]!) best = index;
  });
  return best;
}

/**
 * The rows of one table whose total is `total`, each shown or withheld, in their order (the first pass
 * only: a table published alone). When the total is itself withheld, nothing can be taken from it.
 */
export function discloseRows<R extends { counts: ReportCounts }>(
  total: ReportCounts,
  rows: readonly R[],
  secrets: readonly (Secret | null)[] = withinTable(total.companies, rows.map((row) => row.counts.companies)),
): (Omit<R, "counts"> & Disclosed)[] {
  return rows.map(({ counts, ...row }, index) => {
    const secret = secrets[index];
    return { ...row, ...(secret ? withheld(secret) : shown(counts)) };
  });
}

// The second pass, across the tables of one selection. The tables share their clusters: a withheld row
// of one table could still be derived from rows of the others and the clusters shown one by one (the
// drill-down lists and the export of the clusters). The clusters withheld are the unknowns; every shown
// row and the total is a published sum of them (once its shown clusters are taken off). While a small
// cluster or a small row follows from those sums, one more cluster or row is withheld: the smallest of
// those that make it underivable, or else the smallest near it.

/** A row of a table as the audit sees it: its companies and the clusters it adds up (their indexes). */
export type LayoutRow = { companies: number; clusters: readonly number[] };
/** A selection: its companies, its clusters' companies, and its tables. */
export type Layout = { companies: number; clusters: readonly number[]; tables: readonly (readonly LayoutRow[])[] };
export type Secrets = { clusters: (Secret | null)[]; tables: (Secret | null)[][] };

/** How many fixes are tried alone at each round, smallest first, then how many by pairs. */
const FIXES_TRIED = 16;
const PAIRS_TRIED = 8;

type Fix = { kind: "cluster"; index: number; companies: number } | { kind: "row"; table: number; row: number; companies: number };

export function decideSecrets(layout: Layout): Secrets {
  const secrets: Secrets = {
    clusters: withinTable(layout.companies, layout.clusters),
    tables: layout.tables.map((rows) => withinTable(layout.companies, rows.map((row) => row.companies))),
  };
  if (isSmall({ companies: layout.companies })) return secrets;
  for (;;) {
    const leak = firstLeak(layout, secrets);
    if (!leak) return secrets;
    const fixes = fixesFor(layout, secrets, leak);
    if (fixes.length === 0) return secrets;
    const resolves = (next: Secrets) => !isDerivable(layout, next, leak);
    const single = fixes.slice(0, FIXES_TRIED).find((fix) => resolves(applied(secrets, fix)));
    const pairs = fixes.slice(0, PAIRS_TRIED).flatMap((first, i) => fixes.slice(i + 1, PAIRS_TRIED).map((second) => [first, second] as const));
    const pair = single ? null : pairs.sort((a, b) => a[0].companies + a[1].companies - (b[0].companies + b[1].companies)).find(([first, second]) => resolves(applied(applied(secrets, first), second)));
    // Neither one nor two fixes hide it: the smallest is taken, and the next round goes on from there.
    for (const fix of single ? [single] : (pair ?? [fixes[0]!])) Object.assign(secrets, applied(secrets, fix));
  }
}

function applied(secrets: Secrets, fix: Fix): Secrets {
  const next = { clusters: [...secrets.clusters], tables: secrets.tables.map((rows) => [...rows]) };
  if (fix.kind === "cluster") next.clusters[fix.index] = "secondary";
  else next.tables[fix.table]![fix.row] = "secondary";
  return next;
}

/** The published sums, over the withheld clusters (their columns), and the columns of each cluster. */
function publishedSums(layout: Layout, secrets: Secrets) {
  const column = new Map<number, number>();
  secrets.clusters.forEach((secret, index) => secret && column.set(index, column.size));
  const unknowns = (clusters: readonly number[]) => clusters.flatMap((c) => (column.has(c) ? [column.get(c)!] : []));
  const all = layout.clusters.map((_, index) => index);
  const sums = [unknowns(all)];
  layout.tables.forEach((rows, t) => rows.forEach((row, r) => !secrets.tables[t]![r] && sums.push(unknowns(row.clusters))));
  return { column, unknowns, basis: basisOf(sums.filter((sum) => sum.length > 0), column.size) };
}

/** The clusters of the first small cluster or small row that the published sums give away. */
function firstLeak(layout: Layout, secrets: Secrets): readonly number[] | null {
  const { basis, unknowns } = publishedSums(layout, secrets);
  for (const [index, secret] of secrets.clusters.entries()) {
    if (secret === "small" && derivable(basis, unknowns([index]))) return [index];
  }
  for (const [t, rows] of layout.tables.entries()) {
    for (const [r, row] of rows.entries()) {
      if (secrets.tables[t]![r] === "small" && derivable(basis, unknowns(row.clusters))) return row.clusters;
    }
  }
  return null;
}

function isDerivable(layout: Layout, secrets: Secrets, leak: readonly number[]): boolean {
  const { basis, unknowns } = publishedSums(layout, secrets);
  return derivable(basis, unknowns(leak));
}

/**
 * What could hide the leak, smallest first: the shown clusters and rows of the sums that hold one of its
 * clusters, then every other shown row and cluster (what pins another unknown of those sums).
 */
function fixesFor(layout: Layout, secrets: Secrets, leak: readonly number[]): Fix[] {
  const touched = new Set(leak);
  const near: Fix[] = [];
  const far: Fix[] = [];
  const nearClusters = new Set<number>();
  layout.tables.forEach((rows, t) =>
    rows.forEach((row, r) => {
      if (secrets.tables[t]![r]) return;
      const fix: Fix = { kind: "row", table: t, row: r, companies: row.companies };
      if (!row.clusters.some((c) => touched.has(c))) return void far.push(fix);
      near.push(fix);
      for (const c of row.clusters) nearClusters.add(c);
    }),
  );
  layout.clusters.forEach((companies, index) => {
    if (secrets.clusters[index] || companies === 0) return;
    (nearClusters.has(index) ? near : far).push({ kind: "cluster", index, companies });
  });
  const bySize = (a: Fix, b: Fix) => a.companies - b.companies || Number(a.kind === "row") - Number(b.kind === "row");
  return [...near.sort(bySize), ...far.sort(bySize)];
}

/** A selection as published: its report, and why each withheld cluster of it is withheld (by id). */
export type PublishedSelection = { report: Report; clusterSecrets: Record<string, Secret> };

const TABLES = ["byAract", "byTheme", "byYear", "byProgramme"] as const;
const COUNTS_IN: Record<(typeof TABLES)[number], (cluster: CountedClusterRow, key: string) => boolean> = {
  byAract: (cluster, key) => cluster.aractId === key,
  byTheme: (cluster, key) => cluster.themes.includes(key),
  byYear: (cluster, key) => cluster.startYear === key,
  byProgramme: (cluster, key) => cluster.programmeKey === key,
};

/** The rule applied to a whole selection at once: its total, its tables and its clusters. */
export function publishSelection(counted: CountedReport): PublishedSelection {
  const { total, clusters } = counted;
  const secrets = decideSecrets({
    companies: total.companies,
    clusters: clusters.map((cluster) => cluster.counts.companies),
    tables: TABLES.map((table) =>
      counted[table].map((row) => ({
        companies: row.counts.companies,
        clusters: clusters.flatMap((cluster, index) => (COUNTS_IN[table](cluster, row.key) ? [index] : [])),
      })),
    ),
  });
  const [byAract, byTheme, byYear, byProgramme] = TABLES.map((table, t) => discloseRows(total, counted[table], secrets.tables[t]));
  return {
    report: { total: discloseTotal(total), byAract: byAract!, byTheme: byTheme!, byYear: byYear!, byProgramme: byProgramme! },
    clusterSecrets: Object.fromEntries(clusters.flatMap((cluster, index) => {
      const secret = secrets.clusters[index];
      return secret ? [[cluster.id, secret]] : [];
    })),
  };
}

/** The clusters of a selection as published, with the decision taken for the whole selection. */
export function publishClusters(rows: readonly CountedClusterRow[], clusterSecrets: Record<string, Secret>): ClusterReportRow[] {
  return rows.map(({ id, name, aractName, startDate, endDate, status, counts }) => {
    const secret = clusterSecrets[id];
    return { id, name, aractName, startDate, endDate, status, ...(secret ? withheld(secret) : shown(counts)) };
  });
}
