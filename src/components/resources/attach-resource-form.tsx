"use client";

import { useRouter } from "next/navigation";
import type { AttachResourceInput } from "@/lib/resources/schemas";
import { attachResourceAction } from "@/lib/resources/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** Attaches a resource of the library to the cluster, or to one of its sessions as a support. */
export function AttachResourceForm({
  clusterId,
  resources,
  sessions,
}: {
  clusterId: string;
  resources: { value: string; label: string }[];
  sessions: { value: string; label: string }[];
}) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/resources/schemas").then((m) => m.AttachResourceInput),
    defaultValues: { clusterId, resourceId: "", sessionId: "" } as AttachResourceInput,
    action: attachResourceAction,
    onSuccess: () => {
      form.reset({ clusterId, resourceId: "", sessionId: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="grid max-w-4xl gap-4 md:grid-cols-[2fr_1fr_auto] md:items-end">
      <div className="md:col-span-3">
        <FormAlert message={formError} />
      </div>
      <SelectField label="Ressource de la bibliothèque" placeholder="Choisissez une ressource" options={resources} error={errorOf("resourceId")} {...register("resourceId")} />
      <SelectField label="Joindre à" options={[{ value: "", label: "Tout le cluster" }, ...sessions]} error={errorOf("sessionId")} {...register("sessionId")} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Ajout…" : "Joindre"}
      </Button>
    </form>
  );
}
