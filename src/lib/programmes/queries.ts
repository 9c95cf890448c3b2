import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { Theme } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { ProgrammeInput } from "./schemas";
import { eurosOf, managedOwner } from "./rules";

export type ProgrammeRow = {
  id: string;
  code: string;
  name: string;
  /** The Aract of a regional programme; null for a national one. */
  aractName: string | null;
  themes: Theme[];
  startYear: number | null;
  endYear: number | null;
  budgetCents: number | null;
  /** Clusters run under it: every Aract's for the national administrator, the caller's own Aract's otherwise. */
  clusters: number;
  /** Whether the caller may edit it (their own: national ones, or their Aract's). */
  editable: boolean;
};

/**
 * The programmes the caller manages or runs clusters under: every one for the national administrator; the
 * national ones (read-only) and the Aract's own for an Aract administrator. National ones first.
 */
export async function listProgrammes(scope: Scope): Promise<ProgrammeRow[]> {
  const owner = managedOwner(scope);
  if (owner === undefined) return [];
  const rows = await scopedDb(scope).programme.findMany({
    where: owner === null ? {} : { OR: [{ aractId: null }, { aractId: owner }] },
    orderBy: [{ aract: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      aractId: true,
      themes: true,
      startYear: true,
      endYear: true,
      budgetCents: true,
      aract: { select: { name: true } },
      _count: { select: { clusters: owner === null ? true : { where: { aractId: owner } } } },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      aractName: row.aract?.name ?? null,
      themes: row.themes,
      startYear: row.startYear,
      endYear: row.endYear,
      budgetCents: row.budgetCents === null ? null : Number(row.budgetCents),
      clusters: row._count.clusters,
      editable: row.aractId === owner,
    }))
    .sort((a, b) => Number(a.aractName !== null) - Number(b.aractName !== null));
}

/** What a programme's form edits, as stored: read for the form and before a change (the audit's "before"). */
export const programmeFieldsSelect = {
  code: true,
  name: true,
  description: true,
  themes: true,
  startYear: true,
  endYear: true,
  budgetCents: true,
  followUpMonths: true,
  funders: { orderBy: { id: "asc" }, select: { name: true, amountCents: true } },
} satisfies Prisma.ProgrammeSelect;

/** One of the caller's own programmes as its edit form shows it; null when it is not theirs to edit. */
export async function getProgrammeForEdit(scope: Scope, id: string) {
  const owner = managedOwner(scope);
  if (owner === undefined) return null;
  const row = await scopedDb(scope).programme.findFirst({
    where: { id, aractId: owner },
    select: { id: true, ...programmeFieldsSelect, _count: { select: { clusters: true } } },
  });
  if (!row) return null;
  const values: ProgrammeInput = {
    code: row.code,
    name: row.name,
    description: row.description ?? "",
    themes: row.themes,
    startYear: row.startYear ?? undefined,
    endYear: row.endYear ?? undefined,
    budgetEuros: eurosOf(row.budgetCents),
    funders: row.funders.map((f) => ({ name: f.name, amountEuros: eurosOf(f.amountCents) })),
    followUpMonths: row.followUpMonths,
  };
  return { id: row.id, name: row.name, clusters: row._count.clusters, values };
}

export type ProgrammeOption = { id: string; name: string; national: boolean };

/** The programmes a cluster of the scope may run under: national ones and the Aract's own (regional). */
export async function listProgrammeOptions(scope: Scope): Promise<ProgrammeOption[]> {
  const rows = await scopedDb(scope).programme.findMany({
    where: scope.aractId ? { OR: [{ aractId: null }, { aractId: scope.aractId }] } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true, aractId: true },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, national: row.aractId === null }));
}
