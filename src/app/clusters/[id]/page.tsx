import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { getCluster } from "@/lib/clusters/queries";
import { ClusterOverview } from "@/components/clusters/cluster-overview";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Cluster" };

export default async function ClusterPage({ params }: Props) {
  const scope = await requireScope("cluster:read");
  const { id } = await params;
  const cluster = await getCluster(scope, id);
  if (!cluster) notFound();
  return <ClusterOverview cluster={cluster} />;
}
