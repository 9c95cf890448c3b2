"use client";

import { useRouter } from "next/navigation";
import { withdrawParticipationAction } from "@/lib/participations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** Withdraws the company from the cluster; the reason is kept in its history. */
export function WithdrawForm({ participationId }: { participationId: string }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/participations/schemas").then((m) => m.WithdrawParticipationInput),
    defaultValues: { participationId, reason: "" },
    action: withdrawParticipationAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <TextAreaField
        label="Motif du retrait"
        id="withdrawal-reason"
        rows={3}
        hint="Obligatoire. Exemple : changement de direction, projet reporté à l'an prochain."
        error={errorOf("reason")}
        {...register("reason")}
      />
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Retirer l'entreprise"}
      </Button>
    </form>
  );
}
