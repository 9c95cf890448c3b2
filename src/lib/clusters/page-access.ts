import "server-only";
import { notFound } from "next/navigation";
import { requireScope, type Scope } from "@/lib/auth/scope";
import type { Permission } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getClusterHeader, type ClusterHeader } from "./queries";
import { isOpen } from "./rules";

export type ClusterPage = {
  scope: Scope;
  cluster: ClusterHeader;
  /** Whether the caller may change this cluster's records now (role, and the cluster not yet evaluated). */
  canEdit: boolean;
};

/**
 * The start of every page under /clusters/[id]: the permission, then the cluster within the scope;
 * 404 otherwise (a cluster of another Aract looks exactly like one that does not exist).
 */
export async function requireClusterPage(
  params: Promise<{ id: string }>,
  permission: Permission,
): Promise<ClusterPage> {
  const scope = await requireScope(permission);
  const { id } = await params;
  const cluster = await getClusterHeader(scope, id);
  if (!cluster) notFound();
  return { scope, cluster, canEdit: can(scope.role, "cluster:write") && isOpen(cluster.status) };
}
