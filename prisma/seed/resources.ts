import PDFDocument from "pdfkit";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ResourceKind, Theme } from "@/generated/prisma/enums";
import { demoAccount, userIdOf, type AractSlug, type SeedContext } from "./helpers.ts";

// Methods and tools shared across the network: national ones (aract null) and regional ones, some shared.
// Invented documents: each carries a small PDF drawn here (its title and summary), never a link to a page
// that may not exist. A few are attached to the 2026 Bretagne cluster and its first session.

type ResourceSeed = {
  key: string;
  aract: AractSlug | null;
  author?: Parameters<typeof demoAccount>[0];
  title: string;
  summary: string;
  themes: Theme[];
  kind: ResourceKind;
  shared?: boolean;
  featured?: string;
  createdAt: string;
};

const RESOURCES: readonly ResourceSeed[] = [
  { key: "guide-clusters-egalite", aract: null, author: "claire.martin@anact.fr", kind: "GUIDE", featured: "2026-09-01", createdAt: "2015-06-15",
    title: "Guide Clusters Égalité : méthode et outils", themes: ["EGALITE_PROFESSIONNELLE"],
    summary: "La démarche expérimentée en Bretagne en 2014 : constitution du binôme direction / représentant du personnel, diagnostic des écarts sur les quatre axes, calendrier des temps collectifs, trame de plan d'action." },
  { key: "tempo-cluster-social", aract: null, author: "claire.martin@anact.fr", kind: "GUIDE", createdAt: "2019-03-12",
    title: "Tempo : animer un cluster social", themes: ["EMPLOI_SENIORS", "PREVENTION_PENIBILITE", "EGALITE_PROFESSIONNELLE"],
    summary: "Repères pour réunir des entreprises d'un territoire ou d'un secteur autour de l'emploi des seniors, de la pénibilité et de l'égalité professionnelle, et préparer accords et plans d'action." },
  { key: "qvct-dix-questions", aract: null, author: "claire.martin@anact.fr", kind: "FICHE", featured: "2026-10-05", createdAt: "2022-01-20",
    title: "Qualité de vie et des conditions de travail : dix questions pour démarrer", themes: ["QVCT"],
    summary: "Une grille courte pour ouvrir le dialogue sur la QVCT en comité de pilotage." },
  { key: "diagnostic-usure", aract: null, author: "claire.martin@anact.fr", kind: "DIAGNOSTIC_TOOL", createdAt: "2023-05-09",
    title: "Repérer l'usure professionnelle : grille d'observation des situations de travail", themes: ["USURE_PROFESSIONNELLE", "PREVENTION_PENIBILITE"],
    summary: "Contraintes physiques, rythmes, marges de manœuvre : une grille à remplir en binôme lors d'une visite de poste, avec ses repères de lecture." },
  { key: "rps-fiche-prevention", aract: null, author: "claire.martin@anact.fr", kind: "FICHE", createdAt: "2021-11-30",
    title: "Risques psychosociaux : les trois niveaux de prévention", themes: ["RISQUES_PSYCHOSOCIAUX"],
    summary: "Prévention primaire, secondaire et tertiaire expliquées par des exemples d'entreprises accompagnées par le réseau." },
  { key: "bretagne-calendrier-temps-collectifs", aract: "bretagne", author: "gaelle.kerjean@bretagne.aract.fr", kind: "SESSION_SUPPORT", shared: true, createdAt: "2014-02-10",
    title: "Calendrier type des temps collectifs d'un cluster", themes: ["EGALITE_PROFESSIONNELLE"],
    summary: "Cinq demi-journées sur six mois, de la lecture des écarts à la négociation, et leurs ordres du jour." },
  { key: "bretagne-lancement-usure", aract: "bretagne", author: "gaelle.kerjean@bretagne.aract.fr", kind: "SESSION_SUPPORT", createdAt: "2026-09-20",
    title: "Séance de lancement : l'usure professionnelle dans l'agroalimentaire", themes: ["USURE_PROFESSIONNELLE", "QVCT"],
    summary: "Le support projeté à la première demi-journée : les chiffres de la filière, la démarche du cluster, le rôle du binôme." },
  { key: "bretagne-temoignage-conserverie", aract: "bretagne", author: "gaelle.kerjean@bretagne.aract.fr", kind: "TESTIMONY", shared: true, createdAt: "2015-04-02",
    title: "Témoignage : l'accord égalité de la Conserverie d'Armor", themes: ["EGALITE_PROFESSIONNELLE"],
    summary: "La directrice des ressources humaines et le secrétaire du CSE racontent leur binôme, le diagnostic des écarts et la négociation." },
  { key: "idf-kit-qvt-osp", aract: "ile-de-france", author: "julien.roussel@idf.aract.fr", kind: "DIAGNOSTIC_TOOL", shared: true, createdAt: "2018-02-14",
    title: "Kit QVT pour les organismes de services à la personne", themes: ["USURE_PROFESSIONNELLE", "QVCT"],
    summary: "Pré-diagnostic d'une demi-journée, fiches sur l'usure professionnelle, les plannings et les temps de trajet des intervenant·es à domicile." },
  { key: "idf-fiche-plannings", aract: "ile-de-france", author: "julien.roussel@idf.aract.fr", kind: "FICHE", createdAt: "2018-05-22",
    title: "Construire des plannings soutenables", themes: ["QVCT"],
    summary: "Les règles de construction d'un planning d'aide à domicile discutées en cluster : amplitude, coupures, temps de trajet." },
  { key: "hdf-teletravail-tiers-lieux", aract: "hauts-de-france", kind: "GUIDE", shared: true, createdAt: "2025-10-08",
    title: "Télétravail et tiers-lieux : repères pour les PME", themes: ["TELETRAVAIL"],
    summary: "Conditions de réussite, charte ou accord, égalité d'accès au télétravail entre femmes et hommes." },
  { key: "na-temoignage-agro", aract: "nouvelle-aquitaine", kind: "TESTIMONY", createdAt: "2014-03-18",
    title: "Témoignage : un plan d'action seniors dans une laiterie", themes: ["EMPLOI_SENIORS"],
    summary: "Tutorat, aménagement des postes de conditionnement et entretiens de seconde partie de carrière, deux ans après le cluster." },
];

