import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import { isNational, type Scope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import type { Prisma } from "@/generated/prisma/client";
import type { Theme } from "@/generated/prisma/enums";
import {
  AddActionInput,
  ActionInput,
  MoveActionInput,
  RemoveActionInput,
  SavePlanSummaryInput,
  UpdateActionInput,
  type PlanSnapshotInput,
} from "./schemas";
import { STALE_FIELD } from "./form";
import {
  domainName,
  domainOptions,
  planChangeProblem,
  planChanges,
  reorder,
  stalePlanMessage,
  toActionSnapshot,
} from "./rules";

// Both members of the pair and the Aract's staff change a company's plan, sometimes at the same time.
// Every change names the plan's version its author loaded; the version is claimed first in the
// transaction (a conditional update that also locks the row), so of two changes made on the same
// version the second is refused, told what changed, and writes nothing.

type Tx = Prisma.TransactionClient;
type Base = { participationId: string; version: number; loaded: z.output<typeof PlanSnapshotInput> };
type Saved = { clusterId: string; participationId: string; version: number };

const actionSelect = {
  id: true,
  domain: true,
  objective: true,
  owner: true,
  dueDate: true,
  indicator: true,
  status: true,
  position: true,
} satisfies Prisma.ActionSelect;

type LoadedPlan = {
  id: string;
  aractId: string;
  summary: string | null;
  themes: Theme[];
  actions: Prisma.ActionGetPayload<{ select: typeof actionSelect }>[];
};
type Step = { action: string; changes: Record<string, unknown> };

class StalePlan extends Error {}

/**
 * A change as its author sent it: who, on which version, what (the whole input, the operation included).
 * Sent twice, the same key; another person's change, or another change, never the same.
 */
function changeKeyOf(scope: Scope, input: Base): string {
  return createHash("sha256").update(JSON.stringify([scope.userId, input])).digest("hex");
}

/** The company's participation as its writer may reach it: their own company, or their Aract's. */
function writableWhere(scope: Scope, participationId: string): Prisma.ParticipationWhereInput {
  if (isNational(scope)) throw new NotFoundError("Ce plan d'actions");
  if (scope.role === "COMPANY_MEMBER" && !scope.participationIds.includes(participationId)) {
    throw new NotFoundError("Ce plan d'actions");
  }
  return { id: participationId, aractId: scope.aractId };
}

async function changePlan(
  scope: Scope,
  base: Base,
  apply: (tx: Tx, plan: LoadedPlan) => Promise<Step>,
): Promise<Saved> {
  try {
    return await scopedDb(scope).$transaction(async (tx) => {
      const participation = await tx.participation.findFirst({
        where: writableWhere(scope, base.participationId),
        select: {
          id: true,
          aractId: true,
          clusterId: true,
          status: true,
          cluster: { select: { status: true, themes: true } },
        },
      });
      if (!participation) throw new NotFoundError("Ce plan d'actions");
      const problem = planChangeProblem(participation.cluster.status, participation.status);
      if (problem) throw new AppError(problem);

      // A company without a plan has version 0: the first change creates it, and two first changes
      // made at once meet on the unique participationId, so the second one is refused like any other.
      await tx.actionPlan.createMany({
        data: [{ aractId: participation.aractId, participationId: participation.id, version: 0 }],
        skipDuplicates: true,
      });
      const changeKey = changeKeyOf(scope, base);
      const claimed = await tx.actionPlan.updateMany({
        where: { participationId: participation.id, version: base.version },
        data: { version: { increment: 1 }, lastChangeKey: changeKey },
      });
      if (claimed.count === 0) {
        // The very change its author already made (sent again after a lost answer): done, not stale.
        const current = await tx.actionPlan.findUniqueOrThrow({
          where: { participationId: participation.id },
          select: { version: true, lastChangeKey: true },
        });
        if (current.lastChangeKey === changeKey) {
          return { clusterId: participation.clusterId, participationId: participation.id, version: current.version };
        }
        throw new StalePlan();
      }

      const plan = await tx.actionPlan.findUniqueOrThrow({
        where: { participationId: participation.id },
        select: { id: true, summary: true, actions: { orderBy: { position: "asc" }, select: actionSelect } },
      });
      const step = await apply(tx, { ...plan, aractId: participation.aractId, themes: participation.cluster.themes });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: participation.aractId,
        action: step.action,
        entityType: "ActionPlan",
        entityId: plan.id,
        changes: { version: [base.version, base.version + 1], ...step.changes } as Prisma.InputJsonValue,
      });
      return { clusterId: participation.clusterId, participationId: participation.id, version: base.version + 1 };
    });
  } catch (error) {
    if (error instanceof StalePlan) throw await staleRefusal(scope, base);
    throw error;
  }
}

/** The version a change produced, as its audit entry records it. */
function versionAfter(changes: Prisma.JsonValue): number {
  const version = (changes as { version?: unknown } | null)?.version;
  return Array.isArray(version) && typeof version[1] === "number" ? version[1] : 0;
}

