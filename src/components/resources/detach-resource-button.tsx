"use client";

import { detachResourceAction } from "@/lib/resources/actions";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

export function DetachResourceButton({ clusterId, sessionId, resource }: { clusterId: string; sessionId?: string; resource: { id: string; title: string } }) {
  return (
    <ConfirmedActionButton
      label={
        <>
          {sessionId ? "Retirer de la séance" : "Retirer du cluster"}
          <span className="sr-only">{` : « ${resource.title} »`}</span>
        </>
      }
      confirmation="Les membres des entreprises ne la verront plus ici ; elle reste dans la bibliothèque."
      confirmLabel="Confirmer : retirer"
      run={() => detachResourceAction({ clusterId, sessionId, resourceId: resource.id })}
    />
  );
}
