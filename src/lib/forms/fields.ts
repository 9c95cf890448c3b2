import { z } from "@/lib/forms/zod";
import { FIRST_DAY, LAST_DAY } from "@/lib/dates/day";
import { INVALID_CHARACTER, MALFORMED_REQUEST, isWellFormedText } from "./text";

// Building blocks of the forms' zod schemas, with French messages.

/** Number inputs registered with valueAsNumber give NaN when empty: a clear message instead of zod's. */
export function requiredNumber(label: string) {
  return z.number({ error: `Saisissez ${label}.` }).refine((n) => !Number.isNaN(n), `Saisissez ${label}.`);
}

export function optionalNumber() {
  return z.preprocess(
    (value) =>
      (typeof value === "number" && Number.isNaN(value)) || value === "" || value === null ? undefined : value,
    z.number({ error: "Saisissez un nombre." }).optional(),
  );
}

/** The base of every text field: a string that PostgreSQL can store and any reader decode. */
export const text = (options?: { error: string }) => z.string(options).refine(isWellFormedText, INVALID_CHARACTER);

export const requiredText = (label: string, max = 200) =>
  text({ error: `Saisissez ${label}.` })
    .trim()
    .min(1, `Saisissez ${label}.`)
    .max(max, `${max} caractères au plus.`);

/** An optional text: trimmed; empty means absent. */
export const optionalText = (max = 5000) =>
  text()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .optional()
    .transform((value) => value || undefined);

/** The largest value of a PostgreSQL integer column: beyond it, the database answers with an error. */
export const MAX_INTEGER = 2_147_483_647;

/**
 * The version of a record its form loaded, sent back with a change (optimistic concurrency). No person
 * types it: out of the range of the column that holds it, the request was not sent by the app.
 */
export const version = (min = 0) =>
  z
    .number({ error: MALFORMED_REQUEST })
    .int(MALFORMED_REQUEST)
    .min(min, MALFORMED_REQUEST)
    .max(MAX_INTEGER, MALFORMED_REQUEST);

/**
 * A group of checkboxes sharing one name. react-hook-form gives an array when there are several, but a
 * lone checkbox yields its value or false: both are read as a list.
 */
export function checkboxList<T extends z.ZodType>(item: T, message: string) {
  return z.preprocess(
    (value) =>
      value === false || value === undefined || value === null ? [] : typeof value === "string" ? [value] : value,
    // Each box is ticked once: the same value twice is a request built by hand, read as once.
    z
      .array(item, { error: message })
      .min(1, message)
      .transform((values) => [...new Set(values)]),
  );
}

export const EMAIL_MESSAGE = "Saisissez une adresse e-mail valide, comme prenom.nom@entreprise.fr.";

/** An e-mail address, trimmed and lower-cased (sign-in links and the outbox compare addresses that way). */
export const requiredEmail = () =>
  text({ error: EMAIL_MESSAGE }).trim().toLowerCase().pipe(z.email(EMAIL_MESSAGE).max(254, EMAIL_MESSAGE));

/** A calendar day as a form sends it, "YYYY-MM-DD", within the days the app records (see dates/day.ts). */
export const Day = z.iso
  .date({ error: "Saisissez une date valide (jj/mm/aaaa)." })
  .refine((day) => day >= FIRST_DAY && day <= LAST_DAY, "Saisissez une date entre 1900 et 2100.");
