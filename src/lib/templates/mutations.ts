import "server-only";
import { z } from "@/lib/forms/zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import type { Scope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { isOpen } from "@/lib/clusters/rules";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { findThemePack } from "./packs";
import { publishTemplate, type PublishResult } from "./publish";
import { removalProblem, switchProblem } from "./rules";
import { AddClusterTemplateInput, ClusterTemplateRef, PublishTemplateInput } from "./schemas";

export { publishTemplate, type PublishResult } from "./publish";

type Tx = Prisma.TransactionClient;

export const CLUSTER_EVALUATED = "Ce cluster est évalué : ses modèles de diagnostic ne peuvent plus être modifiés.";

/** The national team publishes what the code holds for one pack: a new version only if its content changed. */
export async function publishThemePack(
  scope: Scope,
  { key }: z.output<typeof PublishTemplateInput>,
): Promise<PublishResult> {
  const pack = findThemePack(key);
  if (!pack) throw new NotFoundError("Ce modèle");
  return scopedDb(scope).$transaction((tx) => publishTemplate(tx, pack, scope.userId));
}

/** The cluster, when it is the caller's Aract's and still open to changes. */
async function openCluster(tx: Tx, scope: AractScope, clusterId: string) {
  const cluster = await tx.cluster.findFirst({
    where: { id: clusterId, aractId: scope.aractId },
    select: { status: true },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError(CLUSTER_EVALUATED);
}

/** The latest published national version of a key: the only ones a cluster may choose today. */
function latestNational(tx: Tx, key: string) {
  return tx.diagnosticTemplate.findFirst({
    where: { key, aractId: null, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
}

/** Responses of the cluster's companies to one template version: once there is one, the choice is fixed. */
function responseCount(tx: Tx, clusterId: string, templateId: string) {
  return tx.diagnosticResponse.count({ where: { templateId, participation: { clusterId } } });
}

async function chosenTemplate(
  tx: Tx,
  scope: AractScope,
  { clusterId, templateId }: z.output<typeof ClusterTemplateRef>,
) {
  const row = await tx.clusterTemplate.findFirst({
    where: { clusterId, templateId, aractId: scope.aractId },
    select: { template: { select: { key: true, version: true } } },
  });
  if (!row) throw new NotFoundError("Ce modèle de diagnostic");
  return row.template;
}

export async function addClusterTemplate(
  scope: AractScope,
  { clusterId, key }: z.output<typeof AddClusterTemplateInput>,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    await openCluster(tx, scope, clusterId);
    const template = await latestNational(tx, key);
    if (!template) throw fieldError("key", "Ce modèle n'existe pas : choisissez-en un dans la liste.");
    const already = await tx.clusterTemplate.count({ where: { clusterId, template: { key } } });
    if (already > 0) throw fieldError("key", "Ce modèle est déjà choisi pour ce cluster.");
    await tx.clusterTemplate.create({ data: { aractId: scope.aractId, clusterId, templateId: template.id } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "cluster.template-added",
      entityType: "Cluster",
      entityId: clusterId,
      changes: { template: key, version: template.version },
    });
    return { templateId: template.id };
  });
}

export async function removeClusterTemplate(scope: AractScope, input: z.output<typeof ClusterTemplateRef>) {
  return scopedDb(scope).$transaction(async (tx) => {
    await openCluster(tx, scope, input.clusterId);
    const template = await chosenTemplate(tx, scope, input);
    const problem = removalProblem(await responseCount(tx, input.clusterId, input.templateId));
    if (problem) throw new AppError(problem);
    await tx.clusterTemplate.delete({
      where: { clusterId_templateId: { clusterId: input.clusterId, templateId: input.templateId } },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "cluster.template-removed",
      entityType: "Cluster",
      entityId: input.clusterId,
      changes: { template: template.key, version: template.version },
    });
    return { templateId: input.templateId };
  });
}

/** Moves the cluster from the version it uses to the latest one, while nobody has answered yet. */
export async function switchClusterTemplateVersion(scope: AractScope, input: z.output<typeof ClusterTemplateRef>) {
  return scopedDb(scope).$transaction(async (tx) => {
    await openCluster(tx, scope, input.clusterId);
    const current = await chosenTemplate(tx, scope, input);
    const latest = await latestNational(tx, current.key);
    const problem = switchProblem(
      current.version,
      latest?.version ?? 0,
      await responseCount(tx, input.clusterId, input.templateId),
    );
    if (problem || !latest) throw new AppError(problem ?? "Ce modèle n'a pas de version plus récente.");
    await tx.clusterTemplate.delete({
      where: { clusterId_templateId: { clusterId: input.clusterId, templateId: input.templateId } },
    });
    await tx.clusterTemplate.create({
      data: { aractId: scope.aractId, clusterId: input.clusterId, templateId: latest.id },
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "cluster.template-version-changed",
      entityType: "Cluster",
      entityId: input.clusterId,
      changes: { template: current.key, version: [current.version, latest.version] },
    });
    return { templateId: latest.id, version: latest.version };
  });
}
