// What the erasure form shows, without zod (see schemas.ts): kept apart so that the form's first load
// carries none of it.

/** The word the administrator types to confirm an erasure, which cannot be undone. */
export const ERASE_CONFIRMATION = "supprimer";
