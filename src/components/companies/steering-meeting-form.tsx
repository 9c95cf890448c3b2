"use client";

import { useRouter } from "next/navigation";
import { addSteeringMeetingAction } from "@/lib/members/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/** Records a meeting of the company's steering committee: its date, and what it settled in a few words. */
export function SteeringMeetingForm({ participationId }: { participationId: string }) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/members/schemas").then((m) => m.AddSteeringMeetingInput),
    defaultValues: { participationId, date: "", note: "" },
    action: addSteeringMeetingAction,
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4">
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-[12rem_1fr]">
        <TextField label="Date de la réunion" type="date" id="steering-date" error={errorOf("date")} {...register("date")} />
        <TextField
          label="Objet"
          id="steering-note"
          hint="Facultatif. Exemple : choix des actions prioritaires"
          error={errorOf("note")}
          {...register("note")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Enregistrer la réunion"}
      </Button>
    </form>
  );
}
