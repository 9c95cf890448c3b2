"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeClusterTemplateAction, switchClusterTemplateVersionAction } from "@/lib/templates/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Removes a template from the cluster (after a confirmation) or moves the cluster to its latest version.
 * The server refuses both once a response exists; its message is shown next to the buttons.
 */
export function ClusterTemplateActions({
  clusterId,
  templateId,
  title,
  offer,
}: {
  clusterId: string;
  templateId: string;
  title: string;
  /** The newer version the cluster may move to, or null. */
  offer: number | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const run = (action: typeof removeClusterTemplateAction) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ clusterId, templateId });
      setConfirming(false);
      if (!result.ok) setError(result.error);
      else router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {offer !== null && (
          <Button variant="secondary" disabled={pending} onClick={() => run(switchClusterTemplateVersionAction)}>
            Passer à la version {offer}
            <span className="sr-only"> pour {title}</span>
          </Button>
        )}
        {!confirming && (
          <Button variant="tertiary" disabled={pending} onClick={() => setConfirming(true)}>
            Retirer<span className="sr-only"> {title}</span>
          </Button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label={`Confirmer le retrait de ${title}`} className="space-y-2 border-l-4 border-france-900 bg-white p-3 text-sm">
          <p>Les entreprises du cluster ne rempliront plus ce diagnostic.</p>
          <div className="flex gap-2">
            <Button onClick={() => run(removeClusterTemplateAction)} disabled={pending}>
              {pending ? "Enregistrement…" : "Confirmer le retrait"}
            </Button>
            <Button variant="tertiary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      )}
      <FormAlert message={error} />
    </div>
  );
}
