"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { addMemberAction } from "@/lib/members/actions";
import { MEMBER_ROLE_LABELS } from "@/lib/clusters/labels";
import { labelOptions } from "@/lib/format/fr";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { PairPersonFields, type PersonKey } from "./pair-person-fields";

const ROLE_OPTIONS = labelOptions(MEMBER_ROLE_LABELS);

/** A further member of the company: their role, whether they sit on its steering committee, and who they are. */
export function AddMemberForm({ participationId, onDone }: { participationId: string; onDone: () => void }) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/members/schemas").then((m) => m.AddMemberInput),
    defaultValues: {
      participationId,
      roleLabel: "",
      steering: false,
      person: { firstName: "", lastName: "", jobTitle: "", email: "" },
    },
    action: addMemberAction,
    onSuccess: () => {
      form.reset();
      onDone();
      router.refresh();
    },
  });
  const role = form.watch("role");
  const field = (key: PersonKey) => ({ registration: register(`person.${key}`), error: errorOf(`person.${key}`) });
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-4">
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Rôle dans la démarche"
          options={ROLE_OPTIONS}
          placeholder="Choisissez un rôle"
          error={errorOf("role")}
          {...register("role")}
          id="member-role"
        />
        {role === "OTHER" && (
          <TextField label="Rôle" hint="Exemple : assistante sociale, ergonome interne" error={errorOf("roleLabel")} {...register("roleLabel")} id="member-roleLabel" />
        )}
      </div>
      <PairPersonFields
        legend="La personne"
        side={null}
        idPrefix="member"
        field={field}
        emailHint="Facultative, mais nécessaire pour l'inviter. Si l'Aract connaît déjà cette adresse, sa fiche est reprise."
      />
      {role !== "STEERING_COMMITTEE" && (
        <div className="flex items-start gap-3">
          <input id="member-steering" type="checkbox" className="mt-1 h-5 w-5" {...register("steering")} />
          <label htmlFor="member-steering">Siège au comité de pilotage de l'entreprise</label>
        </div>
      )}
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Ajouter ce membre"}
      </Button>
    </form>
  );
}

/** « Ajouter un membre », opening the form below it. */
export function AddMember({ participationId }: { participationId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-5 space-y-4">
      <Button variant="secondary" aria-expanded={open} aria-controls="add-member" onClick={() => setOpen((was) => !was)}>
        Ajouter un membre
      </Button>
      <div id="add-member" hidden={!open}>
        {open && <AddMemberForm participationId={participationId} onDone={() => setOpen(false)} />}
      </div>
    </div>
  );
}
