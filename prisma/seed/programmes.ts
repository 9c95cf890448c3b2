import type { PrismaClient } from "@/generated/prisma/client";
import type { Theme } from "@/generated/prisma/enums";
import type { ProgrammeCode } from "./helpers.ts";

// The three national frameworks the seed's clusters run under (aractId null: designed by the Anact).

type ProgrammeSeed = {
  code: ProgrammeCode;
  name: string;
  description: string;
  themes: Theme[];
  startYear: number;
  endYear: number | null;
};

const PROGRAMMES: readonly ProgrammeSeed[] = [
  {
    code: "TEMPO",
    name: "Tempo (travail, emploi, populations)",
    description:
      "Dispositif gratuit du réseau Anact-Aract lancé en octobre 2011 : des clusters sociaux régionaux aident " +
      "les entreprises à préparer leurs accords ou plans d'action sur l'emploi des seniors, la prévention de " +
      "la pénibilité et l'égalité professionnelle, en confrontant leurs pratiques. Chaque entreprise y est " +
      "représentée par un dirigeant et un représentant du personnel. Financé par le Fonds social européen et l'Anact.",
    themes: ["EMPLOI_SENIORS", "PREVENTION_PENIBILITE", "EGALITE_PROFESSIONNELLE"],
    startYear: 2011,
    endYear: null,
  },
  {
    code: "CLUSTERS_EGALITE",
    name: "Clusters Égalité",
    description:
      "Accompagnement collectif de six mois vers un accord ou un plan d'action égalité professionnelle " +
      "femmes-hommes, expérimenté dans le cadre des « Territoires d'excellence » du ministère des Droits des " +
      "femmes : binôme direction / représentant du personnel, diagnostic des écarts sur quatre axes (mixité, " +
      "parcours professionnels, conditions de travail et risques professionnels, temps de travail), temps " +
      "collectifs et appui individuel.",
    themes: ["EGALITE_PROFESSIONNELLE"],
    startYear: 2014,
    endYear: null,
  },
  {
    code: "TELETRAVAIL_2014",
    name: "Expérimentation télétravail et égalité femmes-hommes",
    description:
      "Expérimentation confiée à l'Anact par convention avec le ministère des Droits des femmes (juin 2014) " +
      "pour promouvoir le télétravail en faveur de l'égalité femmes-hommes et de la qualité de vie au travail, " +
      "menée par cinq Aract auprès de PME en priorité. Financement du ministère : 60 000 € ; participation du " +
      "FSE espérée.",
    themes: ["TELETRAVAIL", "EGALITE_PROFESSIONNELLE"],
    startYear: 2014,
    endYear: 2015,
  },
];

/** Upserts the programmes by code; returns code → id. */
export async function seedProgrammes(db: PrismaClient): Promise<Record<ProgrammeCode, string>> {
  const ids: Partial<Record<ProgrammeCode, string>> = {};
  for (const { code, ...fields } of PROGRAMMES) {
    const data = { ...fields, aractId: null };
    const row = await db.programme.upsert({
      where: { code },
      create: { id: `demo-programme-${code.toLowerCase().replace(/_/g, "-")}`, code, ...data },
      update: data,
      select: { id: true },
    });
    ids[code] = row.id;
  }
  return ids as Record<ProgrammeCode, string>;
}
