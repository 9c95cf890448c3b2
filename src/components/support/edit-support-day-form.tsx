"use client";

import type { SupportDayInput } from "@/lib/support/schemas";
import type { SupportFormOptions } from "@/lib/support/queries";
import { updateSupportDayAction } from "@/lib/support/actions";
import { SupportDayForm } from "./support-day-form";

/** The support day form bound to one recorded day; back to the list once saved. */
export function EditSupportDayForm({
  id,
  defaultValues,
  options,
  periodHint,
}: {
  id: string;
  defaultValues: SupportDayInput;
  options: SupportFormOptions;
  periodHint: string;
}) {
  return (
    <SupportDayForm
      defaultValues={defaultValues}
      options={options}
      periodHint={periodHint}
      submitLabel="Enregistrer les modifications"
      save={(supportDay) => updateSupportDayAction({ id, supportDay })}
      afterSave={`/clusters/${defaultValues.clusterId}/appuis`}
    />
  );
}
