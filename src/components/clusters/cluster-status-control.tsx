"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { MOVE_LABELS, nextStatus } from "@/lib/clusters/rules";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Moves the cluster to its next status. A move cannot be undone, so it asks for confirmation first;
 * the server's refusal (no company enrolled, no evaluation yet…) is shown next to the button.
 */
export function ClusterStatusControl({ clusterId, status }: { clusterId: string; status: ClusterStatus }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const next = nextStatus(status);
  if (!next) return null;
  const move = () =>
    startTransition(async () => {
      setError(null);
      const result = await changeClusterStatusAction({ id: clusterId, to: next });
      setConfirming(false);
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <div className="max-w-md space-y-3">
      {confirming ? (
        <div role="group" aria-label="Confirmation" className="space-y-3 border-l-4 border-france-900 bg-white p-3 text-sm">
          <p>
            Le cluster passera à l'étape « {CLUSTER_STATUS_LABELS[next]} ». On ne revient pas à l'étape précédente.
          </p>
          <div className="flex gap-3">
            <Button onClick={move} disabled={pending}>
              {pending ? "Enregistrement…" : `Confirmer : ${MOVE_LABELS[next].toLowerCase()}`}
            </Button>
            <Button variant="tertiary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {MOVE_LABELS[next]}
        </Button>
      )}
      <FormAlert message={error} />
    </div>
  );
}
