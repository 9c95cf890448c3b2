// Which Aract an application to a programme goes to: the one whose départements cover the structure's
// postcode. A postcode's département is its first two digits, but for Corsica (20 → 2A or 2B) and the
// overseas départements (97x, three digits).

/** The département of a French postcode ("29200" → "29", "20090" → "2A", "97400" → "974"), or null. */
export function departementOf(postalCode: string): string | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith("97") || postalCode.startsWith("98")) return postalCode.slice(0, 3);
  if (postalCode.startsWith("20")) {
    // Corse-du-Sud: 200xx and 201xx; Haute-Corse: 202xx to 206xx.
    return Number(postalCode.slice(2, 3)) <= 1 ? "2A" : "2B";
  }
  if (postalCode.startsWith("00")) return null;
  return postalCode.slice(0, 2);
}

export type RoutableAract = { id: string; departements: string[] };

/**
 * The Aract covering the postcode, or null when none does (or several claim it: a mistake of the
 * administration, which the national team settles by routing the application itself).
 */
export function aractForPostcode(postalCode: string, aracts: readonly RoutableAract[]): string | null {
  const departement = departementOf(postalCode);
  if (!departement) return null;
  const covering = aracts.filter((aract) => aract.departements.includes(departement));
  return covering.length === 1 ? covering[0]!.id : null;
}
