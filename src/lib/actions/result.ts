import type { FieldErrors } from "@/lib/errors";

/** What every server action answers: data, or a French message with errors next to the fields. */
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export const UNEXPECTED_ERROR =
  "Une erreur inattendue est survenue : rien n'a été enregistré. Réessayez ; si elle persiste, signalez-la.";
export const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";
export const FORBIDDEN = "Vous n'avez pas accès à cette action.";
