"use client";

import { useFieldArray } from "react-hook-form";
import { useRouter } from "next/navigation";
import { ClusterInput } from "@/lib/clusters/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { THEME_LABELS, PARTNER_KIND_LABELS } from "@/lib/clusters/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { labelOptions } from "@/lib/format/fr";

const themeOptions = labelOptions(THEME_LABELS);
const partnerKindOptions = labelOptions(PARTNER_KIND_LABELS);


function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-5 rounded-sm border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function ClusterForm({
  defaultValues,
  programmes,
  staff,
  submitLabel,
  save,
}: {
  defaultValues: ClusterInput;
  programmes: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  submitLabel: string;
  save: (values: ClusterInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: ClusterInput,
    defaultValues,
    action: save,
    onSuccess: ({ id }) => {
      router.push(`/clusters/${id}`);
      router.refresh();
    },
  });
  const partners = useFieldArray({ control: form.control, name: "partners" });
  const funders = useFieldArray({ control: form.control, name: "funders" });
  const kind = form.watch("kind");

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      <Section title="Le cluster">
        <TextField label="Nom du cluster" error={errorOf("name")} {...register("name")} />
        <TextAreaField label="Présentation" hint="Facultative : ce que le cluster propose aux entreprises." error={errorOf("description")} {...register("description")} />
        <SelectField
          label="Programme"
          hint="Le cadre national ou régional du cluster, s'il en a un."
          placeholder="Aucun (action régionale)"
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          error={errorOf("programmeId")}
          {...register("programmeId")}
        />
        <ChoiceGroup legend="Thèmes" options={themeOptions} error={errorOf("themes")} {...register("themes")} />
      </Section>

      <Section title="Périmètre">
        <ChoiceGroup
          legend="Le cluster réunit des entreprises"
          type="radio"
          inline
          options={[
            { value: "TERRITORIAL", label: "d'un même territoire" },
            { value: "SECTORAL", label: "d'un même secteur" },
          ]}
          error={errorOf("kind")}
          {...register("kind")}
        />
        {kind === "SECTORAL" ? (
          <TextField label="Secteur" hint="Exemple : services à la personne" error={errorOf("sector")} {...register("sector")} />
        ) : (
          <TextField label="Territoire" hint="Exemple : Pays de Brest (Finistère)" error={errorOf("territory")} {...register("territory")} />
        )}
      </Section>

      <Section title="Calendrier et moyens prévus">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="Début" type="date" error={errorOf("startDate")} {...register("startDate")} />
          <TextField label="Fin" type="date" error={errorOf("endDate")} {...register("endDate")} />
          <TextField
            label="Demi-journées collectives prévues"
            type="number"
            min={1}
            error={errorOf("plannedCollectiveSessions")}
            {...register("plannedCollectiveSessions", { valueAsNumber: true })}
          />
          <TextField
            label="Jours d'appui individuel par entreprise"
            hint="Par demi-journées : 0,5, 1, 1,5…"
            type="number"
            min={0}
            step={0.5}
            error={errorOf("plannedSupportDaysPerCompany")}
            {...register("plannedSupportDaysPerCompany", { valueAsNumber: true })}
          />
        </div>
        <ChoiceGroup
          legend="Chargé·es de mission en charge"
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
          error={errorOf("staffUserIds")}
          {...register("staffUserIds")}
        />
      </Section>

      <Section title="Partenaires">
        {partners.fields.length === 0 && <p className="text-sm text-muted">Aucun partenaire pour l'instant.</p>}
        {partners.fields.map((field, index) => (
          <div key={field.id} className="grid gap-4 border-b border-line pb-4 sm:grid-cols-[2fr_1fr_auto]">
            <TextField label={`Partenaire ${index + 1}`} error={errorOf(`partners.${index}.name`)} {...register(`partners.${index}.name`)} />
            <SelectField label="Type" options={partnerKindOptions} error={errorOf(`partners.${index}.kind`)} {...register(`partners.${index}.kind`)} />
            <div className="flex items-end">
              <Button type="button" variant="tertiary" onClick={() => partners.remove(index)}>
                Retirer<span className="sr-only"> le partenaire {index + 1}</span>
              </Button>
            </div>
            <div className="sm:col-span-3">
              <TextField label="Son rôle" hint="Facultatif" error={errorOf(`partners.${index}.role`)} {...register(`partners.${index}.role`)} />
            </div>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => partners.append({ name: "", kind: "AUTRE", role: "" })}>
          Ajouter un partenaire
        </Button>
      </Section>

      <Section title="Financeurs">
        {funders.fields.length === 0 && <p className="text-sm text-muted">Aucun financeur pour l'instant.</p>}
        {funders.fields.map((field, index) => (
          <div key={field.id} className="grid gap-4 border-b border-line pb-4 sm:grid-cols-[2fr_1fr_auto]">
            <TextField label={`Financeur ${index + 1}`} error={errorOf(`funders.${index}.name`)} {...register(`funders.${index}.name`)} />
            <TextField
              label="Montant (€)"
              hint="Facultatif"
              type="number"
              min={0}
              step={1}
              error={errorOf(`funders.${index}.amountEuros`)}
              {...register(`funders.${index}.amountEuros`, { valueAsNumber: true })}
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
      </Section>

      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
