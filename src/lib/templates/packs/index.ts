import type { TemplateDefinition } from "../definitions";
import { EGALITE_PROFESSIONNELLE } from "./egalite-professionnelle";
import { EMPLOI_SENIORS } from "./emploi-seniors";
import { PENIBILITE_USURE } from "./penibilite-usure";
import { QVCT } from "./qvct";
import { TELETRAVAIL } from "./teletravail";

/**
 * The national theme packs, as the code defines them today. The database holds their published
 * versions: a change here becomes a new version only when the national team publishes it.
 */
export const THEME_PACKS: readonly TemplateDefinition[] = [
  EGALITE_PROFESSIONNELLE,
  QVCT,
  EMPLOI_SENIORS,
  PENIBILITE_USURE,
  TELETRAVAIL,
];

export function findThemePack(key: string): TemplateDefinition | undefined {
  return THEME_PACKS.find((pack) => pack.key === key);
}
