import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getCluster } from "@/lib/clusters/queries";
import { getOutcomeSummary } from "@/lib/outcomes/queries";
import { getClusterPlanProgress } from "@/lib/action-plans/queries";
import { can } from "@/lib/auth/policy";
import { listClusterIndicatorChanges } from "@/lib/indicators/queries";
import { ClusterOverview } from "@/components/clusters/cluster-overview";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Synthèse du cluster" };

export default async function ClusterPage({ params }: Props) {
  const { scope, cluster: header } = await requireClusterPage(params, "cluster:read");
  // The outcome summary speaks of every company: only for those who follow the whole cluster.
  const follows = can(scope.role, "cluster:follow");
  const [cluster, outcomes, plans, indicatorChanges] = await Promise.all([
    getCluster(scope, header.id),
    follows ? getOutcomeSummary(scope, header.id) : null,
    getClusterPlanProgress(scope, header.id),
    follows ? listClusterIndicatorChanges(scope, header.id) : null,
  ]);
  if (!cluster) notFound();
  return (
    <ClusterOverview cluster={cluster} history={header.history} outcomes={outcomes} plans={plans} indicatorChanges={indicatorChanges} />
  );
}
