"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { saveNotesAction } from "@/lib/notes/actions";
import { STALE_NOTES_FIELD } from "@/lib/notes/form";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/**
 * The chargé·e de mission's notes. The form keeps the version its text was loaded at: should a colleague
 * save in the meantime, the save is refused, and the current text is shown next to the one typed here,
 * which stays in the field. The next save, made with both in view, replaces the current text.
 */
export function NotesForm({ participationId, notes, version, lastEditedBy }: {
  participationId: string;
  notes: string;
  version: number;
  lastEditedBy: string | null;
}) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [saved, setSaved] = useState(false);
  const pinned = useRef({ version, loaded: notes });
  const { form, submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/notes/schemas").then((m) => m.SaveNotesInput),
    defaultValues: { participationId, version, loaded: notes, notes },
    action: async (values) => {
      const result = await saveNotesAction({ ...values, ...pinned.current });
      if (result.ok || result.fieldErrors?.[STALE_NOTES_FIELD]) startRefresh(() => router.refresh());
      return result;
    },
    onSuccess: (data) => {
      setSaved(true);
      pinned.current = { version: data.version, loaded: data.notes };
      form.reset({ participationId, version: data.version, loaded: data.notes, notes: data.notes });
    },
  });
  const stale = errorOf(STALE_NOTES_FIELD);
  const isDirty = form.formState.isDirty;

  // Untouched, the field follows the notes as colleagues change them.
  useEffect(() => {
    if (version === pinned.current.version || isDirty) return;
    pinned.current = { version, loaded: notes };
    form.reset({ participationId, version, loaded: notes, notes });
  }, [version, notes, isDirty, participationId, form]);

  const save = (event?: FormEvent) => {
    // After a refusal, the current text is on screen next to the typed one: the next save is made over it.
    if (stale) pinned.current = { version, loaded: notes };
    setSaved(false);
    return submit(event);
  };
  const conflict = Boolean(stale) && !refreshing;

  return (
    <form onSubmit={save} noValidate className="space-y-4">
      {stale ? (
        <Notice tone="warning" role="alert" title="Ces notes ont changé pendant que vous écriviez">
          {stale}
        </Notice>
      ) : (
        <FormAlert message={formError} />
      )}
      <div className={conflict ? "grid gap-4 lg:grid-cols-2" : ""}>
        {conflict && (
          <section aria-labelledby="notes-current" className="border-l-4 border-line bg-white px-4 py-3">
            <h4 id="notes-current" className="font-bold">
              Texte actuel{lastEditedBy ? `, enregistré par ${lastEditedBy}` : ""}
            </h4>
            <p className="mt-2 whitespace-pre-line text-sm">{notes || "(notes vides)"}</p>
          </section>
        )}
        <TextAreaField
          label={conflict ? "Votre texte (pas encore enregistré)" : "Notes de suivi"}
          id="participation-notes"
          rows={8}
          hint="Pour l'équipe de l'Aract seulement : ni le binôme ni l'équipe nationale ne les lisent."
          error={errorOf("notes")}
          {...register("notes")}
        />
      </div>
      <div role="status">{saved && <Notice tone="success">Notes enregistrées.</Notice>}</div>
      <Button type="submit" disabled={submitting || refreshing}>
        {submitting ? "Enregistrement…" : conflict ? "Enregistrer mon texte à la place du texte actuel" : "Enregistrer les notes"}
      </Button>
    </form>
  );
}
