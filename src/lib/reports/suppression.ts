import type { ReportCounts } from "./figures";
import type { CountedReport, Report } from "./queries";
import { linkedSecrets, rowsKey, sharedRows, TABLES, type Linked } from "./linked-tables";
import { givesAway, isSmall, MIN_COMPANIES, type Secret } from "./small";

export { isSmall, MIN_COMPANIES };

// Statistical confidentiality, the one rule for every figure the reports show, list or export (cards,
// selection line, breakdowns, charts, the clusters behind a figure, CSV, XLSX). A row of figures that
// covers fewer than MIN_COMPANIES companies is not published (primary secret). Since the rows of a
// table add up to its total, one hidden row could be recomputed as the total minus the visible rows:
// while the hidden rows of a table cover fewer than MIN_COMPANIES companies together, another row is
// hidden too (secondary secret). The tables of a selection are linked (its clusters are listed with
// their figures, and each counts in a row of every breakdown), so the breakdowns are checked together
// with the clusters (./linked-tables.ts). The counts of a hidden row never leave the server, nor the
// reason it is hidden: a published row carries either its counts or the one mark of the secret.

/** The one mark of a withheld figure, whatever the reason: telling which would narrow its value. */
export const SECRET_LABEL = "secret statistique";

export const SECRET_RULE = `Les chiffres portant sur moins de ${MIN_COMPANIES} entreprises ne sont pas diffusés, ni ceux qui permettraient de les retrouver par différence avec un total, avec les autres tableaux ou avec la liste des clusters : les uns et les autres sont remplacés par « ${SECRET_LABEL} », sans dire lequel des deux cas s'applique.`;

/** A row's counts as published: the counts, or the mark that they are withheld. */
export type Disclosed = { counts: ReportCounts; secret: false } | { counts: null; secret: true };

type Companies = Pick<ReportCounts, "companies">;

const shown = (counts: ReportCounts): Disclosed => ({ counts, secret: false });
const withheld: Disclosed = { counts: null, secret: true };

/** A total (a selection's own figures): shown unless it is small. */
export function discloseTotal(counts: ReportCounts): Disclosed {
  return isSmall(counts) ? withheld : shown(counts);
}

/** The rows, each with its counts or the mark that they are withheld. */
function applySecrets<R extends { counts: ReportCounts }>(rows: readonly R[], secrets: readonly (Secret | null)[]) {
  return rows.map(({ counts, ...row }, index): Omit<R, "counts"> & Disclosed => {
    const secret = secrets[index];
    return { ...row, ...(secret ? withheld : shown(counts)) };
  });
}

/**
 * The secrets of one table whose total is `total`, from those already decided: while the sum of the
 * withheld rows gives them away (see givesAway), the shown row first in the order that `orderOf` gives
 * for the secrets so far (then with the fewest companies) is withheld too. When the total is itself
 * withheld, nothing can be taken from it.
 */
function tableSecrets(
  total: ReportCounts,
  rows: readonly { counts: ReportCounts }[],
  secrets: (Secret | null)[],
  orderOf: (secrets: readonly (Secret | null)[]) => (index: number) => number = () => () => 0,
): (Secret | null)[] {
  const withheld = () => rows.filter((_, index) => secrets[index]).map((row) => row.counts.companies);
  while (!isSmall(total) && givesAway(withheld())) {
    const next = firstShown(rows, secrets, orderOf(secrets));
    if (next === null) break;
    secrets[next] = "secondary";
  }
  return secrets;
}

const primarySecrets = (rows: readonly { counts: ReportCounts }[]) =>
  rows.map((row): Secret | null => (isSmall(row.counts) ? "small" : null));

/** The shown row (with some companies) first in `order`, then with the fewest companies, then first; null when there is none. */
function firstShown(rows: readonly { counts: Companies }[], secrets: readonly (Secret | null)[], order: (index: number) => number) {
  let best: number | null = null;
  rows.forEach((row, index) => {
    if (secrets[index] || row.counts.companies === 0) return;
    if (best === null || order(index) - order(best) < 0 || (order(index) === order(best) && row.counts.companies < rows[best]!.counts.companies)) best = index;
  });
  return best;
}

/** The rows of one table whose total is `total`, each shown or withheld, in their order. */
export function discloseRows<R extends { counts: ReportCounts }>(total: ReportCounts, rows: readonly R[]) {
  return applySecrets(rows, tableSecrets(total, rows, primarySecrets(rows)));
}

/**
 * The secrets of the clusters of a selection (a table whose total is the selection's). A small cluster
 * counts in a row of every breakdown; so that no breakdown row gives it away, it is withheld with a
 * cluster that counts in the very same rows when there is one (its twin, the one with the fewest
 * companies). The table's secondary secrets then go to the clusters sharing the most rows with a
 * withheld one.
 */
function clusterSecrets(total: ReportCounts, clusters: readonly Linked[]): (Secret | null)[] {
  const secrets = primarySecrets(clusters);
  if (isSmall(total)) return secrets;
  const alike = new Map<string, number[]>();
  clusters.forEach((cluster, index) => alike.set(rowsKey(cluster), [...(alike.get(rowsKey(cluster)) ?? []), index]));
  for (const group of alike.values()) {
    const small = group.filter((index) => secrets[index] === "small");
    if (small.length !== 1) continue;
    const twin = firstShown(group.map((index) => clusters[index]!), group.map((index) => secrets[index]!), () => 0);
    if (twin !== null) secrets[group[twin]!] = "secondary";
  }
  // Once per round, the withheld clusters: each candidate is compared with them only.
  const closeness = (current: readonly (Secret | null)[]) => {
    const withheld = clusters.filter((_, j) => current[j]);
    return (index: number) => -Math.max(0, ...withheld.map((other) => sharedRows(other, clusters[index]!)));
  };
  return tableSecrets(total, clusters, secrets, closeness);
}

/** The clusters of a selection whose total is `total`, each shown or withheld, in their order. */
export function discloseClusters<R extends Linked>(total: ReportCounts, clusters: readonly R[]) {
  return applySecrets(clusters, clusterSecrets(total, clusters));
}

/**
 * A report as it may be shown and exported: the rule applied to its total, to each of its tables and to
 * its clusters, so that no withheld figure can be recomputed from the tables and the list of clusters
 * together.
 */
export function publishReport(counted: CountedReport, clusters: readonly Linked[]): Report {
  const hidden = clusterSecrets(counted.total, clusters);
  const secrets = linkedSecrets(counted.total, counted, clusters, hidden);
  const tables = Object.fromEntries(TABLES.map((table) => [table, applySecrets(counted[table], secrets[table])]));
  // When even every cluster withheld leaves them given away (as many companies as clusters), the
  // selection's own figures would tell each one's.
  const exhausted = givesAway(clusters.filter((_, index) => hidden[index]).map((cluster) => cluster.counts.companies));
  const total = exhausted ? withheld : discloseTotal(counted.total);
  return { total, ...(tables as Pick<Report, (typeof TABLES)[number]>) };
}
