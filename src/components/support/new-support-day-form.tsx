"use client";

import type { SupportFormOptions } from "@/lib/support/queries";
import { createSupportDayAction } from "@/lib/support/actions";
import { SupportDayForm } from "./support-day-form";

/** Logs a new support day, delivered by the signed-in chargé·e de mission unless changed. */
export function NewSupportDayForm({
  clusterId,
  userId,
  defaultDay,
  options,
  periodHint,
}: {
  clusterId: string;
  userId: string;
  defaultDay: string;
  options: SupportFormOptions;
  periodHint: string;
}) {
  return (
    <SupportDayForm
      defaultValues={{
        clusterId,
        participationId: "",
        date: defaultDay,
        durationDays: 1,
        kind: "ACTION_PLAN",
        deliveredBy: "ARACT",
        deliveredByUserId: options.staff.some((s) => s.value === userId) ? userId : "",
        partnerId: "",
        notes: "",
      }}
      options={options}
      periodHint={periodHint}
      submitLabel="Enregistrer l'appui"
      save={createSupportDayAction}
    />
  );
}
