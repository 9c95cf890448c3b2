"use client";

import { useState } from "react";
import { savePlanSummaryAction } from "@/lib/action-plans/actions";
import { STALE_FIELD } from "@/lib/action-plans/form";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StaleNotice } from "./stale-notice";
import { usePinnedBase, usePlanChange, type PlanBase } from "./use-plan-change";

/** The plan's summary: what the company means to achieve, in a few lines. */
export function PlanSummaryForm({ base, summary }: { base: PlanBase; summary: string | null }) {
  const { withBase, refreshing } = usePlanChange(base);
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/action-plans/schemas").then((m) => m.SavePlanSummaryInput),
    defaultValues: { ...base, summary: summary ?? "" },
    action: (values) => withBase(savePlanSummaryAction, pin.current())(values),
    onSuccess: (data) => {
      setSaved(true);
      // What was saved becomes the form's starting point: untouched, it follows the plan again.
      const values = form.getValues();
      pin.saved(data.version, { ...pin.current().loaded, summary: values.summary?.trim() || null });
      form.reset(values);
    },
  });
  const pin = usePinnedBase(base, form.formState.isDirty, (fresh) => form.reset({ ...fresh, summary: fresh.loaded.summary ?? "" }));
  const stale = errorOf(STALE_FIELD);
  const reapply = () => {
    pin.adopt();
    void submit();
  };
  return (
    <form onSubmit={submit} onChange={() => setSaved(false)} noValidate className="space-y-4">
      {stale ? (
        <StaleNotice message={stale} actionLabel="Enregistrer mon résumé sur le plan à jour" onReapply={reapply} busy={refreshing || submitting} />
      ) : (
        <FormAlert message={formError} />
      )}
      <TextAreaField
        label="Résumé du plan"
        id="plan-summary"
        rows={3}
        hint="Facultatif. Ce que l'entreprise veut obtenir, et comment le plan est suivi (comité de pilotage, CSE…)."
        error={errorOf("summary")}
        {...register("summary")}
      />
      <div role="status">{saved && <Notice tone="success">Résumé enregistré.</Notice>}</div>
      <Button type="submit" variant="secondary" disabled={submitting || refreshing}>
        {submitting ? "Enregistrement…" : "Enregistrer le résumé"}
      </Button>
    </form>
  );
}
