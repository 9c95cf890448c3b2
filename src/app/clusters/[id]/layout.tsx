import type { ReactNode } from "react";
import Link from "next/link";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { CLUSTER_TABS } from "@/lib/clusters/tabs";
import { can } from "@/lib/auth/policy";
import { formatPeriod } from "@/lib/format/fr";
import { ClusterTabs } from "@/components/clusters/cluster-tabs";
import { ClusterStatusBadge } from "@/components/clusters/cluster-status-badge";
import { ClusterStatusControl } from "@/components/clusters/cluster-status-control";
import { ButtonLink } from "@/components/ui/button";
import { countEnrolled } from "@/lib/participations/queries";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

export default async function ClusterLayout({ children, params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:read");
  const tabs = CLUSTER_TABS.filter((tab) => can(scope.role, tab.permission));
  // What the closing may finish, asked only when the closing is the next move.
  const enrolled = canEdit && cluster.status === "RUNNING" ? await countEnrolled(scope, cluster.id) : 0;
  return (
    <>
      {can(scope.role, "cluster:follow") && (
        <nav aria-label="Fil d'Ariane" className="mb-4 text-sm">
          <Link href="/clusters">Clusters</Link> <span aria-hidden="true">›</span>{" "}
          <span aria-current="page">{cluster.name}</span>
        </nav>
      )}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="mb-2 flex items-center gap-3 text-sm text-muted">
            <ClusterStatusBadge status={cluster.status} />
            <span>
              {cluster.aractName} · {formatPeriod(cluster.startDate, cluster.endDate)}
            </span>
          </p>
          <h1 className="text-3xl font-bold">{cluster.name}</h1>
        </div>
        {canEdit && (
          <div className="flex flex-wrap items-start gap-3">
            <ButtonLink href={`/clusters/${cluster.id}/modifier`} variant="tertiary">
              Modifier
            </ButtonLink>
            <ClusterStatusControl clusterId={cluster.id} status={cluster.status} enrolled={enrolled} />
          </div>
        )}
      </div>
      <ClusterTabs clusterId={cluster.id} tabs={tabs.map(({ segment, label }) => ({ segment, label }))} />
      {children}
    </>
  );
}
