import type { PrismaClient } from "@/generated/prisma/client";
import type { Theme } from "@/generated/prisma/enums";
import type { AractSlug, SeedContext } from "./helpers.ts";

// Methods and tools shared across the network: national ones (aract null) and a few regional ones.
// Invented documents, so no URL: a link must never point to a page that does not exist.

type ResourceSeed = { key: string; aract: AractSlug | null; title: string; description: string; theme: Theme | null };

const RESOURCES: readonly ResourceSeed[] = [
  {
    key: "guide-clusters-egalite",
    aract: null,
    title: "Guide Clusters Égalité : méthode et outils",
    description:
      "La démarche expérimentée en Bretagne en 2014 : constitution du binôme direction / représentant du " +
      "personnel, diagnostic des écarts sur les quatre axes, calendrier des temps collectifs, trame de plan d'action.",
    theme: "EGALITE_PROFESSIONNELLE",
  },
  {
    key: "tempo-cluster-social",
    aract: null,
    title: "Tempo : animer un cluster social",
    description:
      "Repères pour réunir des entreprises d'un territoire ou d'un secteur autour de l'emploi des seniors, " +
      "de la pénibilité et de l'égalité professionnelle, et préparer accords et plans d'action.",
    theme: "EMPLOI_SENIORS",
  },
  {
    key: "qvct-dix-questions",
    aract: null,
    title: "Qualité de vie et des conditions de travail : dix questions pour démarrer",
    description: "Une grille courte pour ouvrir le dialogue sur la QVCT en comité de pilotage.",
    theme: "QVCT",
  },
  {
    key: "bretagne-calendrier-temps-collectifs",
    aract: "bretagne",
    title: "Calendrier type des temps collectifs d'un cluster",
    description: "Cinq demi-journées sur six mois, de la lecture des écarts à la négociation, et leurs ordres du jour.",
    theme: "EGALITE_PROFESSIONNELLE",
  },
  {
    key: "idf-kit-qvt-osp",
    aract: "ile-de-france",
    title: "Kit QVT pour les organismes de services à la personne",
    description:
      "Pré-diagnostic d'une demi-journée, fiches sur l'usure professionnelle, les plannings et les temps de " +
      "trajet des intervenant·es à domicile.",
    theme: "USURE_PROFESSIONNELLE",
  },
  {
    key: "hdf-teletravail-tiers-lieux",
    aract: "hauts-de-france",
    title: "Télétravail et tiers-lieux : repères pour les PME",
    description: "Conditions de réussite, charte ou accord, égalité d'accès au télétravail entre femmes et hommes.",
    theme: "TELETRAVAIL",
  },
];

export async function seedResources(db: PrismaClient, ctx: SeedContext): Promise<void> {
  for (const { key, aract, ...fields } of RESOURCES) {
    const row = { id: `demo-resource-${key}`, aractId: aract ? ctx.aractIds[aract] : null, ...fields };
    await db.resource.upsert({ where: { id: row.id }, create: row, update: row });
  }
}
