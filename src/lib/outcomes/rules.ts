import type { OutcomeKind, OutcomeStatus, Theme } from "@/generated/prisma/enums";
import { EGALITE_DOMAINS, REMUNERATION } from "./domains";

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = { ACCORD: "Accord", PLAN_ACTION: "Plan d'action" };

/** SIGNED reads "signé" for an accord, which is negotiated, and "adopté" for a plan, which is unilateral. */
export function outcomeStatusLabel(kind: OutcomeKind, status: OutcomeStatus): string {
  if (status === "IN_PREPARATION") return "En préparation";
  if (status === "DEPOSITED") return "Déposé auprès de la DREETS";
  return kind === "ACCORD" ? "Signé" : "Adopté";
}

// ───── Outcome counts: one definition for the cluster summary and the network reports ─────

/**
 * The six outcome counts. Each outcome counts once, under its current status: an accord signed then
 * deposited counts as deposited, no longer as signed.
 */
export const OUTCOME_COUNTS = [
  { key: "accordsSigned", kind: "ACCORD", status: "SIGNED", label: "Accords signés" },
  { key: "plansAdopted", kind: "PLAN_ACTION", status: "SIGNED", label: "Plans d'action adoptés" },
  { key: "accordsDeposited", kind: "ACCORD", status: "DEPOSITED", label: "Accords déposés" },
  { key: "plansDeposited", kind: "PLAN_ACTION", status: "DEPOSITED", label: "Plans d'action déposés" },
  { key: "accordsInPreparation", kind: "ACCORD", status: "IN_PREPARATION", label: "Accords en préparation" },
  { key: "plansInPreparation", kind: "PLAN_ACTION", status: "IN_PREPARATION", label: "Plans d'action en préparation" },
] as const satisfies readonly { key: string; kind: OutcomeKind; status: OutcomeStatus; label: string }[];

export type OutcomeCountKey = (typeof OUTCOME_COUNTS)[number]["key"];
export type OutcomeCounts = Record<OutcomeCountKey, number>;

export function countOutcomes(outcomes: readonly { kind: OutcomeKind; status: OutcomeStatus }[]): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOME_COUNTS.map(({ key }) => [key, 0])) as OutcomeCounts;
  for (const outcome of outcomes) {
    const definition = OUTCOME_COUNTS.find((d) => d.kind === outcome.kind && d.status === outcome.status);
    if (definition) counts[definition.key] += 1;
  }
  return counts;
}

const countKey = (kind: OutcomeKind, status: OutcomeStatus): OutcomeCountKey =>
  OUTCOME_COUNTS.find((d) => d.kind === kind && d.status === status)!.key;

// ───── The cluster's outcome summary ─────

const NOUNS: Record<OutcomeKind, [singular: string, plural: string]> = {
  ACCORD: ["accord", "accords"],
  PLAN_ACTION: ["plan", "plans"],
};
const PARTICIPLES: Record<OutcomeKind, Record<"SIGNED" | "DEPOSITED", [string, string]>> = {
  ACCORD: { SIGNED: ["signé", "signés"], DEPOSITED: ["déposé", "déposés"] },
  PLAN_ACTION: { SIGNED: ["adopté", "adoptés"], DEPOSITED: ["déposé", "déposés"] },
};
const KINDS: readonly OutcomeKind[] = ["ACCORD", "PLAN_ACTION"];

const counted = (count: number, [singular, plural]: [string, string]) => `${count} ${count === 1 ? singular : plural}`;
const agreed = (count: number, [singular, plural]: [string, string]) => (count === 1 ? singular : plural);

/**
 * The cluster's outcomes in one French sentence, e.g. "6 accords signés, 2 plans déposés ; 4 accords et
 * 3 plans en préparation". Parts with no outcome are left out; "aucun résultat enregistré" when none.
 */
