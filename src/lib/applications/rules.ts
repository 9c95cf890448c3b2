// The public form's limits, and what an applicant is told.

/** Submissions counted over this window, per address and per IP, in the database (every instance sees them). */
export const APPLICATION_WINDOW_MS = 60 * 60 * 1000;
export const APPLICATION_LIMIT_PER_EMAIL = 5;
/** Several people of one office may share an address. */
export const APPLICATION_LIMIT_PER_IP = 10;

export const TOO_MANY_APPLICATIONS =
  "Trop de candidatures ont été envoyées en peu de temps depuis cette adresse : rien n'a été enregistré. Réessayez dans une heure.";

export const NOT_OPEN = "Cet appel à candidatures est clos, ou introuvable : rien n'a été enregistré.";

export const ALREADY_DECIDED = "Cette candidature a déjà été traitée, ou vient de changer : rechargez la page.";

export type ApplicationVerdict = "allowed" | "too-many";

/** Whether one more submission may be stored, given those of the window for its address and its IP. */
export function applicationVerdict(counts: { forEmail: number; forIp: number }): ApplicationVerdict {
  return counts.forEmail >= APPLICATION_LIMIT_PER_EMAIL || counts.forIp >= APPLICATION_LIMIT_PER_IP ? "too-many" : "allowed";
}
