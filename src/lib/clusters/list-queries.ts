import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere } from "@/lib/auth/where";
import type { Prisma } from "@/generated/prisma/client";
import type { ClusterStatus, Theme } from "@/generated/prisma/enums";
import { PAGE_SIZE, type ClusterListQuery } from "./schemas";
import { listClusterRows } from "./queries";

export type ClusterRow = {
  id: string;
  name: string;
  aractName: string;
  programmeName: string | null;
  themes: Theme[];
  status: ClusterStatus;
  startDate: Date;
  endDate: Date;
  companies: number;
};

/** The `where` of the clusters list, from its validated URL filters. */
export function clusterListWhere(scope: Scope, query: ClusterListQuery): Prisma.ClusterWhereInput {
  const where: Prisma.ClusterWhereInput = { ...clusterWhere(scope) };
  if (query.status) where.status = query.status;
  if (query.theme) where.themes = { has: query.theme };
  if (query.programme) where.programmeId = query.programme;
  // Running during a year: the period touches it; started in a year: the start falls in it. Both may apply.
  const startBounds: Prisma.DateTimeFilter = {};
  if (query.year) {
    startBounds.lte = new Date(Date.UTC(query.year, 11, 31));
    where.endDate = { gte: new Date(Date.UTC(query.year, 0, 1)) };
  }
  if (query.started) {
    startBounds.gte = new Date(Date.UTC(query.started, 0, 1));
    const endOfYear = new Date(Date.UTC(query.started, 11, 31));
    if (!startBounds.lte || endOfYear < startBounds.lte) startBounds.lte = endOfYear;
  }
  if (startBounds.lte || startBounds.gte) where.startDate = startBounds;
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    where.OR = [{ name: contains }, { territory: contains }, { sector: contains }];
  }
  return where;
}

export function clusterListOrder(query: ClusterListQuery): Prisma.ClusterOrderByWithRelationInput[] {
  const dir = query.dir;
  switch (query.sort) {
    case "name":
      return [{ name: dir }];
    case "status":
      return [{ status: dir }, { startDate: "desc" }];
    case "companies":
      return [{ participations: { _count: dir } }, { name: "asc" }];
    default:
      return [{ startDate: dir }, { name: "asc" }];
  }
}

export async function listClusters(scope: Scope, query: ClusterListQuery) {
  const { rows, total } = await listClusterRows(scope, clusterListWhere(scope, query), clusterListOrder(query), {
    skip: (query.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
