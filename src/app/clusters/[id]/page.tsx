import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getCluster } from "@/lib/clusters/queries";
import { ClusterOverview } from "@/components/clusters/cluster-overview";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Synthèse du cluster" };

export default async function ClusterPage({ params }: Props) {
  const { scope, cluster: header } = await requireClusterPage(params, "cluster:read");
  const cluster = await getCluster(scope, header.id);
  if (!cluster) notFound();
  return <ClusterOverview cluster={cluster} history={header.history} />;
}
