// What the notes form shares with the server, without zod (see schemas.ts): kept apart so that the
// form's first load carries none of it.

/** The field the refusal of a stale save is attached to, so that the form can tell it from other errors. */
export const STALE_NOTES_FIELD = "version";
