import type { ReportCounts } from "./figures";
import { solve, type Constraint } from "yalps";
import { LinearSpan } from "./span";
import { givesAway, isSmall, type Secret } from "./small";

// The breakdowns of a selection and its list of clusters are linked tables: every cluster counts in a
// row of each breakdown (in a row per theme for the theme table), and the shown clusters' figures are
// listed. A shown breakdown row therefore gives away the sum of its withheld clusters, and several rows
// of several tables together can give away one withheld cluster, or a withheld row. Here the withheld
// clusters are the unknowns: every shown row and the selection's total are sums of them, and a sum is
// given away when its vector is in their linear span, or when the bounds (each withheld cluster holds a
// company at least) leave it one value. Rows are withheld until nothing is.

export const TABLES = ["byAract", "byTheme", "byYear", "byProgramme"] as const;
export type Table = (typeof TABLES)[number];
/** The tables whose rows part the clusters (one row each); a cluster counts under each of its themes. */
const PARTITIONS: readonly Table[] = ["byAract", "byYear", "byProgramme"];

/** A cluster of the selection, with the key of the rows it counts in, in each breakdown. */
export type Linked = { counts: ReportCounts; keys: Record<Table, readonly string[]> };
type Row = { key: string; counts: ReportCounts };

/** The rows a cluster counts in, as one key: two clusters counted in the same rows of every breakdown share it. */
export function rowsKey(cluster: Linked): string {
  return JSON.stringify(TABLES.map((table) => [...cluster.keys[table]].sort()));
}

/** In how many breakdowns two clusters count in the same rows. */
export function sharedRows(a: Linked, b: Linked): number {
  return TABLES.filter((table) => a.keys[table].length === b.keys[table].length && a.keys[table].every((key) => b.keys[table].includes(key)))
    .length;
}

type Entry = {
  table: Table;
  /** Which withheld clusters the row counts (1) or not (0). */
  part: number[];
  /** The companies of each withheld cluster it counts. */
  hidden: number[];
  hiddenCompanies: number;
  companies: number;
  secret: Secret | null;
};

/**
 * The secrets of the breakdowns' rows, given the selection's total, its clusters and their secrets: the
 * small rows, and the rows withheld so that no withheld cluster and no withheld row can be recomputed
 * (from the sums, or from the sums and the bounds), and no group of withheld clusters that the shown
 * rows give away covers fewer than 5 companies or one company each.
 */
export function linkedSecrets(
  total: ReportCounts,
  tables: Record<Table, readonly Row[]>,
  clusters: readonly Linked[],
  clusterSecrets: readonly (Secret | null)[],
): Record<Table, (Secret | null)[]> {
  const hidden = clusters.filter((_, index) => clusterSecrets[index]);
  const entries = TABLES.flatMap((table) =>
    tables[table].map((row): Entry => {
      const part = hidden.map((cluster) => (cluster.keys[table].includes(row.key) ? 1 : 0));
      const counted = hidden.filter((_, index) => part[index]).map((cluster) => cluster.counts.companies);
      return {
        table,
        part,
        hidden: counted,
        hiddenCompanies: counted.reduce((a, b) => a + b, 0),
        companies: row.counts.companies,
        secret: isSmall(row.counts) ? "small" : null,
      };
    }),
  );
  if (!isSmall(total) && hidden.length > 0) {
    const companies = hidden.map((cluster) => cluster.counts.companies);
    for (let next = nextToWithhold(entries, companies); next; next = nextToWithhold(entries, companies)) {
      next.secret = "secondary";
    }
  }
  return Object.fromEntries(TABLES.map((table) => [table, entries.filter((e) => e.table === table).map((e) => e.secret)])) as Record<
    Table,
    (Secret | null)[]
  >;
}

