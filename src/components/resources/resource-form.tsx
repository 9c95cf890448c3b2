"use client";

import { useRouter } from "next/navigation";
import type { FieldValues, UseFormRegister } from "react-hook-form";
import type { ResourceInput } from "@/lib/resources/schemas";
import { createResourceAction } from "@/lib/resources/actions";
import { ACCEPT_ATTRIBUTE, MAX_FILE_BYTES } from "@/lib/resources/files";
import { KIND_LABELS } from "@/lib/resources/labels";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { labelOptions } from "@/lib/format/fr";
import { useActionForm } from "@/components/forms/use-action-form";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

const SOURCES = [
  { value: "file", label: "Un fichier (PDF, Word, Excel, PowerPoint, image)" },
  { value: "link", label: "Un lien (une page, une vidéo en ligne)" },
];

/** The description fields every resource has: title, summary, themes, kind, and sharing for a regional one. */
export function ResourceDescriptionFields({
  register,
  errorOf,
  canShare,
}: {
  register: UseFormRegister<FieldValues>;
  errorOf: (field: string) => string | undefined;
  canShare: boolean;
}) {
  return (
    <>
      <TextField label="Titre" error={errorOf("title")} {...register("title")} />
      <TextAreaField label="Résumé" hint="Ce que la ressource apporte, à qui, à quel moment d'un cluster." error={errorOf("summary")} {...register("summary")} />
      <SelectField label="Nature" options={labelOptions(KIND_LABELS)} error={errorOf("kind")} {...register("kind")} />
      <ChoiceGroup legend="Thèmes" options={labelOptions(THEME_LABELS)} error={errorOf("themes")} {...register("themes")} />
      {canShare && (
        <label className="flex items-start gap-2 pl-3">
          <input type="checkbox" className="mt-1 h-4 w-4 accent-france-900" {...register("shared")} />
          <span>
            Partager avec le réseau <span className="block text-sm text-muted">Les autres Aracts et l'Anact la trouvent dans leur bibliothèque.</span>
          </span>
        </label>
      )}
    </>
  );
}

/** Publishes a resource: a file checked by the server, or a link. */
export function NewResourceForm({ canShare }: { canShare: boolean }) {
  const router = useRouter();
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/resources/schemas").then((m) => m.ResourceInput),
    defaultValues: { source: "file", title: "", summary: "", themes: [], kind: "GUIDE", shared: false } as ResourceInput,
    action: createResourceAction,
    onSuccess: ({ id }) => router.push(`/ressources/${id}?publiee=1`),
  });
  const source = form.watch("source");
  const fields = register as unknown as UseFormRegister<FieldValues>;
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <FormAlert message={formError} />
      <ChoiceGroup legend="La ressource est" type="radio" options={SOURCES} error={errorOf("source")} {...register("source")} />
      {source === "link" ? (
        <TextField label="Adresse du lien" type="url" placeholder="https://" error={errorOf("url")} {...fields("url")} />
      ) : (
        <TextField
          label="Fichier"
          name="file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          hint={`${MAX_FILE_BYTES / 1024 / 1024} Mo au plus. Son contenu est vérifié : un fichier qui n'est pas ce que son nom annonce est refusé.`}
          error={errorOf("file")}
          onChange={(event) => form.setValue("file" as never, event.target.files?.[0] as never)}
        />
      )}
      <ResourceDescriptionFields register={fields} errorOf={errorOf} canShare={canShare} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Publication…" : "Publier la ressource"}
      </Button>
    </form>
  );
}