export function outcomeSummary(outcomes: readonly { kind: OutcomeKind; status: OutcomeStatus }[]): string {
  const counts = countOutcomes(outcomes);
  const count = (kind: OutcomeKind, status: OutcomeStatus) => counts[countKey(kind, status)];

  const done: string[] = [];
  for (const kind of KINDS) {
    for (const status of ["SIGNED", "DEPOSITED"] as const) {
      const n = count(kind, status);
      if (n > 0) done.push(`${counted(n, NOUNS[kind])} ${agreed(n, PARTICIPLES[kind][status])}`);
    }
  }
  const preparing = KINDS.flatMap((kind) => {
    const n = count(kind, "IN_PREPARATION");
    return n > 0 ? [counted(n, NOUNS[kind])] : [];
  });

  const parts = [];
  if (done.length) parts.push(done.join(", "));
  if (preparing.length) parts.push(`${preparing.join(" et ")} en préparation`);
  return parts.length ? parts.join(" ; ") : "aucun résultat enregistré";
}

// ───── Égalité professionnelle: the number of domains of action ─────

/** The headcount from which an accord or plan must retain four domains instead of three. */
export const LARGE_COMPANY_HEADCOUNT = 300;

export type EgaliteShortfall = {
  required: number;
  /** Domains still to add to reach the required number (counting rémunération when it is missing). */
  missing: number;
  missingRemuneration: boolean;
  message: string;
};

/**
 * Article R. 2242-2 du Code du travail (for the accords and plans of article L. 2242-17, and the plan
 * d'action of L. 2242-3 when no accord is reached): the accord or plan retains at least three of the nine
 * domains of action below 300 employees and at least four from 300, and rémunération effective is always
 * one of them. The headcount is the company's when it joined the cluster (Participation.headcountAtEntry).
 * Returns null when the rule is met.
 */
export function egaliteShortfall(domains: readonly string[], headcount: number): EgaliteShortfall | null {
  const legal = new Set(EGALITE_DOMAINS.map((d) => d.code as string));
  const retained = new Set(domains.filter((d) => legal.has(d)));
  const large = headcount >= LARGE_COMPANY_HEADCOUNT;
  const required = large ? 4 : 3;
  const missingRemuneration = !retained.has(REMUNERATION);
  // Rémunération must be added anyway: it counts towards the total.
  const missing = Math.max(required - retained.size, missingRemuneration ? 1 : 0);
  if (missing === 0) return null;

  const size = large
    ? `${required} domaines au moins pour une entreprise de 300 salarié·es ou plus`
    : `${required} domaines au moins pour une entreprise de moins de 300 salarié·es`;
  const lack = `Il manque ${missing} domaine${missing > 1 ? "s" : ""}`;
  const pay = missingRemuneration ? " La rémunération effective n'est pas retenue : elle est obligatoire." : "";
  return {
    required,
    missing,
    missingRemuneration,
    message: `${lack} : ${size}, dont la rémunération effective.${pay}`,
  };
}

/** The headcount from which the égalité obligations (and the penalty of L. 2242-8) apply. */
export const OBLIGATION_HEADCOUNT = 50;

/**
 * Whether an outcome may be saved as it is. An égalité accord or plan still in preparation may fall short
 * of R. 2242-2 (the Bretagne companies chose their domains over several sessions): it is saved, and the
 * shortfall is shown. Once signed, adopted or deposited it is the company's legal act, which the DREETS
 * would find non-compliant: the platform refuses to record it as such. Below 50 employees the company has
 * no obligation (L. 2242-8): its voluntary plan is saved with the warning.
 */
export function outcomeDomainsProblem(
  theme: Theme,
  status: OutcomeStatus,
  domains: readonly string[],
  headcount: number,
): { blocking: boolean; message: string } | null {
  if (theme !== "EGALITE_PROFESSIONNELLE") return null;
  const shortfall = egaliteShortfall(domains, headcount);
  if (!shortfall) return null;
  return { blocking: status !== "IN_PREPARATION" && headcount >= OBLIGATION_HEADCOUNT, message: shortfall.message };
}
