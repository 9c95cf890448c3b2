"use client";

import { useRouter } from "next/navigation";
import type { RescheduleFollowUpInput } from "@/lib/follow-ups/schemas";
import { rescheduleFollowUpAction } from "@/lib/follow-ups/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** Opens the questionnaire on another day (a company that asked to be followed up earlier or later). */
export function RescheduleFollowUpForm({ defaultValues }: { defaultValues: RescheduleFollowUpInput }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/follow-ups/schemas").then((m) => m.RescheduleFollowUpInput),
    defaultValues,
    action: rescheduleFollowUpAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="mt-4 flex flex-wrap items-end gap-3 border-t border-line pt-4">
      <div className="w-full">
        <FormAlert message={formError} />
      </div>
      <TextField
        label="Ouvrir le questionnaire le"
        hint="Tant que l'e-mail n'est pas parti : l'entreprise a demandé un suivi plus tôt ou plus tard."
        type="date"
        error={errorOf("dueOn")}
        {...register("dueOn")}
      />
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Changer la date"}
      </Button>
    </form>
  );
}
