"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { AractInput } from "@/lib/aracts/schemas";
import { createAractAction, updateAractAction } from "@/lib/aracts/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** An Aract's identity: name, region, the départements it covers, contact address. New, or the Aract `id`. */
export function AractForm({
  id,
  defaultValues,
  submitLabel,
}: {
  id?: string;
  defaultValues: AractInput;
  submitLabel: string;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/aracts/schemas").then((m) => m.AractInput),
    defaultValues,
    action: (values) => (id ? updateAractAction({ ...values, id }) : createAractAction(values)),
    onSuccess: (saved) => {
      setSaved(true);
      if (id) router.refresh();
      else router.push(`/administration/aracts/${saved.id}`);
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      <FormAlert message={formError} />
      <TextField label="Nom" hint="Par exemple « Aract Grand Est »" error={errorOf("name")} {...register("name")} />
      <TextField label="Région" error={errorOf("region")} {...register("region")} />
      <TextField
        label="Départements couverts"
        hint="Leurs numéros, séparés par des virgules : « 08, 10, 51, 52 ». Les candidatures des entreprises sont orientées par code postal."
        error={errorOf("departements")}
        {...register("departements")}
      />
      <TextField
        label="Adresse de contact"
        hint="Facultatif : l'adresse générale de l'Aract"
        type="email"
        error={errorOf("contactEmail")}
        {...register("contactEmail")}
      />
      <div role="status">{saved && id && <Notice tone="success">Modifications enregistrées.</Notice>}</div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
