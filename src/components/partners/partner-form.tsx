"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { DirectoryPartnerInput } from "@/lib/partners/schemas";
import { EMPTY_DIRECTORY_PARTNER } from "@/lib/partners/form";
import { createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { PARTNER_KIND_LABELS } from "@/lib/clusters/labels";
import type { ActionResult } from "@/lib/actions/result";
import { labelOptions } from "@/lib/format/fr";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

const kindOptions = labelOptions(PARTNER_KIND_LABELS);

function PartnerFields({
  defaultValues,
  submitLabel,
  save,
  onSaved,
}: {
  defaultValues: DirectoryPartnerInput;
  submitLabel: string;
  save: (values: DirectoryPartnerInput) => Promise<ActionResult<{ id: string }>>;
  onSaved: (values: DirectoryPartnerInput, reset: (values: DirectoryPartnerInput) => void) => void;
}) {
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/partners/schemas").then((m) => m.DirectoryPartnerInput),
    defaultValues,
    action: save,
    onSuccess: () => onSaved(form.getValues(), (values) => form.reset(values)),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <TextField label="Nom du partenaire" error={errorOf("name")} {...register("name")} />
        <SelectField label="Type" options={kindOptions} error={errorOf("kind")} {...register("kind")} />
      </div>
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          label="Contact"
          hint="Facultatif : prénom et nom"
          autoComplete="off"
          error={errorOf("contactName")}
          {...register("contactName")}
        />
        <TextField
          label="Adresse e-mail"
          hint="Facultative"
          type="email"
          autoComplete="off"
          error={errorOf("email")}
          {...register("email")}
        />
        <TextField
          label="Téléphone"
          hint="Facultatif"
          type="tel"
          autoComplete="off"
          error={errorOf("phone")}
          {...register("phone")}
        />
      </div>
      <TextAreaField
        label="Notes"
        hint="Facultatives : ce que ce partenaire apporte, conventions en cours…"
        error={errorOf("notes")}
        {...register("notes")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}

/** Adds a partner to the directory; the form is emptied and the list shows it at once. */
export function NewPartnerForm() {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <PartnerFields
        defaultValues={EMPTY_DIRECTORY_PARTNER}
        submitLabel="Ajouter à l'annuaire"
        save={async (values) => {
          setAdded(null);
          return createPartnerAction(values);
        }}
        onSaved={(values, reset) => {
          setAdded(`${values.name.trim()} a été ajouté à l'annuaire.`);
          reset(EMPTY_DIRECTORY_PARTNER);
          router.refresh();
        }}
      />
      <p role="status" className="text-sm font-medium text-success">
        {added}
      </p>
    </div>
  );
}

/** Edits one entry of the directory, then goes back to the list. */
export function EditPartnerForm({ id, defaultValues }: { id: string; defaultValues: DirectoryPartnerInput }) {
  const router = useRouter();
  return (
    <PartnerFields
      defaultValues={defaultValues}
      submitLabel="Enregistrer les modifications"
      save={(partner) => updatePartnerAction({ id, partner })}
      onSaved={() => {
        router.push("/administration/partenaires");
        router.refresh();
      }}
    />
  );
}
