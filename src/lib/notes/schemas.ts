import { z } from "@/lib/forms/zod";
import { optionalText, version } from "@/lib/forms/fields";

/**
 * The chargé·e de mission's notes on a company. The text they started from travels with the version:
 * a save is refused only when someone else changed the notes themselves in the meantime.
 */
export const SaveNotesInput = z.object({
  participationId: z.string().min(1),
  version: version(),
  loaded: z.string().max(20_000),
  notes: optionalText(10_000),
});
export type SaveNotesInput = z.input<typeof SaveNotesInput>;
