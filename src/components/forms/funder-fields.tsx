"use client";

import { useFieldArray, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { FunderInput } from "@/lib/clusters/schemas";
import { Button } from "@/components/ui/button";
import { TextField } from "./fields";

type WithFunders = { funders: z.input<typeof FunderInput>[] };

/**
 * The funders of a cluster or a programme: a name and an optional amount in euros each, added and removed
 * in place. Works on any form whose values hold `funders` (validated by FunderInput on both sides).
 */
export function FunderFields<T extends FieldValues & WithFunders, O extends FieldValues>({
  form,
  errorOf,
}: {
  form: UseFormReturn<T, unknown, O>;
  errorOf: (field: string) => string | undefined;
}) {
  // One cast for the whole list: the generic form's `funders` path is known to hold FunderInput values.
  const own = form as unknown as UseFormReturn<WithFunders>;
  const funders = useFieldArray({ control: own.control, name: "funders" });
  return (
    <>
      {funders.fields.length === 0 && <p className="text-sm text-muted">Aucun financeur pour l'instant.</p>}
      {funders.fields.map((field, index) => (
        <div key={field.id} className="grid gap-4 border-b border-line pb-4 sm:grid-cols-[2fr_1fr_auto]">
          <TextField
            label={`Financeur ${index + 1}`}
            hint="Par exemple : Fonds social européen"
            error={errorOf(`funders.${index}.name`)}
            {...own.register(`funders.${index}.name`)}
          />
          <TextField
            label="Montant (€)"
            hint="Facultatif"
            type="number"
            min={0}
            step={1}
            error={errorOf(`funders.${index}.amountEuros`)}
            {...own.register(`funders.${index}.amountEuros`, { valueAsNumber: true })}
          />
          <div className="flex items-end">
            <Button type="button" variant="tertiary" onClick={() => funders.remove(index)}>
              Retirer<span className="sr-only"> le financeur {index + 1}</span>
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => funders.append({ name: "", amountEuros: undefined })}>
        Ajouter un financeur
      </Button>
    </>
  );
}
