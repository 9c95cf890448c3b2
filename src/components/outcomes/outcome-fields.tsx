"use client";

import type { UseFormRegister, FieldValues } from "react-hook-form";
import type { OutcomeKind, OutcomeStatus, Theme } from "@/generated/prisma/enums";
import { DOMAINS_BY_THEME } from "@/lib/outcomes/domains";
import { OUTCOME_KIND_LABELS, outcomeDomainsProblem, outcomeStatusLabel } from "@/lib/outcomes/rules";
import { ChoiceGroup, TextField } from "@/components/forms/fields";
import { Notice } from "@/components/ui/notice";
import { labelOptions } from "@/lib/format/fr";

const kindOptions = labelOptions(OUTCOME_KIND_LABELS);
export const OUTCOME_STATUSES = ["IN_PREPARATION", "SIGNED", "DEPOSITED"] as const satisfies readonly OutcomeStatus[];

/**
 * What an accord or plan is, under a prefix of the form's fields ("" or "outcomes.0."): its nature, where
 * it stands with its dates and deposit, its domains, and the égalité rule's shortfall. `status` may be
 * a value outside the outcome statuses (the follow-up's "none"): only the status choice is shown then.
 */
export function OutcomeFields({
  prefix = "",
  idPrefix,
  register,
  errorOf,
  kind,
  theme,
  status,
  domains,
  headcount,
  noneOption,
}: {
  prefix?: string;
  /** Keeps the fields' ids unique when a form holds several outcomes. */
  idPrefix?: string;
  register: UseFormRegister<FieldValues>;
  errorOf: (field: string) => string | undefined;
  kind: OutcomeKind;
  theme: Theme;
  status: string;
  domains: string[];
  headcount: number | undefined;
  /** A first choice of status meaning "no accord nor plan" (the follow-up's). */
  noneOption?: { value: string; label: string };
}) {
  const field = (name: string) => `${prefix}${name}`;
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : undefined);
  const recorded = (OUTCOME_STATUSES as readonly string[]).includes(status);
  const statusOptions = [
    ...(noneOption ? [noneOption] : []),
    ...OUTCOME_STATUSES.map((value) => ({ value, label: outcomeStatusLabel(kind, value) })),
  ];
  // Said once the user has started choosing, or when it would block the save.
  const started = domains.length > 0 || (recorded && status !== "IN_PREPARATION");
  const problem =
    headcount === undefined || !started || !recorded
      ? null
      : outcomeDomainsProblem(theme, status as OutcomeStatus, domains, headcount);
  const signature = kind === "ACCORD" ? "Date de signature" : "Date d'adoption";

  return (
    <>
      <ChoiceGroup legend="Où en est-il ?" type="radio" options={statusOptions} error={errorOf(field("status"))} {...register(field("status"))} />
      {recorded && (
        <ChoiceGroup
          legend="Nature du résultat"
          type="radio"
          inline
          options={kindOptions}
          error={errorOf(field("kind"))}
          {...register(field("kind"))}
        />
      )}
      {recorded && status !== "IN_PREPARATION" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField id={id("signedAt")} label={signature} type="date" error={errorOf(field("signedAt"))} {...register(field("signedAt"))} />
          {status === "DEPOSITED" && (
            <TextField
              id={id("depositedAt")}
              label="Date de dépôt auprès de la DREETS"
              type="date"
              error={errorOf(field("depositedAt"))}
              {...register(field("depositedAt"))}
            />
          )}
        </div>
      )}
      {status === "DEPOSITED" && (
        <TextField
          id={id("depositReference")}
          label="Référence du dépôt"
          hint="Recommandée : le numéro donné par la téléprocédure de dépôt."
          error={errorOf(field("depositReference"))}
          {...register(field("depositReference"))}
        />
      )}
      {recorded && (
        <ChoiceGroup
          legend="Domaines d'action retenus"
          hint={
            theme === "EGALITE_PROFESSIONNELLE"
              ? "Code du travail, art. R. 2242-2 : 3 domaines au moins sous 300 salarié·es, 4 à partir de 300, dont la rémunération effective."
              : undefined
          }
          options={DOMAINS_BY_THEME[theme].map((d) => ({ value: d.code, label: d.label }))}
          error={errorOf(field("domains"))}
          {...register(field("domains"))}
        />
      )}
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
    </>
  );
}
