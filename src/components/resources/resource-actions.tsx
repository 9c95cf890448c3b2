"use client";

import { useRouter } from "next/navigation";
import type { FieldValues, UseFormRegister } from "react-hook-form";
import type { UpdateResourceInput } from "@/lib/resources/schemas";
import { deleteResourceAction, featureResourceAction, updateResourceAction } from "@/lib/resources/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { Button } from "@/components/ui/button";
import { ResourceDescriptionFields } from "./resource-form";

/** A resource's description, edited by its Aract's staff (or the national side for a national one). */
export function EditResourceForm({ defaultValues, canShare }: { defaultValues: UpdateResourceInput; canShare: boolean }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/resources/schemas").then((m) => m.UpdateResourceInput),
    defaultValues,
    action: updateResourceAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      <ResourceDescriptionFields register={register as unknown as UseFormRegister<FieldValues>} errorOf={errorOf} canShare={canShare} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Enregistrer la ressource"}
      </Button>
    </form>
  );
}

export function DeleteResourceButton({ id, attachments }: { id: string; attachments: number }) {
  const router = useRouter();
  return (
    <ConfirmedActionButton
      label="Supprimer la ressource"
      confirmation={
        attachments
          ? `Elle est jointe à ${attachments} cluster(s) ou séance(s) : elle en disparaît aussi. On ne peut pas revenir en arrière.`
          : "Son fichier est supprimé avec elle. On ne peut pas revenir en arrière."
      }
      confirmLabel="Confirmer : supprimer"
      run={async () => {
        const result = await deleteResourceAction({ id });
        if (result.ok) router.push("/ressources");
        return result;
      }}
    />
  );
}

/** The national side puts a resource forward on the library's first page, or takes it back. */
export function FeatureResourceButton({ id, featured }: { id: string; featured: boolean }) {
  return (
    <ConfirmedActionButton
      label={featured ? "Retirer de la une" : "Mettre à la une"}
      confirmation={
        featured
          ? "La ressource ne sera plus en tête de la bibliothèque."
          : "La ressource apparaîtra en tête de la bibliothèque de toutes les Aracts."
      }
      confirmLabel={featured ? "Confirmer : retirer de la une" : "Confirmer : mettre à la une"}
      run={() => featureResourceAction({ id, featured: !featured })}
    />
  );
}
