"use client";

import { useState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { InviteStaffInput } from "@/lib/users/schemas";
import type { AppointAdminInput } from "@/lib/aracts/schemas";
import { STAFF_ROLE_LABELS } from "@/lib/users/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const roleOptions = (["CHARGE_DE_MISSION", "ARACT_ADMIN"] as const).map((role) => ({
  value: role,
  label: STAFF_ROLE_LABELS[role],
}));

function Sent({ email }: { email: string | null }) {
  return (
    <div role="status">
      {email && (
        <Notice tone="success">Invitation envoyée à {email} : le lien de connexion reste valable 7 jours.</Notice>
      )}
    </div>
  );
}

/** The Aract administrator invites a colleague with a role. */
export function InviteStaffForm({
  invite,
}: {
  invite: (values: InviteStaffInput) => Promise<ActionResult<{ userId: string }>>;
}) {
  const [sent, setSent] = useState<string | null>(null);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/users/schemas").then((m) => m.InviteStaffInput),
    defaultValues: { email: "", name: "", role: "CHARGE_DE_MISSION" },
    action: invite,
    onSuccess: () => {
      setSent(form.getValues("email"));
      form.reset();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      <FormAlert message={formError} />
      <TextField label="Prénom et nom" autoComplete="off" error={errorOf("name")} {...register("name")} />
      <TextField
        label="Adresse e-mail"
        type="email"
        autoComplete="off"
        error={errorOf("email")}
        {...register("email")}
      />
      <SelectField label="Rôle" options={roleOptions} error={errorOf("role")} {...register("role")} />
      <Sent email={sent} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Envoi…" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}

/** The national administrator appoints an Aract's administrator. */
export function AppointAdminForm({
  aractId,
  appoint,
}: {
  aractId: string;
  appoint: (values: z.input<typeof AppointAdminInput>) => Promise<ActionResult<{ userId: string }>>;
}) {
  const [sent, setSent] = useState<string | null>(null);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/aracts/schemas").then((m) => m.AppointAdminInput),
    defaultValues: { aractId, email: "", name: "" },
    action: appoint,
    onSuccess: () => {
      setSent(form.getValues("email"));
      form.reset({ aractId, email: "", name: "" });
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      <FormAlert message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Prénom et nom"
          id="admin-name"
          autoComplete="off"
          error={errorOf("name")}
          {...register("name")}
        />
        <TextField
          label="Adresse e-mail"
          id="admin-email"
          type="email"
          autoComplete="off"
          error={errorOf("email")}
          {...register("email")}
        />
      </div>
      <Sent email={sent} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Envoi…" : "Inviter comme administrateur·rice"}
      </Button>
    </form>
  );
}
