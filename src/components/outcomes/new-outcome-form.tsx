"use client";

import type { Theme } from "@/generated/prisma/enums";
import { createOutcomeAction } from "@/lib/outcomes/actions";
import { OutcomeForm } from "./outcome-form";

/** Records a new accord or plan, for the company given in the address when there is one. */
export function NewOutcomeForm({
  clusterId,
  participationId,
  themes,
  companies,
}: {
  clusterId: string;
  participationId: string;
  themes: Theme[];
  companies: { value: string; label: string; headcount: number }[];
}) {
  return (
    <OutcomeForm
      defaultValues={{
        clusterId,
        participationId,
        kind: "ACCORD",
        theme: themes[0] ?? "QVCT",
        status: "IN_PREPARATION",
        signedAt: "",
        depositedAt: "",
        depositReference: "",
        domains: [],
      }}
      themes={themes}
      companies={companies}
      submitLabel="Enregistrer le résultat"
      save={createOutcomeAction}
    />
  );
}
