// Text that PostgreSQL and every later reader can hold: no NUL character (PostgreSQL's text refuses it)
// and no lone half of a UTF-16 surrogate pair (not a character at all; it cannot be encoded as UTF-8).

const UNSAFE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const INVALID_CHARACTER =
  "Ce texte contient un caractère invalide (caractère nul ou mal encodé) : retirez-le ou ressaisissez le texte.";

export const TOO_DEEP = "Cette demande est mal formée : rechargez la page et recommencez.";

export function isWellFormedText(value: string): boolean {
  return !UNSAFE_CHARACTER.test(value);
}

/** Deeper than any form of the app: a payload built to exhaust the server, not typed by a person. */
const MAX_DEPTH = 32;

export type TextProblem = { path: string; message: string };

/**
 * The first string of an action's input (keys included) that is not well-formed text, with its field path
 * ("pair.direction.email"), or a payload nested deeper than any form; null when the input is sound.
 */
export function textProblemOf(value: unknown, path: string[] = []): TextProblem | null {
  if (typeof value === "string") {
    return isWellFormedText(value) ? null : { path: path.join(".") || "_form", message: INVALID_CHARACTER };
  }
  if (value === null || typeof value !== "object") return null;
  if (path.length >= MAX_DEPTH) return { path: "_form", message: TOO_DEEP };
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormedText(key)) return { path: path.join(".") || "_form", message: INVALID_CHARACTER };
    const problem = textProblemOf(item, [...path, key]);
    if (problem) return problem;
  }
  return null;
}
