import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import { toDay } from "@/lib/dates/day";
import type { ParticipationStatus, SupportKind } from "@/generated/prisma/enums";
import type { SupportDayInput } from "./schemas";
import { clusterSupport, companySupport, overPlanWarning, type ClusterSupport, type CompanySupport } from "./rules";

export type SupportDayRow = {
  id: string;
  participationId: string;
  companyName: string;
  date: Date;
  durationDays: number;
  kind: SupportKind;
  /** The Aract's staff member or the partner who delivered it. */
  deliveredBy: string;
  byPartner: boolean;
  notes: string | null;
};

export type SupportCompanyRow = {
  participationId: string;
  name: string;
  status: ParticipationStatus;
  support: CompanySupport;
  warning: string | null;
};

export type SupportOverview = {
  plannedPerCompany: number;
  total: ClusterSupport;
  companies: SupportCompanyRow[];
  days: SupportDayRow[];
};

/** A cluster's support days with planned versus delivered, per company and in total; null outside the scope. */
export async function getSupportOverview(scope: Scope, clusterId: string): Promise<SupportOverview | null> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      plannedSupportDaysPerCompany: true,
      participations: {
        where: participationWhere(scope),
        orderBy: { company: { name: "asc" } },
        select: { id: true, status: true, company: { select: { name: true } } },
      },
      supportDays: {
        where: { participation: participationWhere(scope) },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          participationId: true,
          date: true,
          durationDays: true,
          kind: true,
          notes: true,
          deliveredBy: { select: { name: true, email: true } },
          partner: { select: { name: true } },
        },
      },
    },
  });
  if (!cluster) return null;
  const planned = Number(cluster.plannedSupportDaysPerCompany);
  const names = new Map(cluster.participations.map((p) => [p.id, p.company.name]));
  const days: SupportDayRow[] = cluster.supportDays.map((d) => ({
    id: d.id,
    participationId: d.participationId,
    companyName: names.get(d.participationId) ?? "",
    date: d.date,
    durationDays: Number(d.durationDays),
    kind: d.kind,
    deliveredBy: d.partner?.name ?? d.deliveredBy?.name ?? d.deliveredBy?.email ?? "Aract",
    byPartner: d.partner !== null,
    notes: d.notes,
  }));
  const companies = cluster.participations.map((p) => {
    const delivered = days.filter((d) => d.participationId === p.id).map((d) => d.durationDays);
    const support = companySupport(planned, delivered);
    return {
      participationId: p.id,
      name: p.company.name,
      status: p.status,
      support,
      warning: p.status === "WITHDRAWN" ? null : overPlanWarning(support),
    };
  });
  const total = clusterSupport(
    planned,
    companies.map((c) => ({
      status: c.status,
      deliveredDays: days.filter((d) => d.participationId === c.participationId).map((d) => d.durationDays),
    })),
  );
  return { plannedPerCompany: planned, total, companies, days };
}

export type SupportFormOptions = {
  companies: { value: string; label: string }[];
  staff: { value: string; label: string }[];
  partners: { value: string; label: string }[];
};

/** What the support form offers: the cluster's companies and partners, the Aract's staff. */
export async function getSupportFormOptions(scope: Scope, clusterId: string): Promise<SupportFormOptions> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION")
    return { companies: [], staff: [], partners: [] };
  const [participations, partners, staff] = await Promise.all([
    scopedDb(scope).participation.findMany({
      where: { clusterId, aractId: scope.aractId },
      orderBy: { company: { name: "asc" } },
      select: { id: true, status: true, company: { select: { name: true } } },
    }),
    scopedDb(scope).clusterPartner.findMany({
      where: { clusterId, aractId: scope.aractId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    scopedDb(scope).user.findMany({
      where: {
        disabledAt: null,
        memberships: { some: { aractId: scope.aractId, role: { in: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] } } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
  ]);
  return {
    companies: participations.map((p) => ({
      value: p.id,
      label: p.status === "WITHDRAWN" ? `${p.company.name} (retirée)` : p.company.name,
    })),
    partners: partners.map((p) => ({ value: p.id, label: p.name })),
    staff: staff.map((u) => ({ value: u.id, label: u.name ?? u.email })),
  };
}

/** One support day as its edit form shows it; null outside the scope. */
export async function getSupportDayForEdit(
  scope: Scope,
  clusterId: string,
  id: string,
): Promise<SupportDayInput | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  const row = await scopedDb(scope).supportDay.findFirst({
    where: { id, clusterId, aractId: scope.aractId },
    select: {
      participationId: true,
      date: true,
      durationDays: true,
      kind: true,
      deliveredByUserId: true,
      partnerId: true,
      notes: true,
    },
  });
  if (!row) return null;
  return {
    clusterId,
    participationId: row.participationId,
    date: toDay(row.date),
    durationDays: Number(row.durationDays),
    kind: row.kind,
    deliveredBy: row.partnerId ? "PARTNER" : "ARACT",
    deliveredByUserId: row.deliveredByUserId ?? "",
    partnerId: row.partnerId ?? "",
    notes: row.notes ?? "",
  };
}
