"use client";

import { setMemberDiagnosticsAction } from "@/lib/members/actions";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/** Opens the cluster's diagnostics to the members beyond the pairs, or closes them again. */
export function MemberDiagnosticsControl({ clusterId, open }: { clusterId: string; open: boolean }) {
  return open ? (
    <ConfirmedActionButton
      label="Fermer les diagnostics aux autres membres"
      confirmation="Les autres membres ne pourront plus répondre ; leurs réponses déjà envoyées sont conservées mais ne s'affichent plus dans les comparaisons."
      confirmLabel="Confirmer la fermeture"
      run={() => setMemberDiagnosticsAction({ clusterId, open: false })}
    />
  ) : (
    <ConfirmedActionButton
      label="Ouvrir les diagnostics aux autres membres"
      confirmation="Les membres des entreprises au-delà du binôme (référent·es, comité de pilotage…) pourront répondre aux diagnostics ; leurs réponses s'ajouteront, comme d'autres regards, à la comparaison du binôme."
      confirmLabel="Confirmer l'ouverture"
      run={() => setMemberDiagnosticsAction({ clusterId, open: true })}
    />
  );
}