/** The shown row to withhold next, or null when nothing withheld can be recomputed any more. */
function nextToWithhold(entries: Entry[], companies: readonly number[]): Entry | null {
  const unknowns = companies.length;
  const shown = entries.filter((entry) => !entry.secret && entry.hiddenCompanies > 0).sort((a, b) => a.companies - b.companies);
  if (shown.length === 0) return null;
  // The total minus the shown clusters is the sum of all the withheld ones; each shown row, a sum of some.
  const spanOf = (rows: Entry[]) => {
    const span = new LinearSpan(unknowns);
    span.add(Array.from({ length: unknowns }, () => 1));
    for (const entry of rows) span.add(entry.part);
    return span;
  };
  const span = spanOf(shown);
  // The shown row, fewest companies first, without which the sum is no longer given away.
  const breaking = (sum: number[]) => shown.find((entry) => !spanOf(shown.filter((other) => other !== entry)).contains(sum)) ?? shown[0]!;

  // A shown row gives away the withheld clusters it counts when they cover fewer than 5 companies.
  const tooFew = shown.find((entry) => givesAway(entry.hidden));
  if (tooFew) return tooFew;
  // So do the total minus a shown row, and a shown row minus another that counts some of its clusters.
  for (const group of groupsOf(shown, companies)) if (givesAway(group.hidden)) return breaking(group.part);
  for (let k = 0; k < unknowns; k++) {
    const one = Array.from({ length: unknowns }, (_, i) => (i === k ? 1 : 0));
    if (span.contains(one)) return breaking(one);
  }
  for (const entry of entries) {
    if (!entry.secret || !(entry.secret === "small" || givesAway(entry.hidden))) continue;
    if (span.contains(entry.part)) return breaking(entry.part);
  }
  // Every withheld cluster holds one company at least: the shown sums must leave each of them room, else
  // these bounds pin some down (the published figures must admit a solution with two companies each).
  const cramped = crampedClusters(shown, companies);
  if (cramped.length) return shown.find((entry) => cramped.some((k) => entry.part[k])) ?? shown[0]!;
  // In a table that parts the clusters, the withheld rows together are the total minus the shown ones.
  for (const table of PARTITIONS) {
    const withheld = entries.filter((entry) => entry.table === table && entry.secret);
    if (givesAway(withheld.map((entry) => entry.hiddenCompanies))) {
      return shown.find((entry) => entry.table === table) ?? shown[0]!;
    }
  }
  return null;
}

/** The groups of withheld clusters that shown rows give away beside their own: complements and differences. */
function* groupsOf(shown: readonly Entry[], companies: readonly number[]) {
  const group = (part: number[]) => ({ part, hidden: companies.filter((_, k) => part[k]) });
  for (const entry of shown) yield group(entry.part.map((one) => 1 - one));
  for (const outer of shown) {
    for (const inner of shown) {
      if (inner !== outer && inner.part.every((one, k) => one <= outer.part[k]!)) yield group(outer.part.map((one, k) => one - inner.part[k]!));
    }
  }
}

/**
 * The withheld clusters that the sums these shown rows and the total tell leave without room: none when
 * they admit a solution where each withheld cluster holds two companies at least. Without one, knowing
 * that each holds one company at least narrows some of them down, which the linear span alone does not
 * see. The true counts are such a solution when none is 1; else a linear program maximizes the margin t
 * above one company (up to 1), and the clusters below two companies at its optimum are the cramped ones.
 */
function crampedClusters(shown: readonly Entry[], companies: readonly number[]): number[] {
  if (companies.every((n) => n >= 2)) return [];
  const constraints = new Map<string, Constraint>([["total", { equal: companies.reduce((a, b) => a + b, 0) }], ["margin", { max: 1 }]]);
  shown.forEach((entry, row) => constraints.set(`row${row}`, { equal: entry.hiddenCompanies }));
  companies.forEach((_, k) => constraints.set(`floor${k}`, { min: 1 }));
  const variables = new Map<string, Map<string, number>>();
  companies.forEach((_, k) => {
    const coefficients = new Map<string, number>([["total", 1], [`floor${k}`, 1]]);
    shown.forEach((entry, row) => entry.part[k] && coefficients.set(`row${row}`, 1));
    variables.set(`x${k}`, coefficients);
  });
  variables.set("t", new Map([["t", 1], ["margin", 1], ...companies.map((_, k): [string, number] => [`floor${k}`, -1])]));
  const solution = solve({ direction: "maximize", objective: "t", constraints, variables });
  if (solution.status === "optimal" && solution.result >= 1 - 1e-9) return [];
  const value = new Map(solution.variables);
  return companies.map((_, k) => k).filter((k) => (value.get(`x${k}`) ?? 0) < 2 - 1e-9);
}
