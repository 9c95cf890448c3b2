import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { fieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import type { NationalScope } from "@/lib/auth/scope";
import type { Prisma } from "@/generated/prisma/client";
import { inviteToAract } from "@/lib/users/mutations";
import type { AppointAdminInput, AractIdInput, AractInput, UpdateAractInput } from "./schemas";
import { slugOf } from "./rules";

type Fields = z.output<typeof AractInput>;

const data = (input: Fields) => ({
  name: input.name,
  region: input.region,
  departements: input.departements,
  contactEmail: input.contactEmail ?? null,
});

async function assertNameFree(scope: NationalScope, name: string, exceptId?: string) {
  const clash = await scopedDb(scope).aract.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, id: { not: exceptId } },
    select: { id: true },
  });
  if (clash) throw fieldError("name", "Une Aract porte déjà ce nom.");
}

export async function createAract(scope: NationalScope, input: z.output<typeof AractInput>) {
  await assertNameFree(scope, input.name);
  return scopedDb(scope).$transaction(async (tx) => {
    const taken = await tx.aract.count({ where: { slug: { startsWith: slugOf(input.name) } } });
    const slug = taken ? `${slugOf(input.name)}-${taken + 1}` : slugOf(input.name);
    const aract = await tx.aract.create({ data: { ...data(input), slug }, select: { id: true } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: aract.id,
      action: "aract.created",
      entityType: "Aract",
      entityId: aract.id,
      changes: data(input),
    });
    return aract;
  });
}

export async function updateAract(scope: NationalScope, { id, ...input }: z.output<typeof UpdateAractInput>) {
  await assertNameFree(scope, input.name, id);
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.aract.findUnique({
      where: { id },
      select: { name: true, region: true, departements: true, contactEmail: true },
    });
    if (!before) throw new NotFoundError("Cette Aract");
    await tx.aract.update({ where: { id }, data: data(input) });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: id,
      action: "aract.updated",
      entityType: "Aract",
      entityId: id,
      changes: changedFields(before, data(input)) as Prisma.InputJsonValue,
    });
    return { id };
  });
}

/**
 * A deactivated Aract keeps every record (reports still count its clusters), but its people can no longer
 * sign in: their sessions end at once. Reactivation gives them their access back.
 */
export async function setAractActive(scope: NationalScope, { id }: z.output<typeof AractIdInput>, active: boolean) {
  return scopedDb(scope).$transaction(async (tx) => {
    const aract = await tx.aract.findUnique({ where: { id }, select: { deactivatedAt: true } });
    if (!aract) throw new NotFoundError("Cette Aract");
    if ((aract.deactivatedAt === null) === active) return null;
    await tx.aract.update({ where: { id }, data: { deactivatedAt: active ? null : new Date() } });
    const sessionsEnded = active
      ? 0
      : (
          await tx.session.deleteMany({
            where: {
              user: {
                OR: [{ memberships: { some: { aractId: id } } }, { persons: { some: { aractId: id } } }],
                memberships: { none: { aractId: null } },
              },
            },
          })
        ).count;
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: id,
      action: active ? "aract.reactivated" : "aract.deactivated",
      entityType: "Aract",
      entityId: id,
      changes: active ? undefined : { sessionsEnded },
    });
    return null;
  });
}

export async function appointAractAdmin(
  scope: NationalScope,
  { aractId, ...person }: z.output<typeof AppointAdminInput>,
) {
  return scopedDb(scope).$transaction((tx) =>
    inviteToAract(tx, { userId: scope.userId, name: scope.name }, { ...person, aractId, role: "ARACT_ADMIN" }),
  );
}
