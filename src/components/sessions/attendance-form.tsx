"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import { plural } from "@/lib/format/fr";
import { recordAttendanceAction } from "@/lib/sessions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export type AttendancePerson = {
  personId: string;
  name: string;
  jobTitle: string | null;
  label: string;
  status: AttendanceStatus | null;
};

const STATUS_OPTIONS = [
  { value: "PRESENT", label: "Présent·e" },
  { value: "EXCUSED", label: "Excusé·e" },
  { value: "ABSENT", label: "Absent·e" },
] as const;

/** Every expected person of the session, company by company, saved in one go. */
export function AttendanceForm({
  sessionId,
  companies,
}: {
  sessionId: string;
  companies: { participationId: string; name: string; people: AttendancePerson[] }[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const people = companies.flatMap((c) => c.people);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/sessions/schemas").then((m) => m.RecordAttendanceInput),
    defaultValues: { sessionId, statuses: Object.fromEntries(people.map((p) => [p.personId, p.status])) },
    action: recordAttendanceAction,
    onSuccess: (data) => {
      setSaved(data.changed);
      router.refresh();
    },
  });
  const markBlanksPresent = () => {
    for (const person of people) {
      const path = `statuses.${person.personId}` as const;
      if (!form.getValues(path)) form.setValue(path, "PRESENT", { shouldDirty: true });
    }
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6" onChange={() => setSaved(null)}>
      <FormAlert message={formError} />
      <div>
        <Button type="button" variant="secondary" onClick={markBlanksPresent}>
          Marquer présentes les personnes non renseignées
        </Button>
      </div>
      {companies.map((company) => (
        <fieldset key={company.participationId} className="rounded-sm border border-line bg-white p-5">
          <legend className="px-1 text-lg font-bold">{company.name}</legend>
          {company.people.length === 0 ? (
            <p className="text-sm">Aucun membre actif dans le binôme de cette entreprise.</p>
          ) : (
            <div className="space-y-4">
              {company.people.map((person) => (
                <ChoiceGroup
                  key={person.personId}
                  legend={`${person.name} – ${person.label}${person.jobTitle ? ` (${person.jobTitle})` : ""}`}
                  type="radio"
                  inline
                  options={STATUS_OPTIONS}
                  error={errorOf(`statuses.${person.personId}`)}
                  {...register(`statuses.${person.personId}`)}
                />
              ))}
            </div>
          )}
        </fieldset>
      ))}
      <div role="status">
        {saved !== null && (
          <Notice tone="success" title="Présences enregistrées">
            {saved === 0 ? "Aucun changement à enregistrer." : `${plural(saved, "présence enregistrée ou modifiée", "présences enregistrées ou modifiées")}.`}
          </Notice>
        )}
      </div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Enregistrer les présences"}
      </Button>
    </form>
  );
}
