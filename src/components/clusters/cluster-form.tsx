"use client";

import { useFieldArray } from "react-hook-form";
import { useRouter } from "next/navigation";
import type { ClusterInput } from "@/lib/clusters/schemas";
import type { ActionResult } from "@/lib/actions/result";
import type { ProgrammeOption } from "@/lib/programmes/queries";
import type { PartnerOption } from "@/lib/partners/queries";
import { THEME_LABELS, PARTNER_KIND_LABELS } from "@/lib/clusters/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { FormSection as Section } from "@/components/forms/form-section";
import { FunderFields } from "@/components/forms/funder-fields";
import { Button } from "@/components/ui/button";
import { labelOptions } from "@/lib/format/fr";

const themeOptions = labelOptions(THEME_LABELS);
const partnerKindOptions = labelOptions(PARTNER_KIND_LABELS);

/** National programmes and the Aract's regional ones, each under its heading. */
const programmeOptions = (programmes: ProgrammeOption[]) =>
  [...programmes]
    .sort((a, b) => Number(b.national) - Number(a.national))
    .map((p) => ({ value: p.id, label: p.name, group: p.national ? "Programmes nationaux" : "Programmes régionaux de votre Aract" }));

export function ClusterForm({
  defaultValues,
  programmes,
  directory = [],
  staff,
  submitLabel,
  save,
}: {
  defaultValues: ClusterInput;
  programmes: ProgrammeOption[];
  /** The Aract's partners directory (empty when the caller may not read it). */
  directory?: PartnerOption[];
  staff: { id: string; name: string }[];
  submitLabel: string;
  save: (values: ClusterInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/clusters/schemas").then((m) => m.ClusterInput),
    defaultValues,
    action: save,
    onSuccess: ({ id }) => {
      router.push(`/clusters/${id}`);
      router.refresh();
    },
  });
  const partners = useFieldArray({ control: form.control, name: "partners" });
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
          options={programmeOptions(programmes)}
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
            {directory.length > 0 && (
              <div className="sm:col-span-3">
                <SelectField
                  label={`Annuaire de l'Aract (partenaire ${index + 1})`}
                  hint="Choisir un partenaire de l'annuaire remplit son nom et son type ; sinon, saisissez-les."
                  placeholder="Partenaire hors annuaire (saisi ci-dessous)"
                  options={directory.map((p) => ({ value: p.id, label: p.archived ? `${p.name} (archivé)` : p.name }))}
                  error={errorOf(`partners.${index}.partnerId`)}
                  {...register(`partners.${index}.partnerId`, {
                    onChange: (event: { target: { value: string } }) => {
                      const picked = directory.find((p) => p.id === event.target.value);
                      if (!picked) return;
                      form.setValue(`partners.${index}.name`, picked.name, { shouldValidate: form.formState.isSubmitted });
                      form.setValue(`partners.${index}.kind`, picked.kind);
                    },
                  })}
                />
              </div>
            )}
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
        <Button type="button" variant="secondary" onClick={() => partners.append({ partnerId: "", name: "", kind: "AUTRE", role: "" })}>
          Ajouter un partenaire
        </Button>
      </Section>

      <Section title="Financeurs">
        <FunderFields form={form} errorOf={errorOf} />
      </Section>

      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
