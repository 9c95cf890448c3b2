"use client";

import { useState } from "react";
import { addActionAction, updateActionAction } from "@/lib/action-plans/actions";
import { EMPTY_ACTION, STALE_FIELD, actionToInput } from "@/lib/action-plans/form";
import type { ActionSnapshot } from "@/lib/action-plans/rules";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ActionFields } from "./action-fields";
import { StaleNotice } from "./stale-notice";
import { usePinnedBase, usePlanChange, type PlanBase } from "./use-plan-change";

type Domains = { value: string; label: string }[];

/** Adds an action at the end of the plan. */
export function AddActionForm({ base, domains }: { base: PlanBase; domains: Domains }) {
  const { withBase, refreshing } = usePlanChange(base);
  const [added, setAdded] = useState(false);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/action-plans/schemas").then((m) => m.AddActionInput),
    defaultValues: { ...base, action: EMPTY_ACTION },
    action: withBase(addActionAction),
    onSuccess: () => {
      setAdded(true);
      form.reset({ ...base, action: EMPTY_ACTION });
    },
  });
  const stale = errorOf(STALE_FIELD);
  return (
    <form onSubmit={submit} onChange={() => setAdded(false)} noValidate className="space-y-5">
      {stale ? (
        <StaleNotice message={stale} actionLabel="Ajouter mon action au plan à jour" onReapply={() => void submit()} busy={refreshing || submitting} />
      ) : (
        <FormAlert message={formError} />
      )}
      <ActionFields idPrefix="new-action" field={(name) => register(`action.${name}`)} errorOf={errorOf} domains={domains} />
      <div role="status">{added && <Notice tone="success">Action ajoutée au plan.</Notice>}</div>
      <Button type="submit" disabled={submitting || refreshing}>
        {submitting ? "Enregistrement…" : "Ajouter l'action"}
      </Button>
    </form>
  );
}

/**
 * Edits one action. Should someone remove the action while it is being edited, the form stays with what
 * was typed, and offers to add it back as a new action.
 */
export function EditActionForm({ base, domains, action, number, removed, onDone }: {
  base: PlanBase;
  domains: Domains;
  action: ActionSnapshot;
  number: number;
  removed: boolean;
  onDone: () => void;
}) {
  const { withBase, refreshing } = usePlanChange(base);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/action-plans/schemas").then((m) => m.UpdateActionInput),
    defaultValues: { ...base, actionId: action.id, action: actionToInput(action) },
    action: (values) =>
      removed ? withBase(addActionAction)({ action: values.action }) : withBase(updateActionAction, pin.current())(values),
    onSuccess: onDone,
  });
  const pin = usePinnedBase(base, form.formState.isDirty, (fresh) => {
    const now = fresh.loaded.actions.find((a) => a.id === action.id);
    if (now) form.reset({ ...fresh, actionId: action.id, action: actionToInput(now) });
  });
  const stale = errorOf(STALE_FIELD);
  const reapply = () => {
    pin.adopt();
    void submit();
  };
  const prefix = `edit-action-${action.id}`;
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={`Modifier l'action ${number}`}>
      {removed && (
        <Notice tone="warning" title="Cette action a été retirée du plan entre-temps">
          Votre saisie est conservée : vous pouvez l'ajouter au plan comme une nouvelle action.
        </Notice>
      )}
      {stale ? (
        <StaleNotice
          message={stale}
          actionLabel={removed ? "Ajouter mon action au plan à jour" : "Enregistrer ma modification sur le plan à jour"}
          onReapply={reapply}
          busy={refreshing || submitting}
        />
      ) : (
        <FormAlert message={formError} />
      )}
      <ActionFields idPrefix={prefix} field={(name) => register(`action.${name}`)} errorOf={errorOf} domains={domains} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={submitting || refreshing}>
          {submitting ? "Enregistrement…" : removed ? "Ajouter comme nouvelle action" : "Enregistrer l'action"}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDone}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
