import "server-only";
import type { Scope } from "@/lib/auth/scope";
import type { Figure } from "./figures";
import type { ReportFilters } from "./filters";
import { cachedSelection } from "./cache";
import { countClusterRows, type ClusterReportRow } from "./queries";
import { publishClusters } from "./suppression";

// The clusters of a selection as published: their counts, withheld as the decision taken for the
// whole selection says (./suppression.ts), so that the lists agree with the report's tables.

/** Every cluster of the selection with its published counts: the underlying rows of the exports. */
export async function listClusterRows(scope: Scope, filters: ReportFilters, today: string): Promise<ClusterReportRow[]> {
  const [rows, { clusterSecrets }] = await Promise.all([
    countClusterRows(scope, filters, today),
    cachedSelection(scope, filters, today),
  ]);
  return publishClusters(rows, clusterSecrets);
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
