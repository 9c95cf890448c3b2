import { z } from "@/lib/forms/zod";
import { text } from "@/lib/forms/fields";
import {
  DirectionInput,
  Headcount,
  NewCompanyInput,
  PairPersonInput,
  SAME_PERSON_MESSAGE,
} from "@/lib/companies/schemas";
import { IMPORT_FIELDS } from "./columns";

// A list of companies to import: the file (on the client before it is sent, and in the server action), and
// each of its rows, checked with the enrolment form's own fields.

/** Over the largest list a cluster needs, under the body a server action accepts (1 MB by default). */
export const MAX_FILE_BYTES = 800_000;
export const MAX_ROWS = 1_000;
export const FILE_MESSAGES = {
  missing: "Choisissez un fichier CSV ou XLSX.",
  empty: "Ce fichier est vide.",
  tooLarge: "Ce fichier dépasse 800 Ko : découpez la liste en plusieurs fichiers.",
  kind: "Choisissez un fichier .csv ou .xlsx (un classeur Excel récent ou un export de tableur).",
} as const;

/** A cell of headcount: "1 200", "1200", "1.200" as spreadsheets print them, then the form's rule. */
const HeadcountCell = text({ error: "Saisissez l'effectif." })
  .trim()
  .min(1, "Saisissez l'effectif.")
  .transform((cell, ctx) => {
    // "1200", "1 200" or "1.200" (thousands grouped by three), "1200,0" as a spreadsheet may print it; never
    // "12,5" or "1,000", which would silently become another number.
    const grouped = /^-?\d{1,3}([\s\u00a0\u202f.]\d{3})+(,0{1,2})?$/.test(cell);
    const plain = /^-?\d+(,0{1,2})?$/.test(cell);
    const digits = cell.replace(/,0{1,2}$/, "").replace(/[\s\u00a0\u202f.]/g, "");
    if (grouped || plain) return Number(digits);
    ctx.addIssue({ code: "custom", message: "L'effectif est un nombre entier de personnes (salarié·es ou agents)." });
    return z.NEVER;
  })
  .pipe(Headcount);

/** One row: a new company's fields and its pair, exactly as the enrolment form checks them. */
export const ImportRow = z
  .object({
    company: NewCompanyInput.extend({ headcount: HeadcountCell }),
    direction: DirectionInput,
    staffRepresentative: PairPersonInput,
  })
  .superRefine((row, ctx) => {
    if (row.direction.email && row.direction.email === row.staffRepresentative.email) {
      ctx.addIssue({ code: "custom", path: ["staffRepresentative", "email"], message: SAME_PERSON_MESSAGE });
    }
  });
export type ImportRow = z.output<typeof ImportRow>;

const ACCEPTED_NAME = /\.(csv|txt|xlsx)$/i;

/** The file chosen, with the columns picked in the preview (without them, matched by their names). */
export const ImportFileInput = z.object({
  clusterId: z.string().min(1),
  file: z
    .file({ error: FILE_MESSAGES.missing })
    .min(1, FILE_MESSAGES.empty)
    .max(MAX_FILE_BYTES, FILE_MESSAGES.tooLarge)
    .refine((file) => ACCEPTED_NAME.test(file.name), FILE_MESSAGES.kind),
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(200)).optional(),
});
export type ImportFileInput = z.input<typeof ImportFileInput>;
