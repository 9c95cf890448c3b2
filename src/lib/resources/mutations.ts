import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { checkFile } from "./files";
import { visibleWhere } from "./reach";
import { AttachResourceInput, FeatureResourceInput, ResourceIdInput, ResourceInput, UpdateResourceInput } from "./schemas";

// The library's writes. A resource is its Aract's (its staff publish, edit, share and delete it) or the
// national side's; the national side alone features it; the Aract's staff attach what they see to their
// clusters and sessions.

const NOT_FOUND = "Cette ressource";
const STALE =
  "Cette ressource a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Rechargez la page : rien n'a été enregistré.";

/** The resources the caller edits: their Aract's, or the national ones for the national side. */
const editableWhere = (scope: Scope): Prisma.ResourceWhereInput => ({ aractId: isNational(scope) ? null : scope.aractId });

const descriptionOf = (input: z.output<typeof UpdateResourceInput> | z.output<typeof ResourceInput>, scope: Scope) => ({
  title: input.title,
  summary: input.summary,
  themes: input.themes,
  kind: input.kind,
  // Only a regional resource is shared (a national one is the network's already).
  sharedWithNetwork: !isNational(scope) && input.shared === true,
});

export async function createResource(scope: Scope, input: z.output<typeof ResourceInput>): Promise<{ id: string }> {
  let file: { name: string; type: string; bytes: Uint8Array } | null = null;
  if (input.source === "file") {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const checked = await checkFile(input.file.name, bytes);
    if ("problem" in checked) throw fieldError("file", checked.problem);
    file = { name: input.file.name.slice(-200), type: checked.mime, bytes };
  }
  const aractId = isNational(scope) ? null : scope.aractId;
  return scopedDb(scope).$transaction(async (tx) => {
    const description = descriptionOf(input, scope);
    const resource = await tx.resource.create({
      data: {
        aractId,
        authorId: scope.userId,
        ...description,
        url: input.source === "link" ? input.url : null,
        fileName: file?.name ?? null,
        fileType: file?.type ?? null,
        fileSize: file?.bytes.byteLength ?? null,
      },
      select: { id: true },
    });
    if (file) await tx.resourceFile.create({ data: { resourceId: resource.id, content: new Uint8Array(file.bytes) } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId,
      action: "resource.created",
      entityType: "Resource",
      entityId: resource.id,
      changes: { ...description, source: input.source, fileType: file?.type ?? null, fileSize: file?.bytes.byteLength ?? null },
    });
    return resource;
  });
}

export async function updateResource(scope: Scope, input: z.output<typeof UpdateResourceInput>): Promise<{ id: string }> {
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.resource.findFirst({ where: { id: input.id, ...editableWhere(scope) } });
    if (!before) throw new NotFoundError(NOT_FOUND);
    const description = descriptionOf(input, scope);
    const moved = await tx.resource.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...description, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new AppError(STALE);
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: before.aractId,
      action: "resource.updated",
      entityType: "Resource",
      entityId: before.id,
      changes: changedFields<Record<string, unknown>>(before, description) as Prisma.InputJsonValue,
    });
    return { id: before.id };
  });
}

export async function deleteResource(scope: Scope, { id }: z.output<typeof ResourceIdInput>): Promise<void> {
  await scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.resource.findFirst({ where: { id, ...editableWhere(scope) }, select: { id: true, aractId: true, title: true } });
    if (!before) throw new NotFoundError(NOT_FOUND);
    // Its file and its attachments go with it.
    await tx.resource.deleteMany({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: before.aractId,
      action: "resource.deleted",
      entityType: "Resource",
      entityId: before.id,
      changes: { title: before.title },
    });
  });
}

/** The national side puts a national or shared resource forward on the library's first page, or no more. */
export async function featureResource(scope: Scope, { id, featured }: z.output<typeof FeatureResourceInput>): Promise<void> {
  if (!isNational(scope)) throw new NotFoundError(NOT_FOUND);
  await scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.resource.findFirst({
      where: { id, OR: [{ aractId: null }, { sharedWithNetwork: true }] },
      select: { id: true, aractId: true, featuredAt: true },
    });
    if (!before) throw new NotFoundError(NOT_FOUND);
    if ((before.featuredAt !== null) === featured) return;
    await tx.resource.updateMany({ where: { id: before.id }, data: { featuredAt: featured ? new Date() : null } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: before.aractId,
      action: featured ? "resource.featured" : "resource.unfeatured",
      entityType: "Resource",
      entityId: before.id,
    });
  });
}

/** The cluster within the Aract, and the session within the cluster when one is named. */
async function attachmentTarget(tx: Prisma.TransactionClient, scope: AractScope, input: z.output<typeof AttachResourceInput>) {
  const cluster = await tx.cluster.findFirst({ where: { id: input.clusterId, aractId: scope.aractId }, select: { id: true } });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (input.sessionId) {
    const session = await tx.collectiveSession.findFirst({ where: { id: input.sessionId, clusterId: cluster.id }, select: { id: true } });
    if (!session) throw new NotFoundError("Cette séance");
  }
  return cluster;
}

/** Attaches a resource the chargé·e de mission sees to their cluster, or to one of its sessions (a support). */
export async function attachResource(scope: AractScope, input: z.output<typeof AttachResourceInput>): Promise<{ attached: boolean }> {
  return scopedDb(scope).$transaction(async (tx) => {
    const cluster = await attachmentTarget(tx, scope, input);
    const resource = await tx.resource.findFirst({ where: { AND: [{ id: input.resourceId }, visibleWhere(scope)] }, select: { id: true } });
    if (!resource) throw fieldError("resourceId", "Choisissez une ressource de la bibliothèque.");
    const row = { aractId: scope.aractId, clusterId: cluster.id, resourceId: resource.id };
    const created = input.sessionId
      ? await tx.sessionResource.createMany({ data: [{ ...row, sessionId: input.sessionId }], skipDuplicates: true })
      : await tx.clusterResource.createMany({ data: [row], skipDuplicates: true });
    if (created.count === 0) return { attached: false };
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "resource.attached",
      entityType: input.sessionId ? "CollectiveSession" : "Cluster",
      entityId: input.sessionId ?? cluster.id,
      changes: { resourceId: resource.id },
    });
    return { attached: true };
  });
}

export async function detachResource(scope: AractScope, input: z.output<typeof AttachResourceInput>): Promise<void> {
  await scopedDb(scope).$transaction(async (tx) => {
    const cluster = await attachmentTarget(tx, scope, input);
    const removed = input.sessionId
      ? await tx.sessionResource.deleteMany({ where: { sessionId: input.sessionId, resourceId: input.resourceId, aractId: scope.aractId } })
      : await tx.clusterResource.deleteMany({ where: { clusterId: cluster.id, resourceId: input.resourceId, aractId: scope.aractId } });
    if (removed.count === 0) throw new NotFoundError(NOT_FOUND);
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "resource.detached",
      entityType: input.sessionId ? "CollectiveSession" : "Cluster",
      entityId: input.sessionId ?? cluster.id,
      changes: { resourceId: input.resourceId },
    });
  });
}
