"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { MOVE_LABELS, nextStatus } from "@/lib/clusters/rules";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/** The button that moves the cluster to its next status, with the server's refusal shown next to it. */
export function ClusterStatusControl({ clusterId, status }: { clusterId: string; status: ClusterStatus }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const next = nextStatus(status);
  if (!next) return null;
  const move = () =>
    startTransition(async () => {
      setError(null);
      const result = await changeClusterStatusAction({ id: clusterId, to: next });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <div className="space-y-3">
      <Button variant="secondary" onClick={move} disabled={pending}>
        {pending ? "Enregistrement…" : MOVE_LABELS[next]}
      </Button>
      <FormAlert message={error} />
    </div>
  );
}
