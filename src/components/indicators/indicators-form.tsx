"use client";

import { useRouter } from "next/navigation";
import type { IndicatorStage } from "@/generated/prisma/enums";
import { saveIndicatorsAction } from "@/lib/indicators/actions";
import { INDICATORS, KIND_HINTS, STAGE_LABELS, type IndicatorKind, type IndicatorValues } from "@/lib/indicators/fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

const STEPS: Record<IndicatorKind, string> = { count: "1", percent: "0.1", rate: "0.01", index: "1" };
const GROUPS = [...new Set(INDICATORS.map((indicator) => indicator.group))];

type Loaded = { measuredOn: string; source: string | null; version: number; values: IndicatorValues } | null;

/** One stage's indicators of a company, every value optional, checked as the server checks them. */
export function IndicatorsForm({ participationId, stage, loaded }: { participationId: string; stage: IndicatorStage; loaded: Loaded }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/indicators/schemas").then((m) => m.IndicatorsInput),
    defaultValues: {
      participationId,
      stage,
      measuredOn: loaded?.measuredOn ?? "",
      source: loaded?.source ?? "",
      values: loaded?.values ?? {},
      version: loaded?.version ?? 0,
    },
    action: saveIndicatorsAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Date des chiffres"
          type="date"
          id="measuredOn"
          hint="Le jour qu'ils décrivent, par exemple la fin de l'année du bilan social."
          error={errorOf("measuredOn")}
          {...register("measuredOn")}
        />
        <TextField
          label="Source"
          id="source"
          hint="Facultative. Exemple : bilan social 2013, DSN, déclaration de l'entreprise"
          error={errorOf("source")}
          {...register("source")}
        />
      </div>
      {GROUPS.map((group) => (
        <fieldset key={group} className="rounded-sm border border-line bg-white p-5">
          <legend className="px-1 font-bold">{group}</legend>
          <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            {INDICATORS.filter((indicator) => indicator.group === group).map(({ key, label, kind }) => (
              <TextField
                key={key}
                label={label}
                id={`indicator-${key}`}
                type="number"
                inputMode="decimal"
                step={STEPS[kind]}
                min="0"
                hint={KIND_HINTS[kind]}
                error={errorOf(`values.${key}`)}
                {...register(`values.${key}`, { valueAsNumber: true })}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : `Enregistrer les indicateurs (${STAGE_LABELS[stage].toLowerCase()})`}
      </Button>
    </form>
  );
}
