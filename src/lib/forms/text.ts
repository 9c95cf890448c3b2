// Text that PostgreSQL and every later reader can hold: no NUL character (PostgreSQL's text refuses it)
// and no lone half of a UTF-16 surrogate pair (not a character at all; it cannot be encoded as UTF-8).

const UNSAFE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const INVALID_CHARACTER =
  "Ce texte contient un caractère invalide (caractère nul ou mal encodé) : retirez-le ou ressaisissez le texte.";

/** What a request no form of the app sends is told (built by hand, or from a page far too old). */
export const MALFORMED_REQUEST = "Cette demande est mal formée : rechargez la page et recommencez.";
export const TOO_DEEP = MALFORMED_REQUEST;

export function isWellFormedText(value: string): boolean {
  return !UNSAFE_CHARACTER.test(value);
}

/** Deeper than any form of the app: a payload built to exhaust the server, not typed by a person. */
const MAX_DEPTH = 32;
/**
 * Longer than any list of the app's forms (a reminder goes to 500 people at most): a list of 70,000 items
 * fits in a request, and would cost the schema seconds and fill its answer with one error per item.
 */
const MAX_ITEMS = 1_000;

export type TextProblem = { path: string; message: string };

/**
 * The first string of an action's input (keys included) that is not well-formed text, with its field path
 * ("pair.direction.email"), or a payload nested deeper, or a list or an object longer, than any form's;
 * null when the input is sound.
 */
export function textProblemOf(value: unknown, path: string[] = []): TextProblem | null {
  if (typeof value === "string") {
    return isWellFormedText(value) ? null : { path: path.join(".") || "_form", message: INVALID_CHARACTER };
  }
  if (value === null || typeof value !== "object") return null;
  if (path.length >= MAX_DEPTH) return { path: "_form", message: TOO_DEEP };
  const entries = Object.entries(value);
  if (entries.length > MAX_ITEMS) return { path: path.join(".") || "_form", message: MALFORMED_REQUEST };
  for (const [key, item] of entries) {
    if (!isWellFormedText(key)) return { path: path.join(".") || "_form", message: INVALID_CHARACTER };
    const problem = textProblemOf(item, [...path, key]);
    if (problem) return problem;
  }
  return null;
}
