import { normalizeSiret } from "./siret";

// Enrolment rules: a company appears once per cluster, and once per Aract (one SIRET, one company).

export const ENROLMENT_CLOSED = "Ce cluster est évalué : on ne peut plus y inscrire d'entreprise.";
export const ALREADY_ENROLLED = "Cette entreprise est déjà inscrite dans ce cluster.";

/** What a search typed in the enrolment page looks for: the name, and the SIRET when it reads as digits. */
export function companySearchTerms(query: string): { name: string; siretDigits: string | null } | null {
  const name = query.trim();
  if (name.length < 2) return null;
  const digits = normalizeSiret(name);
  return { name, siretDigits: /^\d{3,14}$/.test(digits) ? digits : null };
}

/** Why a new company cannot be created with a SIRET the Aract already knows. */
export function knownSiretProblem(existing: { name: string; enrolledHere: boolean }): string {
  return existing.enrolledHere
    ? `Cette entreprise (${existing.name}, même SIRET) est déjà inscrite dans ce cluster.`
    : `Ce SIRET est déjà celui de « ${existing.name} » : retrouvez-la avec la recherche et choisissez-la, plutôt que de la créer à nouveau.`;
}
