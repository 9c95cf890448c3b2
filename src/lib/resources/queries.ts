import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { canEditResource, visibleWhere } from "./reach";
import type { Prisma } from "@/generated/prisma/client";
import type { ResourceKind, Theme } from "@/generated/prisma/enums";
import { LIBRARY_PAGE_SIZE, type Origin } from "./labels";

// Reads of the resource library. What a caller sees: the national team, the national resources and the
// shared ones; an Aract's staff, those and their Aract's own; a company's member, those attached to their
// cluster or to its sessions. Row-level security says the same underneath.

const cardSelect = {
  id: true,
  title: true,
  summary: true,
  themes: true,
  kind: true,
  url: true,
  fileName: true,
  fileType: true,
  fileSize: true,
  aractId: true,
  sharedWithNetwork: true,
  featuredAt: true,
  createdAt: true,
  aract: { select: { name: true } },
  author: { select: { name: true } },
} satisfies Prisma.ResourceSelect;

export type ResourceCard = Prisma.ResourceGetPayload<{ select: typeof cardSelect }>;

export type LibraryFilters = { q?: string; theme?: Theme; kind?: ResourceKind; origin?: Origin; page: number };

function originWhere(scope: Scope, origin: Origin | undefined): Prisma.ResourceWhereInput {
  if (origin === "national") return { aractId: null };
  if (origin === "aract") return isNational(scope) ? { id: { in: [] } } : { aractId: scope.aractId };
  if (origin === "reseau") return { sharedWithNetwork: true, aractId: isNational(scope) ? { not: null } : { not: scope.aractId } };
  return {};
}

/** One page of the library, featured resources first, then the newest; with the count of all that match. */
export async function listResources(scope: Scope, filters: LibraryFilters) {
  const words = filters.q?.trim();
  const where: Prisma.ResourceWhereInput = {
    AND: [
      visibleWhere(scope),
      originWhere(scope, filters.origin),
      filters.theme ? { themes: { has: filters.theme } } : {},
      filters.kind ? { kind: filters.kind } : {},
      words
        ? { OR: [{ title: { contains: words, mode: "insensitive" } }, { summary: { contains: words, mode: "insensitive" } }] }
        : {},
    ],
  };
  const db = scopedDb(scope);
  const [total, resources] = await Promise.all([
    db.resource.count({ where }),
    db.resource.findMany({
      where,
      orderBy: [{ featuredAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * LIBRARY_PAGE_SIZE,
      take: LIBRARY_PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { total, resources, pages: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

/** One resource as its page shows it, with where its Aract attached it; null when the caller may not see it. */
export async function getResource(scope: Scope, id: string) {
  const resource = await scopedDb(scope).resource.findFirst({
    where: { AND: [{ id }, visibleWhere(scope)] },
    select: { ...cardSelect, version: true, _count: { select: { clusters: true, sessions: true } } },
  });
  if (!resource) return null;
  const { _count, ...rest } = resource;
  return { ...rest, attachments: _count.clusters + _count.sessions, editable: canEditResource(scope, resource) };
}

/** A resource's file, for the download route: null when the caller may not see it or it has none. */
export async function readResourceFile(scope: Scope, id: string) {
  const resource = await scopedDb(scope).resource.findFirst({
    where: { AND: [{ id }, visibleWhere(scope)] },
    select: { fileName: true, fileType: true, file: { select: { content: true } } },
  });
  if (!resource?.file || !resource.fileName || !resource.fileType) return null;
  return { name: resource.fileName, type: resource.fileType, content: resource.file.content };
}

/** The resources of a cluster: its own, then each session's supports, in date order. */
export async function listClusterResources(scope: Scope, clusterId: string) {
  const db = scopedDb(scope);
  const visible = visibleWhere(scope);
  const [cluster, sessions] = await Promise.all([
    db.clusterResource.findMany({
      where: { clusterId, resource: visible },
      orderBy: { createdAt: "asc" },
      select: { resource: { select: cardSelect } },
    }),
    db.collectiveSession.findMany({
      where: { clusterId, resources: { some: { resource: visible } } },
      orderBy: [{ date: "asc" }, { slot: "asc" }],
      select: {
        id: true,
        title: true,
        date: true,
        resources: { where: { resource: visible }, orderBy: { createdAt: "asc" }, select: { resource: { select: cardSelect } } },
      },
    }),
  ]);
  return {
    cluster: cluster.map((row) => row.resource),
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, date: s.date, resources: s.resources.map((row) => row.resource) })),
  };
}

/** A session's supports. */
export async function listSessionResources(scope: Scope, sessionId: string): Promise<ResourceCard[]> {
  const rows = await scopedDb(scope).sessionResource.findMany({
    where: { sessionId, resource: visibleWhere(scope) },
    orderBy: { createdAt: "asc" },
    select: { resource: { select: cardSelect } },
  });
  return rows.map((row) => row.resource);
}

/** What a chargé·e de mission may attach: every resource they see, by title. */
export async function listAttachableResources(scope: Scope): Promise<{ value: string; label: string }[]> {
  const rows = await scopedDb(scope).resource.findMany({
    where: visibleWhere(scope),
    orderBy: { title: "asc" },
    select: { id: true, title: true, kind: true },
    take: 500,
  });
  return rows.map((row) => ({ value: row.id, label: row.title }));
}
