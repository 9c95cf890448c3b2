"use client";

import { useRouter } from "next/navigation";
import type { SessionInput } from "@/lib/sessions/schemas";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, ButtonLink } from "@/components/ui/button";

const SLOT_OPTIONS = [
  { value: "MORNING", label: "Matin (9 h – 12 h 30)" },
  { value: "AFTERNOON", label: "Après-midi (14 h – 17 h 30)" },
  { value: "FULL_DAY", label: "Journée entière (9 h – 17 h 30)" },
  { value: "TIMED", label: "Horaires précis" },
] as const;

/** Plans a session (no `session`) or edits one; the server checks the period and the free half-days. */
export function SessionForm({
  clusterId,
  session,
  periodHint,
  period,
}: {
  clusterId: string;
  session?: { id: string; values: SessionInput };
  periodHint: string;
  period: { start: string; end: string };
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/sessions/schemas").then((m) => m.SessionInput),
    defaultValues: session?.values ?? { title: "", date: "", place: "", videoUrl: "", agenda: "", startTime: "", endTime: "" },
    action: (values) => (session ? updateSessionAction({ ...values, id: session.id }) : createSessionAction({ ...values, clusterId })),
    onSuccess: (data) => router.push(`/clusters/${clusterId}/seances/${data.id}`),
  });
  const timed = form.watch("slot") === "TIMED";
  const back = session ? `/clusters/${clusterId}/seances/${session.id}` : `/clusters/${clusterId}/seances`;
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-6">
      <FormAlert message={formError} />
      <TextField label="Titre de la séance" error={errorOf("title")} autoComplete="off" {...register("title")} />
      <TextField
        label="Date"
        type="date"
        hint={periodHint}
        min={period.start}
        max={period.end}
        error={errorOf("date")}
        {...register("date")}
      />
      <ChoiceGroup
        legend="Horaire"
        hint="Une journée entière compte pour deux demi-journées ; des horaires précis, pour une, ou deux au-delà de 4 heures."
        type="radio"
        inline
        options={SLOT_OPTIONS}
        error={errorOf("slot")}
        {...register("slot")}
      />
      {timed && (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="Heure de début" type="time" error={errorOf("startTime")} {...register("startTime")} />
          <TextField label="Heure de fin" type="time" error={errorOf("endTime")} {...register("endTime")} />
        </div>
      )}
      <TextField
        label="Lieu"
        hint="Ville et salle, par exemple : Brest, technopôle Brest-Iroise ; « En visioconférence » pour une séance à distance."
        error={errorOf("place")}
        {...register("place")}
      />
      <TextField
        label="Lien de la visioconférence (facultatif)"
        type="url"
        hint="Pour une séance à distance : le lien https, repris dans la fiche de la séance et l'invitation d'agenda."
        error={errorOf("videoUrl")}
        {...register("videoUrl")}
      />
      <TextAreaField
        label="Déroulé (facultatif)"
        hint="Les thèmes abordés et l'enchaînement de la séance ; repris dans l'invitation d'agenda."
        error={errorOf("agenda")}
        {...register("agenda")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Enregistrement…" : session ? "Enregistrer les modifications" : "Planifier la séance"}
        </Button>
        <ButtonLink href={back} variant="tertiary">
          Revenir sans enregistrer
        </ButtonLink>
      </div>
    </form>
  );
}
