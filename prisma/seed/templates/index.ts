import type { PrismaClient } from "@/generated/prisma/client";
import { THEME_PACKS } from "@/lib/templates/packs";
import { publishTemplate } from "@/lib/templates/publish";

// The national theme packs, published as the code holds them (a second run publishes nothing: same
// content, same version), and the templates two demo clusters chose. No answers: the pairs give them.

const CLUSTER_CHOICES = [
  { clusterId: "demo-cluster-bretagne-qvct-usure-2026", key: "qvct" },
  { clusterId: "demo-cluster-bretagne-egalite-2014", key: "egalite-professionnelle" },
] as const;

export async function seedTemplates(db: PrismaClient): Promise<void> {
  for (const pack of THEME_PACKS) await publishTemplate(db, pack);

  for (const { clusterId, key } of CLUSTER_CHOICES) {
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: { aractId: true } });
    // A cluster keeps the version it chose: a rerun after a new version leaves the choice alone.
    const chosen = await db.clusterTemplate.count({ where: { clusterId, template: { key } } });
    if (chosen > 0) continue;
    const template = await db.diagnosticTemplate.findFirstOrThrow({
      where: { key, aractId: null },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    await db.clusterTemplate.create({ data: { aractId: cluster.aractId, clusterId, templateId: template.id } });
  }
}
