"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { addClusterTemplateAction } from "@/lib/templates/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** Adds one of the national templates the cluster has not chosen yet (its latest version). */
export function AddClusterTemplateForm({
  clusterId,
  options,
}: {
  clusterId: string;
  options: { value: string; label: string }[];
}) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/templates/schemas").then((m) => m.AddClusterTemplateInput),
    defaultValues: { clusterId, key: "" },
    action: addClusterTemplateAction,
    onSuccess: () => {
      setAdded(options.find((option) => option.value === form.getValues("key"))?.label ?? null);
      form.reset({ clusterId, key: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <FormAlert message={formError} />
      <SelectField
        label="Modèle à ajouter"
        id="template-key"
        hint="La dernière version publiée du modèle est retenue ; le cluster la garde tant que vous ne la changez pas."
        placeholder="Choisissez un modèle"
        options={options}
        error={errorOf("key")}
        {...register("key", { onChange: () => setAdded(null) })}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Enregistrement…" : "Ajouter ce modèle"}
      </Button>
      <p role="status" className="text-sm">
        {added && `Modèle ajouté : ${added}.`}
      </p>
    </form>
  );
}
