import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { NotFoundError, fieldError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import type { DirectoryPartnerInput, PartnerIdInput, UpdateDirectoryPartnerInput } from "./schemas";

type Fields = z.output<typeof DirectoryPartnerInput>;

const NAME_TAKEN = "Un partenaire de ce nom figure déjà dans l'annuaire (peut-être parmi les archivés).";

const columns = (input: Fields) => ({
  name: input.name,
  kind: input.kind,
  contactName: input.contactName ?? null,
  email: input.email ?? null,
  phone: input.phone ?? null,
  notes: input.notes ?? null,
});

/**
 * What the audit trail keeps of a change: the organisation's name and kind with their values, but only the
 * names of the contact's fields that changed (a contact person's details are personal data: the trail,
 * which is never erased, must not keep them).
 */
function auditChanges(before: Partial<ReturnType<typeof columns>>, after: ReturnType<typeof columns>) {
  const { name, kind, ...contact } = after;
  const changes: Record<string, unknown> = changedFields(before, { name, kind });
  const contactChanged = Object.keys(changedFields(before, contact));
  if (contactChanged.length) changes.contactFieldsChanged = contactChanged;
  return changes as Prisma.InputJsonValue;
}

/** A name is unique within the Aract's directory, whatever its case, archived entries included. */
async function assertNameFree(scope: AractScope, name: string, exceptId?: string) {
  const aractId = scope.aractId;
  const clash = await scopedDb(scope).partner.findFirst({
    where: { aractId, name: { equals: name, mode: "insensitive" }, id: { not: exceptId } },
    select: { id: true },
  });
  if (clash) throw fieldError("name", NAME_TAKEN);
}

async function nameSafe<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw fieldError("name", NAME_TAKEN);
    throw error;
  }
}

export async function createDirectoryPartner(scope: AractScope, input: Fields): Promise<{ id: string }> {
  await assertNameFree(scope, input.name);
  return nameSafe(
    scopedDb(scope).$transaction(async (tx) => {
      const partner = await tx.partner.create({
        data: { aractId: scope.aractId, ...columns(input) },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "partner.created",
        entityType: "Partner",
        entityId: partner.id,
        changes: auditChanges({}, columns(input)),
      });
      return { id: partner.id };
    }),
  );
}

export async function updateDirectoryPartner(
  scope: AractScope,
  { id, partner: input }: z.output<typeof UpdateDirectoryPartnerInput>,
) {
  await assertNameFree(scope, input.name, id);
  return nameSafe(
    scopedDb(scope).$transaction(async (tx) => {
      const before = await tx.partner.findFirst({
        where: { id, aractId: scope.aractId },
        select: { name: true, kind: true, contactName: true, email: true, phone: true, notes: true },
      });
      if (!before) throw new NotFoundError("Ce partenaire");
      await tx.partner.update({ where: { id }, data: columns(input) });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "partner.updated",
        entityType: "Partner",
        entityId: id,
        changes: auditChanges(before, columns(input)),
      });
      return { id };
    }),
  );
}

/**
 * An archived partner is no longer offered by the cluster form; the clusters that already have it keep it.
 * Restoring offers it again.
 */
export async function setPartnerArchived(
  scope: AractScope,
  { id }: z.output<typeof PartnerIdInput>,
  archived: boolean,
) {
  return scopedDb(scope).$transaction(async (tx) => {
    const partner = await tx.partner.findFirst({ where: { id, aractId: scope.aractId }, select: { archivedAt: true } });
    if (!partner) throw new NotFoundError("Ce partenaire");
    if ((partner.archivedAt !== null) === archived) return { id };
    await tx.partner.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: archived ? "partner.archived" : "partner.restored",
      entityType: "Partner",
      entityId: id,
    });
    return { id };
  });
}
