"use client";

import Link from "next/link";
import { useState } from "react";
import { submitApplicationAction } from "@/lib/applications/actions";
import { PERSONAL_DATA_PATH } from "@/lib/personal-data/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PairPersonFields, type PersonKey } from "@/components/companies/pair-person-fields";
import { StructureFields } from "@/components/companies/structure-fields";

const emptyPerson = { firstName: "", lastName: "", jobTitle: "", email: "" };

/** The public application form of a cluster or a programme; once sent, the confirmation replaces it. */
export function ApplicationForm({ target }: { target: { kind: "cluster" | "programme"; id: string } }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { submit, formError, errorOf, register, submitting, form } = useActionForm({
    schema: () => import("@/lib/applications/schemas").then((m) => m.ApplicationInput),
    defaultValues: {
      target,
      company: { name: "", siret: "", nafCode: "", city: "", postalCode: "" },
      direction: emptyPerson,
      staffRepresentative: emptyPerson,
      project: "",
      website: "",
    },
    action: submitApplicationAction,
    onSuccess: () => setSentTo(form.getValues("direction.email") ?? ""),
  });

  if (sentTo !== null) {
    return (
      <div role="status" tabIndex={-1} ref={(node) => node?.focus()}>
        <Notice tone="success" title="Candidature envoyée">
          Merci. Un e-mail de confirmation part à {sentTo || "l'adresse de la direction"} ; l'Aract étudie votre
          candidature et vous répondra à cette adresse.
        </Notice>
      </div>
    );
  }

  const person = (side: "direction" | "staffRepresentative") => (key: PersonKey) => ({
    registration: register(`${side}.${key}`),
    error: errorOf(`${side}.${key}`),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      <StructureFields
        postalCodeRequired
        field={(key) => ({
          registration: register(`company.${key}`, key === "headcount" ? { valueAsNumber: true } : undefined),
          error: errorOf(`company.${key}`),
        })}
      />
      <PairPersonFields
        legend="Direction"
        side="DIRECTION"
        idPrefix="direction"
        field={person("direction")}
        emailHint="Obligatoire : la confirmation et la réponse de l'Aract partent à cette adresse."
      />
      <PairPersonFields
        legend="Représentant·e du personnel"
        side="STAFF_REPRESENTATIVE"
        idPrefix="staff"
        field={person("staffRepresentative")}
        emailHint="Facultative : l'Aract l'invitera si la candidature est retenue."
      />
      <TextAreaField
        label="Votre projet en quelques lignes"
        hint="Ce qui vous amène, ce que vous voudriez faire évoluer, ce que vous attendez de l'action collective."
        id="project"
        rows={5}
        error={errorOf("project")}
        {...register("project")}
      />
      {/* Hidden from people: a robot filling every field fills this one too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Site web (ne pas remplir)</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register("website")} />
      </div>
      <div className={`border-l-2 pl-3 ${errorOf("consent") ? "border-marianne" : "border-transparent"}`}>
        <div className="flex items-start gap-3">
          <input
            id="consent"
            type="checkbox"
            className="mt-1 h-5 w-5"
            aria-invalid={errorOf("consent") ? true : undefined}
            aria-describedby={errorOf("consent") ? "consent-error" : undefined}
            {...register("consent")}
          />
          <label htmlFor="consent">
            J'accepte que l'Aract et l'Anact traitent ces données pour étudier cette candidature et, si elle est
            retenue, mener l'action collective (<Link href={PERSONAL_DATA_PATH}>vos données personnelles et vos droits</Link>).
          </label>
        </div>
        {errorOf("consent") && (
          <p id="consent-error" className="mt-2 text-sm font-medium text-marianne">
            {errorOf("consent")}
          </p>
        )}
      </div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Envoi…" : "Envoyer la candidature"}
      </Button>
    </form>
  );
}
