"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import type { SupportDayInput } from "@/lib/support/schemas";
import { SUPPORT_KIND_LABELS } from "@/lib/support/rules";
import type { SupportFormOptions } from "@/lib/support/queries";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { labelOptions } from "@/lib/format/fr";

const kindOptions = labelOptions(SUPPORT_KIND_LABELS);

/** The form of one support day, to log a new one or to edit one (then `save` carries its id). */
export function SupportDayForm({
  defaultValues,
  options,
  periodHint,
  submitLabel,
  save,
  afterSave,
}: {
  defaultValues: SupportDayInput;
  options: SupportFormOptions;
  periodHint: string;
  submitLabel: string;
  save: (values: SupportDayInput) => Promise<ActionResult<unknown>>;
  /** Where to go once saved; by default the form empties for the next day. */
  afterSave?: string;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/support/schemas").then((m) => m.SupportDayInput),
    defaultValues,
    action: async (values) => {
      setSaved(false);
      return save(values);
    },
    onSuccess: () => {
      if (afterSave) {
        router.push(afterSave);
      } else {
        form.reset({ ...defaultValues, participationId: form.getValues("participationId") });
        setSaved(true);
      }
      router.refresh();
    },
  });
  const deliveredBy = form.watch("deliveredBy");
  const deliveredByOptions = [
    { value: "ARACT", label: "L'Aract" },
    ...(options.partners.length ? [{ value: "PARTNER", label: "Un partenaire du cluster" }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      {saved && (
        <Notice tone="success" role="status">
          Appui enregistré.
        </Notice>
      )}
      <SelectField
        label="Entreprise"
        placeholder="Choisissez une entreprise"
        options={options.companies}
        error={errorOf("participationId")}
        {...register("participationId")}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField label="Date" type="date" hint={periodHint} error={errorOf("date")} {...register("date")} />
        <TextField
          label="Durée en jours"
          hint="Par demi-journées : 0,5, 1, 1,5… jusqu'à 5."
          type="number"
          min={0.5}
          max={5}
          step={0.5}
          error={errorOf("durationDays")}
          {...register("durationDays", { valueAsNumber: true })}
        />
        <SelectField label="Nature de l'appui" options={kindOptions} error={errorOf("kind")} {...register("kind")} />
      </div>
      <ChoiceGroup
        legend="Délivré par"
        type="radio"
        inline
        options={deliveredByOptions}
        error={errorOf("deliveredBy")}
        {...register("deliveredBy")}
      />
      {deliveredBy === "PARTNER" ? (
        <SelectField
          label="Partenaire"
          placeholder="Choisissez le partenaire"
          options={options.partners}
          error={errorOf("partnerId")}
          {...register("partnerId")}
        />
      ) : (
        <SelectField
          label="Personne de l'Aract"
          placeholder="Choisissez la personne"
          options={options.staff}
          error={errorOf("deliveredByUserId")}
          {...register("deliveredByUserId")}
        />
      )}
      <TextAreaField
        label="Notes"
        hint="Facultatives : ce qui a été fait, avec qui."
        rows={3}
        error={errorOf("notes")}
        {...register("notes")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
