import type { ClusterStatus } from "@/generated/prisma/enums";
import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { Badge } from "@/components/ui/badge";

const TONES = { DRAFT: "neutral", RECRUITING: "info", RUNNING: "success", CLOSED: "neutral", EVALUATED: "neutral" } as const;

export function ClusterStatusBadge({ status }: { status: ClusterStatus }) {
  return <Badge tone={TONES[status]}>{CLUSTER_STATUS_LABELS[status]}</Badge>;
}