/** Resources attached to the 2026 Bretagne cluster: to the cluster, and as a support of its first session. */
const BRETAGNE_2026 = "demo-cluster-bretagne-qvct-usure-2026";
const ATTACHED_TO_CLUSTER = ["diagnostic-usure", "qvct-dix-questions"];
const SUPPORT_OF_FIRST_SESSION = "bretagne-lancement-usure";

/** A one-page PDF of the resource: its title and summary (fixed date, so that every run writes the same bytes). */
function pdfOf(resource: ResourceSeed): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: resource.title, CreationDate: new Date(`${resource.createdAt}T09:00:00Z`) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font("Helvetica-Bold").fontSize(18).text(resource.title);
    doc.moveDown().font("Helvetica").fontSize(11).text(resource.summary);
    doc.moveDown().fontSize(9).fillColor("#555555").text("Document de démonstration de la plateforme des clusters Anact-Aract.");
    doc.end();
  });
}

export async function seedResources(db: PrismaClient, ctx: SeedContext): Promise<void> {
  for (const { key, aract, author, shared, featured, createdAt, ...fields } of RESOURCES) {
    const id = `demo-resource-${key}`;
    const content = new Uint8Array(await pdfOf({ key, aract, author, createdAt, ...fields }));
    const row = {
      id,
      aractId: aract ? ctx.aractIds[aract] : null,
      authorId: author ? userIdOf(ctx, demoAccount(author).email) : null,
      ...fields,
      sharedWithNetwork: shared ?? false,
      featuredAt: featured ? new Date(`${featured}T09:00:00Z`) : null,
      createdAt: new Date(`${createdAt}T09:00:00Z`),
      url: null,
      fileName: `${key}.pdf`,
      fileType: "application/pdf",
      fileSize: content.byteLength,
    };
    await db.resource.upsert({ where: { id }, create: row, update: row });
    await db.resourceFile.upsert({ where: { resourceId: id }, create: { resourceId: id, content }, update: { content } });
  }
  const aractId = ctx.aractIds.bretagne;
  for (const key of ATTACHED_TO_CLUSTER) {
    const row = { id: `${BRETAGNE_2026}-resource-${key}`, aractId, clusterId: BRETAGNE_2026, resourceId: `demo-resource-${key}` };
    await db.clusterResource.upsert({ where: { id: row.id }, create: row, update: row });
  }
  const support = {
    id: `${BRETAGNE_2026}-session-1-resource`,
    aractId,
    clusterId: BRETAGNE_2026,
    sessionId: `${BRETAGNE_2026}-session-1`,
    resourceId: `demo-resource-${SUPPORT_OF_FIRST_SESSION}`,
  };
  await db.sessionResource.upsert({ where: { id: support.id }, create: support, update: support });
}