/**
 * The refusal of a stale change: who changed the plan since the editor loaded it (from the audit trail)
 * and what (the plan now against what they loaded). The participation was found in the caller's scope.
 */
async function staleRefusal(scope: Scope, base: Base): Promise<AppError> {
  const plan = await scopedDb(scope).actionPlan.findUnique({
    where: { participationId: base.participationId },
    select: {
      id: true,
      summary: true,
      actions: { orderBy: { position: "asc" }, select: actionSelect },
      participation: { select: { cluster: { select: { themes: true } } } },
    },
  });
  let authors: string[] = [];
  let changes: string[] = [];
  if (plan) {
    const events = await scopedDb(scope).auditEvent.findMany({
      where: { entityType: "ActionPlan", entityId: plan.id },
      orderBy: { createdAt: "asc" },
      select: { changes: true, actor: { select: { name: true, email: true } } },
    });
    const since = events.filter((e) => versionAfter(e.changes) > base.version && e.actor);
    authors = [...new Set(since.map((e) => e.actor!.name ?? e.actor!.email))];
    const themes = plan.participation.cluster.themes;
    const now = { summary: plan.summary, actions: plan.actions.map(toActionSnapshot) };
    changes = planChanges(base.loaded, now, { domain: (code) => domainName(themes, code) });
  }
  const message = stalePlanMessage(authors, changes);
  return new AppError(message, { [STALE_FIELD]: message });
}

function columns(input: z.output<typeof ActionInput>, themes: Theme[]) {
  if (!domainOptions(themes).some((d) => d.value === input.domain)) {
    throw fieldError("action.domain", "Choisissez un domaine parmi ceux des thèmes du cluster.");
  }
  return {
    domain: input.domain,
    objective: input.objective,
    owner: input.owner,
    dueDate: input.dueDate ? parseDay(input.dueDate) : null,
    indicator: input.indicator ?? null,
    status: input.status,
  };
}

function findAction(plan: LoadedPlan, actionId: string) {
  const action = plan.actions.find((a) => a.id === actionId);
  if (!action) throw new NotFoundError("Cette action");
  return action;
}

/** Positions 1..n in the given order, touching only the rows that moved. */
async function renumber(tx: Tx, plan: LoadedPlan, ids: readonly string[]) {
  const position = new Map(plan.actions.map((a) => [a.id, a.position]));
  for (const [index, id] of ids.entries()) {
    if (position.get(id) !== index + 1) await tx.action.update({ where: { id }, data: { position: index + 1 } });
  }
}

export async function savePlanSummary(scope: Scope, input: z.output<typeof SavePlanSummaryInput>) {
  return changePlan(scope, input, async (tx, plan) => {
    const summary = input.summary ?? null;
    await tx.actionPlan.update({ where: { id: plan.id }, data: { summary } });
    return { action: "action-plan.summary-updated", changes: changedFields({ summary: plan.summary }, { summary }) };
  });
}

export async function addAction(scope: Scope, input: z.output<typeof AddActionInput>) {
  return changePlan(scope, input, async (tx, plan) => {
    const data = columns(input.action, plan.themes);
    const action = await tx.action.create({
      data: {
        ...data,
        aractId: plan.aractId,
        actionPlanId: plan.id,
        position: Math.max(0, ...plan.actions.map((a) => a.position)) + 1,
      },
      select: { id: true },
    });
    return {
      action: "action-plan.action-added",
      changes: { actionId: action.id, objective: data.objective, domain: data.domain, status: data.status },
    };
  });
}

export async function updateAction(scope: Scope, input: z.output<typeof UpdateActionInput>) {
  return changePlan(scope, input, async (tx, plan) => {
    const before = findAction(plan, input.actionId);
    const data = columns(input.action, plan.themes);
    await tx.action.update({ where: { id: before.id }, data });
    return { action: "action-plan.action-updated", changes: { actionId: before.id, ...changedFields(before, data) } };
  });
}

export async function moveAction(scope: Scope, input: z.output<typeof MoveActionInput>) {
  return changePlan(scope, input, async (tx, plan) => {
    findAction(plan, input.actionId);
    const ids = plan.actions.map((a) => a.id);
    const next = reorder(ids, input.actionId, input.direction);
    if (!next) {
      throw new AppError(
        input.direction === "up"
          ? "Cette action est déjà la première du plan."
          : "Cette action est déjà la dernière du plan.",
      );
    }
    await renumber(tx, plan, next);
    const from = ids.indexOf(input.actionId) + 1;
    return {
      action: "action-plan.action-moved",
      changes: { actionId: input.actionId, position: [from, next.indexOf(input.actionId) + 1] },
    };
  });
}

export async function removeAction(scope: Scope, input: z.output<typeof RemoveActionInput>) {
  return changePlan(scope, input, async (tx, plan) => {
    const action = findAction(plan, input.actionId);
    await tx.action.delete({ where: { id: action.id } });
    const rest = plan.actions.filter((a) => a.id !== action.id);
    await renumber(
      tx,
      plan,
      rest.map((a) => a.id),
    );
    return { action: "action-plan.action-removed", changes: { actionId: action.id, objective: action.objective } };
  });
}
