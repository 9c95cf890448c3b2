"use client";

import type { PairSide } from "@/generated/prisma/enums";
import { replacePairMemberAction } from "@/lib/participations/actions";
import { PAIR_SIDE_LABELS } from "@/lib/clusters/labels";
import { emailRequired } from "@/lib/participations/rules";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { PairPersonFields, type PersonKey } from "./pair-person-fields";

/** The person who takes the seat: someone the Aract knows (found by e-mail) or a new person. */
export function ReplaceMemberForm({ pairMemberId, side, replacedName, onDone }: {
  pairMemberId: string;
  side: PairSide;
  replacedName: string;
  onDone: () => void;
}) {
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/participations/schemas").then((m) => m.ReplacePairMemberInput),
    defaultValues: { pairMemberId, side, person: { firstName: "", lastName: "", jobTitle: "", email: "" } },
    action: replacePairMemberAction,
    onSuccess: onDone,
  });
  const field = (key: PersonKey) => ({ registration: register(`person.${key}`), error: errorOf(`person.${key}`) });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <PairPersonFields
        legend={`Remplacer ${replacedName} (${PAIR_SIDE_LABELS[side].toLowerCase()})`}
        side={side}
        idPrefix={`replace-${pairMemberId}`}
        field={field}
        emailHint={
          emailRequired(side)
            ? "Obligatoire. Si l'Aract connaît déjà cette adresse, sa fiche est reprise."
            : "Facultative. Si l'Aract connaît déjà cette adresse, sa fiche est reprise."
        }
      />
      <p className="text-sm text-muted">
        {replacedName} garde son historique mais n'aura plus accès au cluster. La nouvelle personne sera à inviter.
      </p>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Confirmer le remplacement"}
      </Button>
    </form>
  );
}
