import "server-only";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import type { ApplicationStatus } from "@/generated/prisma/enums";

// The applications the staff reads: an Aract's own, and for the national side those no Aract covers.

/** Which applications a scope decides: its Aract's; the national side's are the unrouted ones. */
const ownApplications = (scope: Scope) => ({ aractId: isNational(scope) ? null : scope.aractId });

export type ApplicationRow = {
  id: string;
  status: ApplicationStatus;
  companyName: string;
  siret: string;
  headcount: number;
  postalCode: string;
  city: string | null;
  createdAt: Date;
  target: string;
};

const targetOf = (row: { cluster: { name: string } | null; programme: { name: string } | null }) =>
  row.cluster ? row.cluster.name : row.programme ? `Programme « ${row.programme.name} »` : "—";

export async function listApplications(scope: Scope, status: ApplicationStatus, clusterId?: string): Promise<ApplicationRow[]> {
  const rows = await scopedDb(scope).application.findMany({
    where: { ...ownApplications(scope), status, ...(clusterId ? { clusterId } : {}) },
    select: {
      id: true,
      status: true,
      companyName: true,
      siret: true,
      headcount: true,
      postalCode: true,
      city: true,
      createdAt: true,
      cluster: { select: { name: true } },
      programme: { select: { name: true } },
    },
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    take: 500,
  });
  return rows.map(({ cluster, programme, ...row }) => ({ ...row, target: targetOf({ cluster, programme }) }));
}

/** The applications waiting for a decision: for the navigation's count and the cluster's companies. */
export async function countPendingApplications(scope: Scope, clusterId?: string): Promise<number> {
  return scopedDb(scope).application.count({
    where: { ...ownApplications(scope), status: "PENDING", ...(clusterId ? { clusterId } : {}) },
  });
}

/** One application with what deciding it needs: the Aract's open clusters, the company if the Aract knows it. */
export async function getApplication(scope: Scope, id: string) {
  const db = scopedDb(scope);
  const application = await db.application.findFirst({
    where: { id, ...ownApplications(scope) },
    include: {
      cluster: { select: { id: true, name: true, status: true } },
      programme: { select: { id: true, name: true } },
      aract: { select: { name: true } },
    },
  });
  if (!application) return null;
  if (isNational(scope)) {
    const aracts = await db.aract.findMany({
      where: { deactivatedAt: null },
      select: { id: true, name: true, departements: true },
      orderBy: { name: "asc" },
    });
    return { application, aracts, clusters: [], knownCompany: null, acceptedInto: null };
  }
  const [clusters, knownCompany, accepted] = await Promise.all([
    db.cluster.findMany({
      where: { aractId: scope.aractId, status: { in: ["RECRUITING", "RUNNING"] } },
      select: { id: true, name: true, programmeId: true },
      orderBy: [{ startDate: "desc" }, { name: "asc" }],
    }),
    db.company.findFirst({
      where: { aractId: scope.aractId, siret: application.siret },
      select: { id: true, name: true, headcount: true, participations: { select: { clusterId: true } } },
    }),
    application.participationId
      ? db.participation.findFirst({ where: { id: application.participationId }, select: { clusterId: true } })
      : null,
  ]);
  // The programme's own clusters first: the likely choice for an application to the programme.
  const ordered = [...clusters].sort(
    (a, b) => Number(b.programmeId === application.programmeId) - Number(a.programmeId === application.programmeId),
  );
  return { application, aracts: [], clusters: ordered, knownCompany, acceptedInto: accepted?.clusterId ?? null };
}
export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplication>>>;
