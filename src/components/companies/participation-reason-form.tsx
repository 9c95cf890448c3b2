"use client";

import { useRouter } from "next/navigation";
import { reopenParticipationAction, withdrawParticipationAction } from "@/lib/participations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

// The moves of a participation that need a reason, kept in its history.
const MOVES = {
  withdraw: {
    action: withdrawParticipationAction,
    schema: () => import("@/lib/participations/schemas").then((m) => m.WithdrawParticipationInput),
    label: "Motif du retrait",
    hint: "Obligatoire. Exemple : changement de direction, projet reporté à l'an prochain.",
    submit: "Retirer l'entreprise",
  },
  reopen: {
    action: reopenParticipationAction,
    schema: () => import("@/lib/participations/schemas").then((m) => m.ReopenParticipationInput),
    label: "Motif de la réouverture",
    hint: "Obligatoire. Exemple : parcours terminé par erreur, plan d'action encore à finaliser.",
    submit: "Rouvrir le parcours",
  },
} as const;

/** Withdraws the company from the cluster, or reopens its finished journey, with the reason. */
export function ParticipationReasonForm({ participationId, move }: { participationId: string; move: keyof typeof MOVES }) {
  const router = useRouter();
  const { action, schema, label, hint, submit: submitLabel } = MOVES[move];
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema,
    defaultValues: { participationId, reason: "" },
    action,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <TextAreaField label={label} id={`${move}-reason`} rows={3} hint={hint} error={errorOf("reason")} {...register("reason")} />
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
