import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere } from "@/lib/auth/where";
import { recordAudit } from "@/lib/audit/record";

/** An export carries pair members' personal data: who took it, and when, goes to the audit trail. */
export async function recordClusterExport(scope: Scope, clusterId: string, what: string): Promise<void> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: { aractId: true },
  });
  if (!cluster) return;
  await recordAudit(scopedDb(scope), {
    actorId: scope.userId,
    aractId: cluster.aractId,
    action: "cluster.exported",
    entityType: "Cluster",
    entityId: clusterId,
    changes: { export: what },
  });
}
