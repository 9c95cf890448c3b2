"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import type { ClusterRow } from "@/lib/clusters/list-queries";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatNumber, formatPeriod } from "@/lib/format/fr";
import { DataTable, features } from "@/components/ui/data-table";
import { ClusterStatusBadge } from "./cluster-status-badge";

const helper = createColumnHelper<typeof features, ClusterRow>();

function columnsFor(showAract: boolean) {
  return helper.columns([
    helper.accessor("name", {
      header: "Cluster",
      meta: { sortKey: "name" },
      cell: (info) => <Link href={`/clusters/${info.row.original.id}`}>{info.getValue()}</Link>,
    }),
    ...(showAract ? [helper.accessor("aractName", { header: "Aract" })] : []),
    helper.accessor("themes", {
      header: "Thèmes",
      cell: (info) => info.getValue().map((theme) => THEME_LABELS[theme]).join(", "),
    }),
    helper.accessor("programmeName", { header: "Programme", cell: (info) => info.getValue() ?? "—" }),
    helper.accessor("startDate", {
      header: "Période",
      meta: { sortKey: "startDate" },
      cell: (info) => formatPeriod(info.getValue(), info.row.original.endDate),
    }),
    helper.accessor("status", {
      header: "Étape",
      meta: { sortKey: "status" },
      cell: (info) => <ClusterStatusBadge status={info.getValue()} />,
    }),
    helper.accessor("companies", {
      header: "Entreprises",
      meta: { sortKey: "companies", align: "right" },
      cell: (info) => formatNumber(info.getValue()),
    }),
  ]);
}

const WITH_ARACT = columnsFor(true);
const WITHOUT_ARACT = columnsFor(false);

export function ClustersTable({ rows, showAract, sort }: {
  rows: ClusterRow[];
  showAract: boolean;
  sort: { by: string; dir: "asc" | "desc" };
}) {
  return (
    <DataTable
      caption="Clusters"
      columns={showAract ? WITH_ARACT : WITHOUT_ARACT}
      data={rows}
      sort={sort}
      empty="Aucun cluster ne correspond à ces critères."
    />
  );
}
