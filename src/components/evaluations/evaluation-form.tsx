"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { EvaluationInput } from "@/lib/evaluations/schemas";
import { SATISFACTION_LABELS } from "@/lib/evaluations/labels";
import { saveEvaluationAction } from "@/lib/evaluations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { labelOptions } from "@/lib/format/fr";

const satisfactionOptions = labelOptions(SATISFACTION_LABELS);

/** The evaluation of one company, or of the cluster when no company is given. */
export function EvaluationForm({
  defaultValues,
  afterSave,
  idPrefix,
}: {
  defaultValues: EvaluationInput;
  /** Where to go once saved; by default the form stays, with a confirmation. */
  afterSave?: string;
  /** Keeps the fields' ids unique when a page holds more than one form. */
  idPrefix: string;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/evaluations/schemas").then((m) => m.EvaluationInput),
    defaultValues,
    action: async (values) => {
      setSaved(false);
      return saveEvaluationAction(values);
    },
    onSuccess: () => {
      if (afterSave) router.push(afterSave);
      else setSaved(true);
      router.refresh();
    },
  });
  const subject = defaultValues.participationId ? "l'entreprise" : "les entreprises";
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      <FormAlert message={formError} />
      {saved && (
        <Notice tone="success" role="status">
          Évaluation enregistrée.
        </Notice>
      )}
      <TextAreaField
        id={`${idPrefix}-whatWasDone`}
        label="Ce qui a été fait"
        hint={`Les temps collectifs, les appuis, les démarches menées avec ${subject}.`}
        error={errorOf("whatWasDone")}
        {...register("whatWasDone")}
      />
      <ChoiceGroup
        legend="Satisfaction"
        hint="Facultative : telle que les participants l'expriment."
        type="radio"
        options={satisfactionOptions}
        error={errorOf("satisfaction")}
        {...register("satisfaction")}
      />
      <TextAreaField
        id={`${idPrefix}-results`}
        label="Résultats"
        hint="Ce qui a changé, ce qui est signé ou engagé, les suites prévues."
        error={errorOf("results")}
        {...register("results")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Enregistrer l'évaluation"}
      </Button>
    </form>
  );
}
