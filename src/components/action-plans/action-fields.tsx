"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { ActionInput } from "@/lib/action-plans/schemas";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "@/lib/action-plans/rules";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => {
  const label = ACTION_STATUS_LABELS[status];
  return { value: status, label: label.charAt(0).toUpperCase() + label.slice(1) };
});

/** The fields of one action, shared by the add and edit forms; ids are prefixed so that both may be on the page. */
export function ActionFields({ idPrefix, field, errorOf, domains }: {
  idPrefix: string;
  field: (name: keyof ActionInput) => UseFormRegisterReturn;
  errorOf: (path: string) => string | undefined;
  domains: { value: string; label: string }[];
}) {
  const error = (name: keyof ActionInput) => errorOf(`action.${name}`);
  return (
    <div className="space-y-5">
      <SelectField
        label="Domaine d'action"
        id={`${idPrefix}-domain`}
        options={domains}
        placeholder="Choisissez un domaine"
        error={error("domain")}
        {...field("domain")}
      />
      <TextAreaField label="Objectif" id={`${idPrefix}-objective`} rows={2} error={error("objective")} {...field("objective")} />
      <TextField
        label="Porteur de l'action"
        id={`${idPrefix}-owner`}
        hint="Une personne ou une fonction : DRH, secrétaire du CSE, responsable de production…"
        error={error("owner")}
        {...field("owner")}
      />
      <TextField label="Échéance" id={`${idPrefix}-due`} type="date" hint="Facultative." error={error("dueDate")} {...field("dueDate")} />
      <TextField
        label="Indicateur de suivi"
        id={`${idPrefix}-indicator`}
        hint="Facultatif. Ce qui montrera que l'action a atteint son but."
        error={error("indicator")}
        {...field("indicator")}
      />
      <ChoiceGroup legend="Statut" type="radio" inline options={STATUS_OPTIONS} error={error("status")} {...field("status")} />
    </div>
  );
}
