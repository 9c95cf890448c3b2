"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { StaffRole } from "@/generated/prisma/enums";
import { changeStaffRoleAction, deactivateStaffAction } from "@/lib/users/actions";
import { STAFF_ROLE_LABELS } from "@/lib/users/labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const roleOptions = (["CHARGE_DE_MISSION", "ARACT_ADMIN"] as const).map((role) => ({
  value: role,
  label: STAFF_ROLE_LABELS[role],
}));

export function RoleForm({ userId, role }: { userId: string; role: StaffRole }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const current = role === "ARACT_ADMIN" ? "ARACT_ADMIN" : "CHARGE_DE_MISSION";
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/users/schemas").then((m) => m.ChangeRoleInput),
    defaultValues: { userId, role: current },
    action: changeStaffRoleAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4">
      <FormAlert message={formError} />
      <SelectField label="Rôle dans l'Aract" options={roleOptions} error={errorOf("role")} {...register("role")} />
      <div role="status">
        {saved && <Notice tone="success">Rôle enregistré : il s'applique dès sa prochaine page.</Notice>}
      </div>
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Changer le rôle"}
      </Button>
    </form>
  );
}

/**
 * Deactivation: each running cluster the person is in charge of is handed to a colleague in the same step,
 * so that no cluster is left without anyone.
 */
export function DeactivateForm({
  userId,
  name,
  clusters,
  colleagues,
}: {
  userId: string;
  name: string;
  clusters: { id: string; name: string }[];
  colleagues: { id: string; name: string }[];
}) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/users/schemas").then((m) => m.DeactivateStaffInput),
    defaultValues: { userId, handovers: clusters.map((cluster) => ({ clusterId: cluster.id, toUserId: "" })) },
    action: deactivateStaffAction,
    onSuccess: () => router.refresh(),
  });
  const options = colleagues.map((c) => ({ value: c.id, label: c.name }));
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-4">
      <FormAlert message={formError} />
      {clusters.length > 0 ? (
        <fieldset className="space-y-4">
          <legend className="font-medium">
            {name} est en charge de {clusters.length === 1 ? "ce cluster" : `ces ${clusters.length} clusters`} : à qui
            le{clusters.length === 1 ? "" : "s"} confier ?
          </legend>
          {clusters.map((cluster, index) => (
            <SelectField
              key={cluster.id}
              id={`handover-${cluster.id}`}
              label={cluster.name}
              placeholder="Choisissez une personne"
              options={options}
              error={errorOf(`handovers.${index}.toUserId`)}
              {...register(`handovers.${index}.toUserId`)}
            />
          ))}
        </fieldset>
      ) : (
        <p className="text-sm">{name} n'est en charge d'aucun cluster en cours.</p>
      )}
      <p className="text-sm text-muted">
        Ses sessions prennent fin aussitôt : la page suivante qu'elle ou il ouvrira la renverra à la connexion, qui lui
        sera refusée. Vous pourrez réactiver son compte.
      </p>
      <Button type="submit" disabled={submitting}>
        {submitting
          ? "Désactivation…"
          : clusters.length
            ? "Confier les clusters et désactiver"
            : "Désactiver le compte"}
      </Button>
    </form>
  );
}
