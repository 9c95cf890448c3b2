"use client";

import { useState } from "react";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { CLUSTER_STATUS_LABELS } from "@/lib/clusters/labels";
import { MOVE_LABELS, nextStatus } from "@/lib/clusters/rules";
import { formatNumber } from "@/lib/format/fr";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/**
 * Moves the cluster to its next status. A move cannot be undone, so it asks for confirmation first;
 * the server's refusal (no company enrolled, no evaluation yet…) is shown next to the button. At the
 * closing, the confirmation offers to finish the journey of every company still enrolled.
 */
export function ClusterStatusControl({
  clusterId,
  status,
  enrolled,
}: {
  clusterId: string;
  status: ClusterStatus;
  /** The companies still enrolled, when the next move is the closing. */
  enrolled: number;
}) {
  const [completeEnrolled, setCompleteEnrolled] = useState(true);
  const next = nextStatus(status);
  if (!next) return null;
  const offersCompletion = next === "CLOSED" && enrolled > 0;
  return (
    <ConfirmedActionButton
      label={MOVE_LABELS[next]}
      confirmation={`Le cluster passera à l'étape « ${CLUSTER_STATUS_LABELS[next]} ». On ne revient pas à l'étape précédente.${
        next === "CLOSED"
          ? " Le suivi des entreprises est programmé : six mois après la clôture (ou au délai de son programme), chaque binôme reçoit le questionnaire de suivi."
          : ""
      }`}
      confirmLabel={`Confirmer : ${MOVE_LABELS[next].toLowerCase()}`}
      choices={
        offersCompletion && (
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={completeEnrolled}
              onChange={(event) => setCompleteEnrolled(event.target.checked)}
              className="mt-1 h-4 w-4 accent-france-900"
            />
            <span>
              Terminer aussi le parcours {enrolled === 1 ? "de l'entreprise inscrite" : `des ${formatNumber(enrolled)} entreprises inscrites`}{" "}
              (« Parcours terminé »). Décochez si certaines poursuivent : leur parcours se termine alors depuis leur fiche.
            </span>
          </label>
        )
      }
      run={() =>
        changeClusterStatusAction({ id: clusterId, to: next, completeEnrolled: offersCompletion && completeEnrolled })
      }
    />
  );
}
