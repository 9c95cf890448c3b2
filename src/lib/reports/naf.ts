// The sections of the French activity nomenclature (NAF rév. 2), each a range of two-digit divisions.
// A company's sector in the reports is the section of its NAF code ("10.85Z" → division 10 → C).

export const NAF_SECTIONS = [
  { code: "A", label: "Agriculture, sylviculture et pêche", divisions: ["01", "03"] },
  { code: "B", label: "Industries extractives", divisions: ["05", "09"] },
  { code: "C", label: "Industrie manufacturière", divisions: ["10", "33"] },
  { code: "D", label: "Production et distribution d'énergie", divisions: ["35", "35"] },
  { code: "E", label: "Eau, assainissement, déchets et dépollution", divisions: ["36", "39"] },
  { code: "F", label: "Construction", divisions: ["41", "43"] },
  { code: "G", label: "Commerce, réparation d'automobiles et de motocycles", divisions: ["45", "47"] },
  { code: "H", label: "Transports et entreposage", divisions: ["49", "53"] },
  { code: "I", label: "Hébergement et restauration", divisions: ["55", "56"] },
  { code: "J", label: "Information et communication", divisions: ["58", "63"] },
  { code: "K", label: "Activités financières et d'assurance", divisions: ["64", "66"] },
  { code: "L", label: "Activités immobilières", divisions: ["68", "68"] },
  { code: "M", label: "Activités spécialisées, scientifiques et techniques", divisions: ["69", "75"] },
  { code: "N", label: "Activités de services administratifs et de soutien", divisions: ["77", "82"] },
  { code: "O", label: "Administration publique", divisions: ["84", "84"] },
  { code: "P", label: "Enseignement", divisions: ["85", "85"] },
  { code: "Q", label: "Santé humaine et action sociale", divisions: ["86", "88"] },
  { code: "R", label: "Arts, spectacles et activités récréatives", divisions: ["90", "93"] },
  { code: "S", label: "Autres activités de services", divisions: ["94", "96"] },
  { code: "T", label: "Activités des ménages en tant qu'employeurs", divisions: ["97", "98"] },
  { code: "U", label: "Activités extra-territoriales", divisions: ["99", "99"] },
] as const;

export type NafSection = (typeof NAF_SECTIONS)[number]["code"];
export const NAF_SECTION_CODES = NAF_SECTIONS.map((s) => s.code) as [NafSection, ...NafSection[]];

export const NAF_SECTION_LABELS = Object.fromEntries(NAF_SECTIONS.map((s) => [s.code, s.label])) as Record<
  NafSection,
  string
>;

/** The section of a NAF code ("86.10Z" → "Q"); null when the code has no known division. */
export function nafSection(nafCode: string): NafSection | null {
  const division = nafCode.slice(0, 2);
  return NAF_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1])?.code ?? null;
}

/** The first and last divisions of a section, to filter NAF codes by range in the database. */
export function sectionDivisions(section: NafSection): readonly [string, string] {
  return NAF_SECTIONS.find((s) => s.code === section)!.divisions;
}
