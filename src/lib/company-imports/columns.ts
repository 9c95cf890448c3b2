// The columns of a list of companies to import: the enrolment form's fields, one column each, with the
// names a file made elsewhere (a funder's list, an old spreadsheet, a CRM export) gives them.

export const IMPORT_FIELDS = [
  "name",
  "siret",
  "nafCode",
  "headcount",
  "postalCode",
  "city",
  "directionFirstName",
  "directionLastName",
  "directionJobTitle",
  "directionEmail",
  "staffFirstName",
  "staffLastName",
  "staffJobTitle",
  "staffEmail",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

type Column = {
  /** The template's header, and the preview's name of the column. */
  label: string;
  /** Where the value goes in the enrolment form's input. */
  path: readonly [string, string];
  required: boolean;
  /** What the template's instructions say of the column. */
  hint: string;
  /** Other headers read as this column (compared without case, accents or punctuation). */
  aliases: readonly string[];
};

const DIRECTION = "Direction";
const STAFF = "Représentant·e du personnel";

export const IMPORT_COLUMNS: Record<ImportField, Column> = {
  name: {
    label: "Nom de la structure",
    path: ["company", "name"],
    required: true,
    hint: "Entreprise, association, collectivité, établissement sanitaire ou social.",
    aliases: ["Nom", "Structure", "Entreprise", "Nom de l'entreprise", "Raison sociale", "Dénomination", "Établissement"],
  },
  siret: {
    label: "SIRET",
    path: ["company", "siret"],
    required: true,
    hint: "14 chiffres ; les espaces sont permis. Une structure déjà connue de l'Aract est reconnue par son SIRET.",
    aliases: ["N° SIRET", "Numéro SIRET", "Siret de l'établissement"],
  },
  nafCode: {
    label: "Code NAF",
    path: ["company", "nafCode"],
    required: true,
    hint: "Le code APE, comme 10.20Z.",
    aliases: ["NAF", "APE", "Code APE", "Code NAF/APE", "NAF/APE", "Code NAF APE"],
  },
  headcount: {
    label: "Effectif",
    path: ["company", "headcount"],
    required: true,
    hint: "Nombre de salarié·es ou d'agents, entier.",
    aliases: ["Effectifs", "Nombre de salariés", "Salariés", "Agents", "Nombre d'agents", "Effectif salarié"],
  },
  postalCode: {
    label: "Code postal",
    path: ["company", "postalCode"],
    required: false,
    hint: "Facultatif : 5 chiffres.",
    aliases: ["CP", "Code post"],
  },
  city: {
    label: "Ville",
    path: ["company", "city"],
    required: false,
    hint: "Facultative.",
    aliases: ["Commune", "Localité"],
  },
  directionFirstName: {
    label: `${DIRECTION} – prénom`,
    path: ["direction", "firstName"],
    required: true,
    hint: "La personne qui représente la direction dans le binôme.",
    aliases: [],
  },
  directionLastName: { label: `${DIRECTION} – nom`, path: ["direction", "lastName"], required: true, hint: "", aliases: [] },
  directionJobTitle: {
    label: `${DIRECTION} – fonction`,
    path: ["direction", "jobTitle"],
    required: false,
    hint: "Facultative : directrice générale, DRH…",
    aliases: [],
  },
  directionEmail: {
    label: `${DIRECTION} – e-mail`,
    path: ["direction", "email"],
    required: true,
    hint: "Obligatoire : c'est par elle que le binôme est invité.",
    aliases: [],
  },
  staffFirstName: {
    label: `${STAFF} – prénom`,
    path: ["staffRepresentative", "firstName"],
    required: true,
    hint: "La personne qui représente le personnel : élu·e du CSE, délégué·e syndical·e…",
    aliases: [],
  },
  staffLastName: { label: `${STAFF} – nom`, path: ["staffRepresentative", "lastName"], required: true, hint: "", aliases: [] },
  staffJobTitle: {
    label: `${STAFF} – fonction`,
    path: ["staffRepresentative", "jobTitle"],
    required: false,
    hint: "Facultative : secrétaire du CSE…",
    aliases: [],
  },
  staffEmail: {
    label: `${STAFF} – e-mail`,
    path: ["staffRepresentative", "email"],
    required: false,
    hint: "Facultative : sans adresse, la personne ne peut pas être invitée.",
    aliases: [],
  },
};

/** The field of a value's path in the enrolment input ("company.siret" → "siret"). */
export function fieldOfPath(path: readonly PropertyKey[]): ImportField | null {
  return IMPORT_FIELDS.find((field) => IMPORT_COLUMNS[field].path.every((key, index) => path[index] === key)) ?? null;
}

/** A header as compared: lower case, without accents, punctuation or repeated spaces. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const EXACT = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) =>
    [IMPORT_COLUMNS[field].label, ...IMPORT_COLUMNS[field].aliases].map((name) => [normalizeHeader(name), field] as const),
  ),
);

const DIRECTION_WORDS = /\b(direction|dirigeante?|employeur|directeur|directrice)\b/;
const STAFF_WORDS = /\b(representante?s?|rp|cse|personnel|elue?|ds|delegue?e?)\b/;
const PERSON_PARTS: [RegExp, "FirstName" | "LastName" | "JobTitle" | "Email"][] = [
  [/\bprenom\b/, "FirstName"],
  [/\b(e ?mail|courriel|mel|adresse electronique)\b/, "Email"],
  [/\b(fonction|poste|qualite)\b/, "JobTitle"],
  [/\bnom\b/, "LastName"],
];

/** The column a header names, or null: its exact name first, then a pair's side and a person's field in it. */
export function fieldOfHeader(header: string): ImportField | null {
  const name = normalizeHeader(header);
  if (!name) return null;
  const exact = EXACT.get(name);
  if (exact) return exact;
  const side = STAFF_WORDS.test(name) ? "staff" : DIRECTION_WORDS.test(name) ? "direction" : null;
  const part = PERSON_PARTS.find(([words]) => words.test(name))?.[1];
  return side && part ? (`${side}${part}` as ImportField) : null;
}

export type ColumnChoice = Partial<Record<ImportField, number>>;

/** Each field's column in the file (the first header naming it; a header serves one field at most). */
export function matchColumns(headers: readonly string[]): ColumnChoice {
  const columns: ColumnChoice = {};
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** The required fields no column of the file holds. */
export function missingColumns(columns: ColumnChoice): ImportField[] {
  return IMPORT_FIELDS.filter((field) => IMPORT_COLUMNS[field].required && columns[field] === undefined);
}

/** A column's letter as a spreadsheet shows it (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}
