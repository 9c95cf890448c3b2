"use client";

import type { ClusterStatus } from "@/generated/prisma/enums";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { MOVE_LABELS, nextStatus } from "@/lib/clusters/rules";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/**
 * Moves the cluster to its next status. A move cannot be undone, so it asks for confirmation first;
 * the server's refusal (no company enrolled, no evaluation yet…) is shown next to the button.
 */
export function ClusterStatusControl({ clusterId, status }: { clusterId: string; status: ClusterStatus }) {
  const next = nextStatus(status);
  if (!next) return null;
  return (
    <ConfirmedActionButton
      label={MOVE_LABELS[next]}
      confirmation={`Le cluster passera à l'étape « ${CLUSTER_STATUS_LABELS[next]} ». On ne revient pas à l'étape précédente.`}
      confirmLabel={`Confirmer : ${MOVE_LABELS[next].toLowerCase()}`}
      run={() => changeClusterStatusAction({ id: clusterId, to: next })}
    />
  );
}
