"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ERASE_CONFIRMATION } from "@/lib/personal-data/form";
import { erasePersonAction } from "@/lib/personal-data/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Erases the person once the administrator has typed the confirmation word: it cannot be undone. */
export function ErasePersonForm({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [erasedAs, setErasedAs] = useState<string | null>(null);
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/personal-data/schemas").then((m) => m.ErasePersonInput),
    defaultValues: { id, confirmation: "" },
    action: erasePersonAction,
    onSuccess: (result) => {
      setErasedAs(result.pseudonym);
      router.refresh();
    },
  });
  if (erasedAs) {
    return (
      <Notice tone="success" role="status" title="Personne supprimée">
        Ses données d'identité sont effacées : elle apparaît désormais comme « {erasedAs} ».
      </Notice>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <input type="hidden" {...register("id")} />
      <TextField
        label={`Pour confirmer, saisissez « ${ERASE_CONFIRMATION} »`}
        hint={`La suppression de ${name} est définitive.`}
        id="erase-confirmation"
        autoComplete="off"
        error={errorOf("confirmation")}
        {...register("confirmation")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Suppression…" : "Supprimer cette personne"}
      </Button>
    </form>
  );
}
