import { ARACTS, DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { withSiretCheckDigit } from "@/lib/companies/siret";

export type AractSlug = (typeof ARACTS)[number]["slug"];
/** A demo account's e-mail, checked by the compiler against DEMO_ACCOUNTS. */
export type DemoEmail = (typeof DEMO_ACCOUNTS)[number]["email"];
export type ProgrammeCode = "TEMPO" | "CLUSTERS_EGALITE" | "TELETRAVAIL_2014";

/** The ids the seed resolved by natural key (an Aract or a user may exist before the seed runs). */
export type SeedContext = {
  aractIds: Record<AractSlug, string>;
  userIds: ReadonlyMap<string, string>;
  programmeIds: Record<ProgrammeCode, string>;
};

/**
 * The day the demo is set on: sessions before it have their attendance recorded, later ones are upcoming.
 * A constant, not `new Date()`, so that two runs of the seed write the same rows.
 */
export const DEMO_TODAY = "2026-11-23";

/** A `@db.Date` value: "2014-03-11" → UTC midnight. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function addDays(iso: string, days: number): string {
  return new Date(day(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Euros → cents, as ClusterFunder.amountCents stores them. */
export function euros(amount: number): bigint {
  return BigInt(Math.round(amount * 100));
}

/** "Gaëlle Le Bihan" → "gaelle.le-bihan", the local part of the demo e-mail addresses. */
export function emailLocalPart(firstName: string, lastName: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return `${slug(firstName)}.${slug(lastName)}`;
}

/**
 * A valid, stable SIRET derived from the company's seed key (FNV-1a hash → SIREN, NIC 0001x).
 * Invented numbers: they pass the Luhn check but belong to no real establishment.
 */
export function demoSiret(key: string): string {
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const siren = String(300_000_000 + (hash % 600_000_000));
  return withSiretCheckDigit(`${siren}0001`);
}

export function demoAccount(email: DemoEmail) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`Compte de démonstration inconnu : ${email}`);
  return account;
}

/** "Marie Le Bihan" → { firstName: "Marie", lastName: "Le Bihan" } (the first word is the first name). */
export function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = name, ...rest] = name.split(" ");
  return { firstName, lastName: rest.join(" ") };
}

export function userIdOf(ctx: SeedContext, email: string): string {
  const id = ctx.userIds.get(email);
  if (!id) throw new Error(`Utilisateur de démonstration introuvable : ${email}`);
  return id;
}

/**
 * The nine domains of action of an égalité professionnelle accord or plan (Code du travail, art. R. 2242-2,
 * as amended in 2012 and 2014): at least 3 under 300 employees, 4 from 300, remuneration always among them.
 */
export const EGALITE_DOMAINS = [
  "EMBAUCHE",
  "FORMATION",
  "PROMOTION_PROFESSIONNELLE",
  "QUALIFICATION",
  "CLASSIFICATION",
  "CONDITIONS_DE_TRAVAIL",
  "SANTE_SECURITE",
  "REMUNERATION",
  "ARTICULATION_VIE_PRO_PERSO",
] as const;
export type EgaliteDomain = (typeof EGALITE_DOMAINS)[number];

/** The dimensions of the national QVT framework (ANI of 19 June 2013), used as QVCT domains. */
export const QVCT_DOMAINS = [
  "RELATIONS_DE_TRAVAIL",
  "CONTENU_DU_TRAVAIL",
  "SANTE_AU_TRAVAIL",
  "COMPETENCES_PARCOURS",
  "EGALITE_PROFESSIONNELLE",
  "ARTICULATION_VIE_PRO_PERSO",
] as const;
export type QvctDomain = (typeof QVCT_DOMAINS)[number];
