"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import type { Theme } from "@/generated/prisma/enums";
import type { OutcomeInput } from "@/lib/outcomes/schemas";
import type { OutcomeSaved } from "@/lib/outcomes/mutations";
import type { FieldValues, UseFormRegister } from "react-hook-form";
import { isDomainOf } from "@/lib/outcomes/domains";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { OutcomeFields } from "./outcome-fields";

/** The accord or plan of one company: create it (company to choose) or edit it (company fixed). */
export function OutcomeForm({
  defaultValues,
  themes,
  companies,
  companyName,
  submitLabel,
  save,
}: {
  defaultValues: OutcomeInput;
  themes: Theme[];
  companies: { value: string; label: string; headcount: number }[];
  /** Given when editing: the company is shown, not chosen. */
  companyName?: string;
  submitLabel: string;
  save: (values: OutcomeInput) => Promise<ActionResult<OutcomeSaved>>;
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/outcomes/schemas").then((m) => m.OutcomeInput),
    defaultValues,
    action: save,
    onSuccess: () => {
      router.push(`/clusters/${defaultValues.clusterId}/resultats`);
      router.refresh();
    },
  });
  const [kind, theme, status, domains, participationId] = form.watch([
    "kind",
    "theme",
    "status",
    "domains",
    "participationId",
  ]);

  // Domains belong to a theme: those of the previous theme go when the theme changes.
  useEffect(() => {
    const current = form.getValues("domains") ?? [];
    const kept = current.filter((code) => isDomainOf(theme, code));
    if (kept.length !== current.length) form.setValue("domains", kept);
  }, [theme, form]);

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      {companyName ? (
        <p className="text-lg">
          Entreprise : <span className="font-bold">{companyName}</span>
        </p>
      ) : (
        <SelectField
          label="Entreprise"
          placeholder="Choisissez une entreprise"
          options={companies}
          error={errorOf("participationId")}
          {...register("participationId")}
        />
      )}
      <SelectField
        label="Thème"
        hint="Un résultat par entreprise et par thème du cluster."
        options={themes.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
        error={errorOf("theme")}
        {...register("theme")}
      />
      <OutcomeFields
        register={register as unknown as UseFormRegister<FieldValues>}
        errorOf={errorOf}
        kind={kind}
        theme={theme}
        status={status}
        domains={domains ?? []}
        headcount={companies.find((c) => c.value === participationId)?.headcount}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
