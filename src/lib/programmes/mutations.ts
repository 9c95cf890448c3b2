import "server-only";
import type { z } from "zod";
import { scopedDb, systemDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import type { ProgrammeInput, UpdateProgrammeInput } from "./schemas";
import { centsOf, eurosOf, managedOwner } from "./rules";
import { programmeFieldsSelect } from "./queries";

type Fields = z.output<typeof ProgrammeInput>;

const CODE_TAKEN = "Ce code est déjà celui d'un autre programme du réseau : choisissez-en un autre.";

function ownerOf(scope: Scope): string | null {
  const owner = managedOwner(scope);
  if (owner === undefined) throw new AppError("Vous n'avez pas accès à cette action.");
  return owner;
}

const columns = (input: Fields) => ({
  code: input.code,
  name: input.name,
  description: input.description ?? null,
  themes: input.themes,
  startYear: input.startYear ?? null,
  endYear: input.endYear ?? null,
  budgetCents: centsOf(input.budgetEuros),
  followUpMonths: input.followUpMonths,
});

const funderRows = (programmeId: string, input: Fields) =>
  input.funders.map((f) => ({ programmeId, name: f.name, amountCents: centsOf(f.amountEuros) }));

/** What the audit trail keeps of a programme: its fields, amounts in euros (JSON has no BigInt). */
function auditView(row: ReturnType<typeof columns> & { funders: { name: string; amountCents: bigint | null }[] }) {
  const { budgetCents, funders, ...rest } = row;
  return {
    ...rest,
    budgetEuros: eurosOf(budgetCents) ?? null,
    funders: funders.map((f) => ({ name: f.name, amountEuros: eurosOf(f.amountCents) ?? null })),
  };
}

/**
 * The code is unique across the network, whoever owns the programme that holds it: the check looks at every
 * Aract's programmes (as the system), and tells only whether the code is taken.
 */
async function assertCodeFree(code: string, exceptId?: string) {
  const clash = await systemDb.programme.findFirst({
    where: { code: { equals: code, mode: "insensitive" }, id: { not: exceptId } },
    select: { id: true },
  });
  if (clash) throw fieldError("code", CODE_TAKEN);
}

/** Two people creating the same code at once: the unique index decides, with the same French answer. */
async function codeSafe<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw fieldError("code", CODE_TAKEN);
    throw error;
  }
}

export async function createProgramme(scope: Scope, input: Fields): Promise<{ id: string }> {
  const aractId = ownerOf(scope);
  await assertCodeFree(input.code);
  return codeSafe(
    scopedDb(scope).$transaction(async (tx) => {
      const programme = await tx.programme.create({ data: { aractId, ...columns(input) }, select: { id: true } });
      await tx.programmeFunder.createMany({ data: funderRows(programme.id, input) });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId,
        action: "programme.created",
        entityType: "Programme",
        entityId: programme.id,
        changes: auditView({ ...columns(input), funders: funderRows(programme.id, input) }) as Prisma.InputJsonValue,
      });
      return { id: programme.id };
    }),
  );
}

/** Only the caller's own programmes are edited: another owner's is « introuvable », as if it did not exist. */
export async function updateProgramme(scope: Scope, { id, programme: input }: z.output<typeof UpdateProgrammeInput>) {
  const aractId = ownerOf(scope);
  await assertCodeFree(input.code, id);
  return codeSafe(
    scopedDb(scope).$transaction(async (tx) => {
      const before = await tx.programme.findFirst({
        where: { id, aractId },
        select: programmeFieldsSelect,
      });
      if (!before) throw new NotFoundError("Ce programme");
      await tx.programme.update({ where: { id }, data: columns(input) });
      await tx.programmeFunder.deleteMany({ where: { programmeId: id } });
      await tx.programmeFunder.createMany({ data: funderRows(id, input) });
      const changes = changedFields(
        auditView(before),
        auditView({ ...columns(input), funders: funderRows(id, input) }),
      );
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId,
        action: "programme.updated",
        entityType: "Programme",
        entityId: id,
        changes: changes as Prisma.InputJsonValue,
      });
      return { id };
    }),
  );
}
