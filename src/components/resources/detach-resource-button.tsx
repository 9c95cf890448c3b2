"use client";

import { detachResourceAction } from "@/lib/resources/actions";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

export function DetachResourceButton({ clusterId, sessionId, resource }: { clusterId: string; sessionId?: string; resource: { id: string; title: string } }) {
  return (
    <ConfirmedActionButton
      label={`Retirer « ${resource.title} »`}
      confirmation="Les membres des entreprises ne la verront plus ici ; elle reste dans la bibliothèque."
      confirmLabel="Confirmer : retirer"
      run={() => detachResourceAction({ clusterId, sessionId, resourceId: resource.id })}
    />
  );
}
