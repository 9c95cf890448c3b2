"use client";

import { usePathname, useRouter } from "next/navigation";
import type { FieldValues, UseFormRegister } from "react-hook-form";
import type { Theme } from "@/generated/prisma/enums";
import type { FollowUpInput } from "@/lib/follow-ups/schemas";
import { NO_OUTCOME } from "@/lib/follow-ups/schemas";
import { saveFollowUpAction } from "@/lib/follow-ups/actions";
import { SATISFACTION_LABELS } from "@/lib/evaluations/labels";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { labelOptions } from "@/lib/format/fr";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { OutcomeFields } from "@/components/outcomes/outcome-fields";

const satisfactionOptions = labelOptions(SATISFACTION_LABELS);
const NONE = { value: NO_OUTCOME, label: "Ni accord ni plan d'action sur ce thème" };

/** The follow-up questionnaire: the accord or plan on each theme of the cluster, what was done and changed. */
export function FollowUpForm({
  defaultValues,
  headcount,
  answered,
}: {
  defaultValues: FollowUpInput;
  headcount: number;
  /** Already answered once: the button says it updates. */
  answered: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/follow-ups/schemas").then((m) => m.FollowUpInput),
    defaultValues,
    action: saveFollowUpAction,
    // The page reloads with the saved version, and says so: the form starts again from what is recorded.
    onSuccess: () => router.replace(`${pathname}?enregistre=1`, { scroll: true }),
  });
  const outcomes = form.watch("outcomes") ?? [];

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-8">
      <FormAlert message={formError} />
      {defaultValues.outcomes?.map((block, index) => {
        const current = outcomes[index] ?? block;
        const theme = block.theme as Theme;
        return (
          <fieldset key={theme} className="space-y-5 rounded border border-line p-4">
            <legend className="px-1 text-lg font-bold">Accord ou plan d'action : {THEME_LABELS[theme].toLowerCase()}</legend>
            <OutcomeFields
              prefix={`outcomes.${index}.`}
              idPrefix={`outcome-${index}`}
              register={register as unknown as UseFormRegister<FieldValues>}
              errorOf={errorOf}
              kind={current.kind ?? "ACCORD"}
              theme={theme}
              status={current.status ?? NO_OUTCOME}
              domains={current.domains ?? []}
              headcount={headcount}
              noneOption={block.outcomeId ? undefined : NONE}
            />
          </fieldset>
        );
      })}
      <TextAreaField
        label="Les actions menées depuis la fin du cluster"
        hint="Ce qui a été mis en place, ce qui reste à faire, ce qui a été abandonné et pourquoi."
        error={errorOf("actionsCarriedOut")}
        {...register("actionsCarriedOut")}
      />
      <TextAreaField
        label="Ce que le cluster a changé dans l'entreprise"
        hint="Au travail, dans le dialogue social, dans la façon de conduire les projets."
        error={errorOf("changes")}
        {...register("changes")}
      />
      <ChoiceGroup
        legend="Votre satisfaction, avec le recul"
        type="radio"
        options={satisfactionOptions}
        error={errorOf("satisfaction")}
        {...register("satisfaction")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : answered ? "Mettre à jour les réponses" : "Envoyer les réponses"}
      </Button>
    </form>
  );
}
