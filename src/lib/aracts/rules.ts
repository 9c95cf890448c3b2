/** An Aract's slug, from its name: lower case, no accents, words joined by hyphens ("Aract Grand Est" → "grand-est"). */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^aract\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "aract";
}
