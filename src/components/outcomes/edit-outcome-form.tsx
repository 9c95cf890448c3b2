"use client";

import type { Theme } from "@/generated/prisma/enums";
import type { OutcomeInput } from "@/lib/outcomes/schemas";
import { updateOutcomeAction } from "@/lib/outcomes/actions";
import { OutcomeForm } from "./outcome-form";

/** The outcome form bound to one version of one outcome: a stale save is refused by the server. */
export function EditOutcomeForm({
  id,
  version,
  companyName,
  defaultValues,
  themes,
  companies,
}: {
  id: string;
  version: number;
  companyName: string;
  defaultValues: OutcomeInput;
  themes: Theme[];
  companies: { value: string; label: string; headcount: number }[];
}) {
  return (
    <OutcomeForm
      defaultValues={defaultValues}
      themes={themes}
      companies={companies}
      companyName={companyName}
      submitLabel="Enregistrer les modifications"
      save={(outcome) => updateOutcomeAction({ id, version, outcome })}
    />
  );
}
