import type { ImportStatus } from "./queries";

/** What the import does with each row, as the preview says it. */
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  new: "Nouvelle structure",
  known: "Suivie par l'Aract : inscrite",
  enrolled: "Déjà dans le cluster : inchangée",
  invalid: "En erreur",
};

export const IMPORT_STATUS_TONES = { new: "info", known: "info", enrolled: "neutral", invalid: "warning" } as const;
