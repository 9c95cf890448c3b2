import type { ParticipationStatus } from "@/generated/prisma/enums";
import { PARTICIPATION_STATUS_LABELS } from "@/lib/clusters/labels";
import { Badge } from "@/components/ui/badge";

const TONES = { CANDIDATE: "neutral", ENROLLED: "info", COMPLETED: "success", WITHDRAWN: "warning" } as const;

export function ParticipationStatusBadge({ status }: { status: ParticipationStatus }) {
  return <Badge tone={TONES[status]}>{PARTICIPATION_STATUS_LABELS[status]}</Badge>;
}
