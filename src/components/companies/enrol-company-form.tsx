"use client";

import { useRouter } from "next/navigation";
import { enrolCompanyAction } from "@/lib/companies/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { PairPersonFields, type PersonKey } from "./pair-person-fields";

export type PickedCompany = { id: string; name: string; description: string };

const emptyPerson = { firstName: "", lastName: "", jobTitle: "", email: "" };

const newCompany = { mode: "new" as const, name: "", siret: "", nafCode: "", city: "", postalCode: "" };

/** Enrols a company, picked or new, with its pair; then opens its page, where the pair is invited. */
export function EnrolCompanyForm({ clusterId, picked }: { clusterId: string; picked: PickedCompany | null }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/companies/schemas").then((m) => m.EnrolCompanyInput),
    defaultValues: {
      clusterId,
      company: picked ? { mode: "existing", id: picked.id } : newCompany,
      direction: emptyPerson,
      staffRepresentative: emptyPerson,
    },
    action: enrolCompanyAction,
    onSuccess: ({ participationId }) => {
      router.push(`/clusters/${clusterId}/entreprises/${participationId}?inscrite=1`);
      router.refresh();
    },
  });
  const person = (side: "direction" | "staffRepresentative") => (key: PersonKey) => ({
    registration: register(`${side}.${key}`),
    error: errorOf(`${side}.${key}`),
  });
  const pickedError = errorOf("company.id");

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      {picked ? (
        <div className={`border-l-4 bg-white p-5 ${pickedError ? "border-marianne" : "border-france-900"}`}>
          <p className="text-sm text-muted">Structure choisie</p>
          <p className="text-lg font-bold">{picked.name}</p>
          <p className="text-sm">{picked.description}</p>
          {pickedError && (
            <p id="company-id-error" className="mt-2 text-sm font-medium text-marianne">
              {pickedError}
            </p>
          )}
        </div>
      ) : (
        <fieldset className="space-y-5 rounded-sm border border-line bg-white p-5">
          <legend className="px-1 text-lg font-bold">Nouvelle structure</legend>
          <p className="text-sm text-muted">
            Une entreprise, une association, une collectivité ou un établissement sanitaire ou social : toute structure
            qui a un SIRET.
          </p>
          <TextField label="Nom de la structure" id="company-name" error={errorOf("company.name")} {...register("company.name")} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label="SIRET"
              id="company-siret"
              hint="14 chiffres, espaces permis : 732 829 320 00074"
              inputMode="numeric"
              error={errorOf("company.siret")}
              {...register("company.siret")}
            />
            <TextField
              label="Code NAF"
              id="company-naf"
              hint="Le code APE : 10.20Z"
              error={errorOf("company.nafCode")}
              {...register("company.nafCode")}
            />
            <TextField
              label="Effectif"
              id="company-headcount"
              hint="Salarié·es ou agents, aujourd'hui"
              type="number"
              min={1}
              step={1}
              error={errorOf("company.headcount")}
              {...register("company.headcount", { valueAsNumber: true })}
            />
            <TextField label="Ville" id="company-city" hint="Facultative" error={errorOf("company.city")} {...register("company.city")} />
            <TextField
              label="Code postal"
              id="company-postal-code"
              hint="Facultatif"
              inputMode="numeric"
              error={errorOf("company.postalCode")}
              {...register("company.postalCode")}
            />
          </div>
        </fieldset>
      )}
      <PairPersonFields
        legend="Direction"
        side="DIRECTION"
        idPrefix="direction"
        field={person("direction")}
        emailHint="Obligatoire : l'invitation part à cette adresse."
      />
      <PairPersonFields
        legend="Représentant·e du personnel"
        side="STAFF_REPRESENTATIVE"
        idPrefix="staff"
        field={person("staffRepresentative")}
        emailHint="Facultative : sans adresse, cette personne ne peut pas être invitée."
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Inscription…" : "Inscrire l'entreprise"}
      </Button>
    </form>
  );
}
