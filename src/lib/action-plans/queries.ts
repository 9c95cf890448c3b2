import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { participationWhere } from "@/lib/auth/where";
import type { ClusterStatus, ParticipationStatus, Theme } from "@/generated/prisma/enums";
import {
  domainName,
  domainOptions,
  planProgress,
  toActionSnapshot,
  type ActionSnapshot,
  type PlanProgress,
  type PlanSnapshot,
} from "./rules";
import { ACTIVE_PARTICIPATION } from "@/lib/participations/rules";

const actionSelect = {
  id: true,
  domain: true,
  objective: true,
  owner: true,
  dueDate: true,
  indicator: true,
  status: true,
} as const;

export type ActionView = ActionSnapshot & { domainLabel: string };

export type ActionPlanView = {
  participationId: string;
  clusterId: string;
  companyName: string;
  participationStatus: ParticipationStatus;
  clusterStatus: ClusterStatus;
  themes: Theme[];
  /** 0 while the company has no plan yet: its first change creates it. */
  version: number;
  /** The plan as loaded, sent back with every change. */
  snapshot: PlanSnapshot;
  actions: ActionView[];
  progress: PlanProgress;
  domains: { value: string; label: string }[];
  updatedAt: Date | null;
};

/** One company's action plan (empty when it has none yet); null outside the scope. */
export async function getActionPlan(
  scope: Scope,
  clusterId: string,
  participationId: string,
): Promise<ActionPlanView | null> {
  const row = await scopedDb(scope).participation.findFirst({
    // AND, not a spread: a company member's where clause carries an `id` of its own.
    where: { AND: [{ id: participationId, clusterId }, participationWhere(scope)] },
    select: {
      id: true,
      clusterId: true,
      status: true,
      company: { select: { name: true } },
      cluster: { select: { status: true, themes: true } },
      actionPlan: {
        select: {
          version: true,
          summary: true,
          updatedAt: true,
          actions: { orderBy: { position: "asc" }, select: actionSelect },
        },
      },
    },
  });
  if (!row) return null;
  const themes = row.cluster.themes;
  const actions = (row.actionPlan?.actions ?? []).map(toActionSnapshot);
  return {
    participationId: row.id,
    clusterId: row.clusterId,
    companyName: row.company.name,
    participationStatus: row.status,
    clusterStatus: row.cluster.status,
    themes,
    version: row.actionPlan?.version ?? 0,
    snapshot: { summary: row.actionPlan?.summary ?? null, actions },
    actions: actions.map((a) => ({ ...a, domainLabel: domainName(themes, a.domain) })),
    progress: planProgress(actions),
    domains: domainOptions(themes),
    updatedAt: row.actionPlan?.updatedAt ?? null,
  };
}

export type PlanRow = {
  participationId: string;
  companyName: string;
  status: ParticipationStatus;
  progress: PlanProgress;
  updatedAt: Date | null;
};

/** The cluster's companies in the scope (a company member: their own) with their plan's progress. */
export async function listClusterPlans(scope: Scope, clusterId: string): Promise<PlanRow[]> {
  const rows = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...participationWhere(scope) },
    orderBy: { company: { name: "asc" } },
    select: {
      id: true,
      status: true,
      company: { select: { name: true } },
      actionPlan: { select: { updatedAt: true, actions: { select: { status: true } } } },
    },
  });
  return rows.map((row) => ({
    participationId: row.id,
    companyName: row.company.name,
    status: row.status,
    progress: planProgress(row.actionPlan?.actions ?? []),
    updatedAt: row.actionPlan?.updatedAt ?? null,
  }));
}

export type ActionPlanProgressView = { participationId: string; clusterId: string; progress: PlanProgress };

/** The progress of one company's plan, for the pair's home; null outside the scope. */
export async function getActionPlanProgress(
  scope: Scope,
  participationId: string,
): Promise<ActionPlanProgressView | null> {
  const row = await scopedDb(scope).participation.findFirst({
    where: { AND: [{ id: participationId }, participationWhere(scope)] },
    select: { id: true, clusterId: true, actionPlan: { select: { actions: { select: { status: true } } } } },
  });
  if (!row) return null;
  return { participationId: row.id, clusterId: row.clusterId, progress: planProgress(row.actionPlan?.actions ?? []) };
}

export type ClusterPlanProgress = {
  /** Every action of the companies in the scope, withdrawn companies left out. */
  overall: PlanProgress;
  companiesWithPlan: number;
  companies: number;
};

/** The progress of the cluster's plans taken together, for the cluster's overview. */
export async function getClusterPlanProgress(scope: Scope, clusterId: string): Promise<ClusterPlanProgress> {
  const rows = await scopedDb(scope).participation.findMany({
    where: { clusterId, ...ACTIVE_PARTICIPATION, ...participationWhere(scope) },
    select: { actionPlan: { select: { actions: { select: { status: true } } } } },
  });
  const plans = rows.map((row) => row.actionPlan?.actions ?? []);
  return {
    overall: planProgress(plans.flat()),
    companiesWithPlan: plans.filter((actions) => actions.length > 0).length,
    companies: rows.length,
  };
}
