import { TABLES, type Linked, type Table } from "@/lib/reports/linked-tables";

// An attacker's check of a published selection, independent of the rule's own algebra: the withheld
// clusters' companies are the unknowns (each at least 1); every shown breakdown row and the total tell
// the sum of the withheld clusters they count. Every solution is enumerated (the total fixes their sum),
// and a withheld cluster is given away when its value is the same in every solution; so is a withheld
// row whose withheld clusters cover fewer than 5 companies (a small row's are all withheld; a row of 5
// companies or more is no secret in itself). Withheld figures all bear one mark, so nothing else bounds them. A shown row gives away the withheld clusters it counts when they cover
// 1 to 4 companies.

type Published = { secret: boolean };

export function givenAway(
  clusters: readonly (Linked & Published)[],
  tables: Record<Table, readonly ({ key: string } & Published)[]> & { total: Published },
): string[] {
  const hidden = clusters.filter((cluster) => cluster.secret);
  if (hidden.length === 0) return [];
  const sumOver = (x: readonly number[], member: (cluster: Linked) => boolean) =>
    hidden.reduce((sum, cluster, i) => sum + (member(cluster) ? x[i]! : 0), 0);
  const truth = hidden.map((cluster) => cluster.counts.companies);
  const rows = TABLES.flatMap((table) =>
    tables[table].map((row) => ({
      name: `${table}:${row.key}`,
      secret: row.secret,
      member: (c: Linked) => c.keys[table].includes(row.key),
    })),
  );
  const known = rows.filter((row) => !row.secret).map((row) => ({ ...row, value: sumOver(truth, row.member) }));
  const asked = [
    ...hidden.map((_, i) => ({ name: `cluster ${i}`, value: (x: readonly number[]) => x[i]! })),
    ...rows
      .filter((row) => row.secret && sumOver(truth, row.member) < 5)
      .map((row) => ({ name: row.name, value: (x: readonly number[]) => sumOver(x, row.member) })),
  ];
  const groups = known.filter((row) => row.value > 0 && row.value < 5).map((row) => `${row.name} (group)`);
  const seen = asked.map(() => new Set<number>());
  const total = truth.reduce((a, b) => a + b, 0);
  // A withheld total leaves the sum of the withheld clusters open: any sum at least as large as the
  // shown rows allow is a solution's (tried here up to twice the true one).
  const sums = tables.total.secret ? Array.from({ length: 2 * total + 1 }, (_, i) => i).filter((sum) => sum >= hidden.length) : [total];
  const x: number[] = [];
  const assign = (i: number, left: number): void => {
    if (i === hidden.length - 1) {
      x[i] = left;
      if (known.every((row) => sumOver(x, row.member) === row.value)) asked.forEach((a, k) => seen[k]!.add(a.value(x)));
      return;
    }
    for (let value = 1; value <= left - (hidden.length - 1 - i); value++) {
      x[i] = value;
      assign(i + 1, left - value);
    }
  };
  for (const sum of sums) assign(0, sum);
  return [...groups, ...asked.filter((_, k) => seen[k]!.size === 1).map((a) => a.name)];
}
