"use client";

import { inviteClusterPairsAction } from "@/lib/participations/actions";
import { plural } from "@/lib/format/fr";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";

/** Invites at once the cluster's pair members never invited (after an import, typically). */
export function InvitePairsButton({ clusterId, count }: { clusterId: string; count: number }) {
  return (
    <ConfirmedActionButton
      label={`Inviter ${plural(count, "membre de binôme", "membres de binôme")} pas encore invité${count > 1 ? "s" : ""}`}
      confirmation={`Chacun·e reçoit par e-mail un lien de connexion valable 7 jours. Les personnes sans adresse ne sont pas invitées.`}
      confirmLabel={`Envoyer ${plural(count, "invitation")}`}
      run={() => inviteClusterPairsAction({ clusterId })}
    />
  );
}
