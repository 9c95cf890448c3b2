"use client";

import { useRouter } from "next/navigation";
import { enrolCompanyAction } from "@/lib/companies/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { PairPersonFields, type PersonKey } from "./pair-person-fields";
import { StructureFields } from "./structure-fields";

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
        <StructureFields
          field={(key) => ({
            registration: register(`company.${key}`, key === "headcount" ? { valueAsNumber: true } : undefined),
            error: errorOf(`company.${key}`),
          })}
        />
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
