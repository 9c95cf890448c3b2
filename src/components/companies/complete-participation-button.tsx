"use client";

import { completeParticipationAction } from "@/lib/participations/actions";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/** Marks the company's journey finished, after a confirmation. */
export function CompleteParticipationButton({ participationId }: { participationId: string }) {
  return (
    <ConfirmedActionButton
      label="Terminer le parcours"
      confirmation="L'entreprise passera à « Parcours terminé ». Vous pourrez rouvrir son parcours en donnant un motif."
      confirmLabel="Confirmer : terminer le parcours"
      run={() => completeParticipationAction({ participationId })}
    />
  );
}
