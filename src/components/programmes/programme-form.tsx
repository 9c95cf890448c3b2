"use client";

import { useRouter } from "next/navigation";
import type { ProgrammeInput } from "@/lib/programmes/schemas";
import { THEME_LABELS } from "@/lib/clusters/labels";
import type { ActionResult } from "@/lib/actions/result";
import { labelOptions } from "@/lib/format/fr";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { FormSection } from "@/components/forms/form-section";
import { FunderFields } from "@/components/forms/funder-fields";
import { Button } from "@/components/ui/button";

const themeOptions = labelOptions(THEME_LABELS);

/** A programme's form, for its creation and its edits alike; back to the list once saved. */
export function ProgrammeForm({
  defaultValues,
  submitLabel,
  save,
}: {
  defaultValues: ProgrammeInput;
  submitLabel: string;
  save: (values: ProgrammeInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/programmes/schemas").then((m) => m.ProgrammeInput),
    defaultValues,
    action: save,
    onSuccess: () => {
      router.push("/administration/programmes");
      router.refresh();
    },
  });

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      <FormSection title="Le programme">
        <div className="sm:max-w-sm">
          <TextField
            label="Code"
            hint="Unique dans le réseau : majuscules, chiffres et tirets, par exemple TEMPO-2026."
            autoCapitalize="characters"
            spellCheck={false}
            error={errorOf("code")}
            {...register("code")}
          />
        </div>
        <TextField label="Nom du programme" error={errorOf("name")} {...register("name")} />
        <TextAreaField
          label="Présentation"
          hint="Facultative : ce que le programme propose, à qui, avec quels moyens."
          error={errorOf("description")}
          {...register("description")}
        />
        <ChoiceGroup legend="Thèmes" options={themeOptions} error={errorOf("themes")} {...register("themes")} />
      </FormSection>

      <FormSection title="Calendrier, budget et suivi">
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField
            label="Année de début"
            hint="Facultative"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            error={errorOf("startYear")}
            {...register("startYear", { valueAsNumber: true })}
          />
          <TextField
            label="Année de fin"
            hint="Vide si le programme se poursuit"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            error={errorOf("endYear")}
            {...register("endYear", { valueAsNumber: true })}
          />
          <TextField
            label="Budget total (€)"
            hint="Facultatif"
            type="number"
            min={0}
            step={1}
            error={errorOf("budgetEuros")}
            {...register("budgetEuros", { valueAsNumber: true })}
          />
          <TextField
            label="Suivi des entreprises (mois après la clôture)"
            hint="Le questionnaire de suivi s'ouvre ce délai après la clôture de chaque cluster ; 6 mois si vide."
            type="number"
            inputMode="numeric"
            min={1}
            max={24}
            error={errorOf("followUpMonths")}
            {...register("followUpMonths", { valueAsNumber: true })}
          />
        </div>
      </FormSection>

      <FormSection title="Financeurs">
        <FunderFields form={form} errorOf={errorOf} />
      </FormSection>

      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
