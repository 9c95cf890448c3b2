"use client";

import { inviteClusterPairsAction } from "@/lib/participations/actions";
import { plural } from "@/lib/format/fr";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/** Invites at once the cluster's people never invited, pairs and further members (after an import, typically). */
export function InvitePairsButton({ clusterId, count }: { clusterId: string; count: number }) {
  return (
    <ConfirmedActionButton
      label={`Inviter ${plural(count, "personne", "personnes")} pas encore invitée${count > 1 ? "s" : ""}`}
      confirmation={`Chacun·e reçoit par e-mail un lien de connexion valable 7 jours. Les personnes sans adresse ne sont pas invitées.`}
      confirmLabel={`Envoyer ${plural(count, "invitation")}`}
      run={() => inviteClusterPairsAction({ clusterId })}
    />
  );
}
