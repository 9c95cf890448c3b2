"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { PairSide } from "@/generated/prisma/enums";
import { invitePairMemberAction } from "@/lib/participations/actions";
import { removeMemberAction } from "@/lib/members/actions";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ReplaceMemberForm } from "./replace-member-form";

type Member = { id: string; side: PairSide | null; name: string; hasEmail: boolean; invited: boolean };

/**
 * Invite (or invite again) one member, each with the server's answer next to it; a pair member is replaced
 * (the pair keeps its two sides), a further member is removed.
 */
export function PairMemberActions({ member }: { member: Member }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);

  const invite = () =>
    startTransition(async () => {
      setError(null);
      setSent(null);
      const result = await invitePairMemberAction({ pairMemberId: member.id });
      if (!result.ok) return setError(result.error);
      setSent(`Invitation envoyée à ${result.data.email}. Le lien est valable 7 jours.`);
      router.refresh();
    });

  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap gap-3">
        {member.hasEmail ? (
          <Button variant="secondary" onClick={invite} disabled={pending}>
            {pending ? "Envoi…" : member.invited ? "Renvoyer l'invitation" : "Inviter"}
            <span className="sr-only"> {member.name}</span>
          </Button>
        ) : (
          <p className="text-sm">Sans adresse e-mail, cette personne ne peut pas être invitée.</p>
        )}
        {member.side ? (
          <Button
            variant="tertiary"
            aria-expanded={replacing}
            aria-controls={`replace-${member.id}`}
            onClick={() => setReplacing((open) => !open)}
          >
            Remplacer<span className="sr-only"> {member.name}</span>
          </Button>
        ) : (
          <ConfirmedActionButton
            label={`Retirer ${member.name}`}
            confirmation={`${member.name} ne fera plus partie des membres de l'entreprise et perdra l'accès à son espace ; son historique (présences, réponses) reste.`}
            confirmLabel="Confirmer le retrait"
            run={() => removeMemberAction({ pairMemberId: member.id })}
          />
        )}
      </div>
      <div role="status">{sent && <Notice tone="success">{sent}</Notice>}</div>
      <FormAlert message={error} />
      <div id={`replace-${member.id}`} hidden={!replacing}>
        {replacing && member.side && (
          <ReplaceMemberForm
            pairMemberId={member.id}
            side={member.side}
            replacedName={member.name}
            onDone={() => {
              setReplacing(false);
              router.refresh();
            }}
          />
        )}
      </div>
    </div>
  );
}
