// The satisfaction scale of an evaluation, without zod (see schemas.ts): the form and the read-only view
// show its labels, and the form's first load carries no zod.

export const SATISFACTION_VALUES = ["1", "2", "3", "4", "5"] as const;

export const SATISFACTION_LABELS: Record<(typeof SATISFACTION_VALUES)[number], string> = {
  "1": "1 – pas du tout satisfait",
  "2": "2 – peu satisfait",
  "3": "3 – moyennement satisfait",
  "4": "4 – satisfait",
  "5": "5 – très satisfait",
};
