"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { PreDiagnosticInput } from "@/lib/participations/schemas";
import { savePreDiagnosticAction } from "@/lib/participations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Records or corrects the pre-diagnostic; the dates allowed are given by the cluster's period. */
export function PreDiagnosticForm({ defaultValues, bounds, exists }: {
  defaultValues: PreDiagnosticInput;
  bounds: { min: string; max: string };
  exists: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/participations/schemas").then((m) => m.PreDiagnosticInput),
    defaultValues,
    action: savePreDiagnosticAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} onChange={() => setSaved(false)} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <TextField
        label="Date du pré-diagnostic"
        id="prediagnostic-date"
        type="date"
        min={bounds.min}
        max={bounds.max}
        hint="Au plus tôt un an avant le début du cluster, au plus tard à sa fin."
        error={errorOf("date")}
        {...register("date")}
      />
      <TextAreaField label="Constats" id="prediagnostic-findings" rows={5} error={errorOf("findings")} {...register("findings")} />
      <TextAreaField
        label="Projet choisi par l'entreprise"
        id="prediagnostic-project"
        rows={2}
        hint="Facultatif. Il devient le projet de l'entreprise dans le cluster."
        error={errorOf("chosenProject")}
        {...register("chosenProject")}
      />
      <div role="status">{saved && <Notice tone="success">Pré-diagnostic enregistré.</Notice>}</div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : exists ? "Enregistrer les modifications" : "Enregistrer le pré-diagnostic"}
      </Button>
    </form>
  );
}
