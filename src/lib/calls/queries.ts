import "server-only";
import { cache } from "react";
import { systemDb } from "@/lib/db";
import { openClusterWhere, openProgrammeWhere } from "./rules";
import type { PartnerKind, SessionSlot, Theme } from "@/generated/prisma/enums";

// What the public pages show, without sign-in: the clusters in recruitment of active Aracts, and the
// programmes. Only what an invitation to apply says: no company, no person, no figure. The page and its
// title read the same record: cache() makes it one query per request.


export type PublicCluster = {
  id: string;
  name: string;
  description: string | null;
  themes: Theme[];
  kind: "TERRITORIAL" | "SECTORAL";
  territory: string | null;
  sector: string | null;
  startDate: Date;
  endDate: Date;
  plannedCollectiveSessions: number;
  plannedSupportDaysPerCompany: number;
  aract: { name: string; contactEmail: string | null };
  programme: { id: string; name: string } | null;
  partners: { name: string; kind: PartnerKind; role: string | null }[];
  sessions: { title: string; date: Date; slot: SessionSlot; startTime: string | null; endTime: string | null; place: string }[];
};

/** A cluster open to applications, or null (a draft, a running or closed cluster, another id: the same answer). */
export const getPublicCluster = cache(async (id: string): Promise<PublicCluster | null> => {
  const cluster = await systemDb.cluster.findFirst({
    where: { id, ...openClusterWhere },
    select: {
      id: true,
      name: true,
      description: true,
      themes: true,
      kind: true,
      territory: true,
      sector: true,
      startDate: true,
      endDate: true,
      plannedCollectiveSessions: true,
      plannedSupportDaysPerCompany: true,
      aract: { select: { name: true, contactEmail: true } },
      programme: { select: { id: true, name: true } },
      partners: { select: { name: true, kind: true, role: true }, orderBy: { name: "asc" } },
      sessions: {
        where: { cancelledAt: null },
        select: { title: true, date: true, slot: true, startTime: true, endTime: true, place: true },
        orderBy: [{ date: "asc" }, { slot: "asc" }],
      },
    },
  });
  return cluster && { ...cluster, plannedSupportDaysPerCompany: Number(cluster.plannedSupportDaysPerCompany) };
});

export type PublicProgramme = {
  id: string;
  name: string;
  description: string | null;
  themes: Theme[];
  startYear: number | null;
  endYear: number | null;
  /** The Aract of a regional programme; null for a national one (applications are routed by postcode). */
  aractName: string | null;
  clusters: { id: string; name: string; aractName: string; territory: string | null; sector: string | null; startDate: Date }[];
};

/** A programme open to applications (not over), or null. */
export const getPublicProgramme = cache(async (id: string, year: number): Promise<PublicProgramme | null> => {
  const programme = await systemDb.programme.findFirst({
    where: { id, ...openProgrammeWhere(year) },
    select: {
      id: true,
      name: true,
      description: true,
      themes: true,
      startYear: true,
      endYear: true,
      aract: { select: { name: true } },
      clusters: {
        where: openClusterWhere,
        select: { id: true, name: true, territory: true, sector: true, startDate: true, aract: { select: { name: true } } },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!programme) return null;
  const { aract, clusters, ...fields } = programme;
  return {
    ...fields,
    aractName: aract?.name ?? null,
    clusters: clusters.map(({ aract: clusterAract, ...cluster }) => ({ ...cluster, aractName: clusterAract.name })),
  };
});

export type OpenCalls = {
  clusters: { id: string; name: string; aractName: string; themes: Theme[]; territory: string | null; sector: string | null; startDate: Date }[];
  programmes: { id: string; name: string; aractName: string | null; themes: Theme[] }[];
};

/** The clusters in recruitment, and the programmes not over yet, for the public list. */
export async function listOpenCalls(year: number): Promise<OpenCalls> {
  const [clusters, programmes] = await Promise.all([
    systemDb.cluster.findMany({
      where: openClusterWhere,
      select: { id: true, name: true, themes: true, territory: true, sector: true, startDate: true, aract: { select: { name: true } } },
      orderBy: [{ startDate: "asc" }, { name: "asc" }],
    }),
    systemDb.programme.findMany({
      where: openProgrammeWhere(year),
      select: { id: true, name: true, themes: true, aract: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    clusters: clusters.map(({ aract, ...cluster }) => ({ ...cluster, aractName: aract.name })),
    programmes: programmes.map(({ aract, ...programme }) => ({ ...programme, aractName: aract?.name ?? null })),
  };
}
