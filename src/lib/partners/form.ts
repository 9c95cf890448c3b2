import type { DirectoryPartnerInput } from "./schemas";

// What the partner form starts from, without zod (see schemas.ts): kept apart so that the form's first
// load carries none of it.

export const EMPTY_DIRECTORY_PARTNER: DirectoryPartnerInput = {
  name: "",
  kind: "CARSAT",
  contactName: "",
  email: "",
  phone: "",
  notes: "",
};
