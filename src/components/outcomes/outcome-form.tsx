"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import type { Theme } from "@/generated/prisma/enums";
import type { OutcomeInput } from "@/lib/outcomes/schemas";
import type { OutcomeSaved } from "@/lib/outcomes/mutations";
import { DOMAINS_BY_THEME, isDomainOf } from "@/lib/outcomes/domains";
import { OUTCOME_KIND_LABELS, outcomeDomainsProblem, outcomeStatusLabel } from "@/lib/outcomes/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, SelectField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { labelOptions } from "@/lib/format/fr";

const kindOptions = labelOptions(OUTCOME_KIND_LABELS);

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

  const headcount = companies.find((c) => c.value === participationId)?.headcount;
  // Said once the user has started choosing, or when it would block the save.
  const started = (domains ?? []).length > 0 || status !== "IN_PREPARATION";
  const problem =
    headcount === undefined || !started ? null : outcomeDomainsProblem(theme, status, domains ?? [], headcount);
  const signature = kind === "ACCORD" ? "Date de signature" : "Date d'adoption";
  const statusOptions = (["IN_PREPARATION", "SIGNED", "DEPOSITED"] as const).map((value) => ({
    value,
    label: outcomeStatusLabel(kind, value),
  }));

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
      <ChoiceGroup
        legend="Nature du résultat"
        type="radio"
        inline
        options={kindOptions}
        error={errorOf("kind")}
        {...register("kind")}
      />
      <SelectField
        label="Thème"
        hint="Un résultat par entreprise et par thème du cluster."
        options={themes.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
        error={errorOf("theme")}
        {...register("theme")}
      />
      <ChoiceGroup
        legend="Où en est-il ?"
        type="radio"
        options={statusOptions}
        error={errorOf("status")}
        {...register("status")}
      />
      {status !== "IN_PREPARATION" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label={signature} type="date" error={errorOf("signedAt")} {...register("signedAt")} />
          {status === "DEPOSITED" && (
            <TextField
              label="Date de dépôt auprès de la DREETS"
              type="date"
              error={errorOf("depositedAt")}
              {...register("depositedAt")}
            />
          )}
        </div>
      )}
      {status === "DEPOSITED" && (
        <TextField
          label="Référence du dépôt"
          hint="Recommandée : le numéro donné par la téléprocédure de dépôt."
          error={errorOf("depositReference")}
          {...register("depositReference")}
        />
      )}
      <ChoiceGroup
        legend="Domaines d'action retenus"
        hint={
          theme === "EGALITE_PROFESSIONNELLE"
            ? "Code du travail, art. R. 2242-2 : 3 domaines au moins sous 300 salarié·es, 4 à partir de 300, dont la rémunération effective."
            : undefined
        }
        options={DOMAINS_BY_THEME[theme].map((d) => ({ value: d.code, label: d.label }))}
        error={errorOf("domains")}
        {...register("domains")}
      />
      {problem && (
        <Notice
          tone="warning"
          role="status"
          title={problem.blocking ? "Ce résultat ne respecte pas la règle légale" : "Règle légale pas encore atteinte"}
        >
          {problem.message}{" "}
          {problem.blocking
            ? "Un accord signé ou un plan adopté ou déposé ne peut pas être enregistré ainsi."
            : status === "IN_PREPARATION"
              ? "Il peut être enregistré en préparation ; la règle devra être respectée à la signature."
              : "Sans obligation légale sous 50 salarié·es, il peut être enregistré en l'état."}
        </Notice>
      )}
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
