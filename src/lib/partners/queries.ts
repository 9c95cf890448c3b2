import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import type { PartnerKind } from "@/generated/prisma/enums";
import type { DirectoryPartnerInput } from "./schemas";

export type DirectoryPartnerRow = {
  id: string;
  name: string;
  kind: PartnerKind;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  archivedAt: Date | null;
  /** Clusters of the Aract where it was picked. */
  clusters: number;
};

/** The caller's Aract's directory, by name; empty for anyone without an Aract. */
export async function listDirectoryPartners(scope: Scope): Promise<DirectoryPartnerRow[]> {
  if (scope.aractId === null || scope.role === "COMPANY_MEMBER") return [];
  const rows = await scopedDb(scope).partner.findMany({
    where: { aractId: scope.aractId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      contactName: true,
      email: true,
      phone: true,
      archivedAt: true,
      _count: { select: { clusterPartners: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, clusters: _count.clusterPartners }));
}

export type PartnerOption = { id: string; name: string; kind: PartnerKind; archived: boolean };

/**
 * The partners the cluster form offers: the directory's current entries, plus the archived ones listed in
 * `keep` (those a cluster already has, so that its form still shows them).
 */
export async function listPartnerOptions(scope: Scope, keep: string[] = []): Promise<PartnerOption[]> {
  if (scope.aractId === null || scope.role === "COMPANY_MEMBER") return [];
  const rows = await scopedDb(scope).partner.findMany({
    where: { aractId: scope.aractId, OR: [{ archivedAt: null }, { id: { in: keep } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, archivedAt: true },
  });
  return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

/** One entry of the caller's directory as its edit form shows it; null outside their Aract. */
export async function getDirectoryPartner(scope: Scope, id: string) {
  if (scope.aractId === null || scope.role === "COMPANY_MEMBER") return null;
  const row = await scopedDb(scope).partner.findFirst({
    where: { id, aractId: scope.aractId },
    select: {
      id: true,
      name: true,
      kind: true,
      contactName: true,
      email: true,
      phone: true,
      notes: true,
      archivedAt: true,
      clusterPartners: {
        orderBy: { cluster: { startDate: "desc" } },
        select: { cluster: { select: { id: true, name: true } } },
      },
    },
  });
  if (!row) return null;
  const values: DirectoryPartnerInput = {
    name: row.name,
    kind: row.kind,
    contactName: row.contactName ?? "",
    email: row.email ?? "",
    phone: row.phone ?? "",
    notes: row.notes ?? "",
  };
  return {
    id: row.id,
    name: row.name,
    archivedAt: row.archivedAt,
    clusters: row.clusterPartners.map((p) => p.cluster),
    values,
  };
}
