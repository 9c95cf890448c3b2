import { basisOf, derivable } from "@/lib/reports/span";
import { isSmall, type Layout, type Secrets } from "@/lib/reports/suppression";

// The check of a confidentiality decision, written apart from the rule: with the withheld clusters as
// unknowns and every published sum (the total, each shown row) known, does any small cluster or small
// row follow?

/** Whether any small cluster or small row follows from what the decision publishes. */
export function leaks(layout: Layout, secrets: Secrets): boolean {
  const column = new Map<number, number>();
  secrets.clusters.forEach((secret, index) => secret && column.set(index, column.size));
  const unknowns = (clusters: readonly number[]) => clusters.flatMap((c) => (column.has(c) ? [column.get(c)!] : []));
  const published = [unknowns(layout.clusters.map((_, i) => i))];
  layout.tables.forEach((rows, t) => rows.forEach((row, r) => secrets.tables[t]![r] === null && published.push(unknowns(row.clusters))));
  const basis = basisOf(published.filter((sum) => sum.length > 0), column.size);
  const targets = [
    ...layout.clusters.flatMap((companies, i) => (isSmall({ companies }) ? [[i]] : [])),
    ...layout.tables.flatMap((rows) => rows.filter((row) => isSmall(row)).map((row) => row.clusters)),
  ];
  return targets.some((target) => derivable(basis, unknowns(target)));
}

