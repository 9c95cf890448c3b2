import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { clusterWhere, participationWhere } from "@/lib/auth/where";
import { outcomeFormValues } from "./form-values";
import type { OutcomeKind, OutcomeStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";
import type { OutcomeInput } from "./schemas";
import { domainLabel } from "./domains";
import { outcomeDomainsProblem, outcomeSummary } from "./rules";

export type OutcomeRow = {
  id: string;
  kind: OutcomeKind;
  theme: Theme;
  status: OutcomeStatus;
  signedAt: Date | null;
  depositedAt: Date | null;
  depositReference: string | null;
  /** The labels of the domains of action retained. */
  domainLabels: string[];
  /** The égalité shortfall, when the plan falls short of R. 2242-2. */
  warning: string | null;
};

export type OutcomeCompany = {
  participationId: string;
  name: string;
  headcountAtEntry: number;
  status: ParticipationStatus;
  outcomes: OutcomeRow[];
};

export type OutcomesOverview = { themes: Theme[]; summary: string; companies: OutcomeCompany[] };

const outcomeSelect = {
  id: true,
  kind: true,
  theme: true,
  status: true,
  signedAt: true,
  depositedAt: true,
  depositReference: true,
  domains: true,
} as const;

/** Every company of the cluster with its outcomes, and the cluster's summary sentence; null outside the scope. */
export async function getOutcomesOverview(scope: Scope, clusterId: string): Promise<OutcomesOverview | null> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      themes: true,
      participations: {
        where: participationWhere(scope),
        orderBy: { company: { name: "asc" } },
        select: {
          id: true,
          status: true,
          headcountAtEntry: true,
          company: { select: { name: true } },
          outcomes: { orderBy: { createdAt: "asc" }, select: outcomeSelect },
        },
      },
    },
  });
  if (!cluster) return null;
  const companies = cluster.participations.map((p) => ({
    participationId: p.id,
    name: p.company.name,
    headcountAtEntry: p.headcountAtEntry,
    status: p.status,
    outcomes: p.outcomes.map(({ domains, ...o }) => ({
      ...o,
      domainLabels: domains.map((code) => domainLabel(o.theme, code)),
      warning: outcomeDomainsProblem(o.theme, o.status, domains, p.headcountAtEntry)?.message ?? null,
    })),
  }));
  return { themes: cluster.themes, summary: outcomeSummary(companies.flatMap((c) => c.outcomes)), companies };
}

/** The cluster's outcome summary sentence ("6 accords signés, 2 plans déposés ; …"); null outside the scope. */
export async function getOutcomeSummary(scope: Scope, clusterId: string): Promise<string | null> {
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, ...clusterWhere(scope) },
    select: {
      participations: {
        where: participationWhere(scope),
        select: { outcomes: { select: { kind: true, status: true } } },
      },
    },
  });
  return cluster ? outcomeSummary(cluster.participations.flatMap((p) => p.outcomes)) : null;
}

export type OutcomeFormOptions = {
  themes: Theme[];
  companies: { value: string; label: string; headcount: number }[];
};

/** What the outcome form offers: the cluster's themes and companies (with their headcount for the égalité rule). */
export async function getOutcomeFormOptions(scope: Scope, clusterId: string): Promise<OutcomeFormOptions | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  const cluster = await scopedDb(scope).cluster.findFirst({
    where: { id: clusterId, aractId: scope.aractId },
    select: {
      themes: true,
      participations: {
        orderBy: { company: { name: "asc" } },
        select: { id: true, status: true, headcountAtEntry: true, company: { select: { name: true } } },
      },
    },
  });
  if (!cluster) return null;
  return {
    themes: cluster.themes,
    companies: cluster.participations.map((p) => ({
      value: p.id,
      label: p.status === "WITHDRAWN" ? `${p.company.name} (retirée)` : p.company.name,
      headcount: p.headcountAtEntry,
    })),
  };
}

export type OutcomeForEdit = { id: string; version: number; companyName: string; values: OutcomeInput };

/** One outcome as its edit form shows it; null outside the scope. */
export async function getOutcomeForEdit(scope: Scope, clusterId: string, id: string): Promise<OutcomeForEdit | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  const row = await scopedDb(scope).outcome.findFirst({
    where: { id, aractId: scope.aractId, participation: { clusterId } },
    select: {
      ...outcomeSelect,
      version: true,
      participationId: true,
      participation: { select: { company: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    companyName: row.participation.company.name,
    values: {
      clusterId,
      participationId: row.participationId,
      theme: row.theme,
      ...outcomeFormValues(row),
    },
  };
}
