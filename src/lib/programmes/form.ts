import type { ProgrammeInput } from "./schemas";

// What the programme form starts from, without zod (see schemas.ts): kept apart so that the form's first
// load carries none of it.

/** What the creation form starts from. */
export const EMPTY_PROGRAMME: ProgrammeInput = {
  code: "",
  name: "",
  description: "",
  themes: [],
  startYear: undefined,
  endYear: undefined,
  budgetEuros: undefined,
  funders: [],
  followUpMonths: 6,
};
