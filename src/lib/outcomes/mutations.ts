import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/changes";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { parseDay } from "@/lib/dates/day";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { Theme } from "@/generated/prisma/enums";
import { OutcomeInput, UpdateOutcomeInput } from "./schemas";
import { outcomeDomainsProblem } from "./rules";

type Tx = Prisma.TransactionClient;
type OutcomeFields = z.output<typeof OutcomeInput>;

export const STALE_OUTCOME =
  "Ce résultat a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rechargez la page pour voir ses nouvelles valeurs : vos changements n'ont pas été enregistrés.";
export const CLUSTER_EVALUATED = "Ce cluster est évalué : ses résultats ne peuvent plus être modifiés.";

/** What the caller learns besides success: the égalité shortfall of a plan saved in preparation. */
export type OutcomeSaved = { id: string; warning: string | null };

/** The cluster and company within the Aract, the theme of the cluster, one outcome per company and theme. */
async function checkOutcome(tx: Tx, scope: AractScope, input: OutcomeFields, id?: string): Promise<string | null> {
  const cluster = await tx.cluster.findFirst({
    where: { id: input.clusterId, aractId: scope.aractId },
    select: { id: true, status: true, themes: true },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError(CLUSTER_EVALUATED);
  if (!cluster.themes.includes(input.theme)) throw fieldError("theme", "Choisissez un thème de ce cluster.");

  const participation = await tx.participation.findFirst({
    where: { id: input.participationId, clusterId: cluster.id, aractId: scope.aractId },
    select: { id: true, headcountAtEntry: true },
  });
  if (!participation) throw fieldError("participationId", "Choisissez une entreprise de ce cluster.");

  const twin = await tx.outcome.findFirst({
    where: { participationId: participation.id, theme: input.theme, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (twin) throw fieldError("theme", "Cette entreprise a déjà un résultat sur ce thème : modifiez-le plutôt.");

  const problem = outcomeDomainsProblem(input.theme, input.status, input.domains, participation.headcountAtEntry);
  if (problem?.blocking) throw fieldError("domains", problem.message);
  return problem?.message ?? null;
}

/** The fields of an outcome as stored, without its company and theme. */
export type OutcomeValues = Pick<OutcomeFields, "kind" | "status" | "signedAt" | "depositedAt" | "depositReference" | "domains">;

function columns(input: OutcomeValues) {
  return {
    kind: input.kind,
    status: input.status,
    signedAt: input.signedAt ? parseDay(input.signedAt) : null,
    depositedAt: input.depositedAt ? parseDay(input.depositedAt) : null,
    depositReference: input.depositReference ?? null,
    domains: input.domains,
  };
}

type Actor = { userId: string; aractId: string };

/** Writes a new outcome of a company on a theme, audited, in the caller's transaction. */
export async function insertOutcome(
  tx: Tx,
  actor: Actor,
  row: { participationId: string; theme: Theme; values: OutcomeValues },
): Promise<string> {
  const data = { participationId: row.participationId, theme: row.theme, ...columns(row.values) };
  const created = await tx.outcome.create({ data: { ...data, aractId: actor.aractId }, select: { id: true } });
  await recordAudit(tx, {
    actorId: actor.userId,
    aractId: actor.aractId,
    action: "outcome.created",
    entityType: "Outcome",
    entityId: created.id,
    changes: { ...data, signedAt: row.values.signedAt ?? null, depositedAt: row.values.depositedAt ?? null },
  });
  return created.id;
}

/**
 * Rewrites an outcome read as `before`, on the version its form loaded (of two people editing it, the
 * second is told), audited with what changed, in the caller's transaction.
 */
export async function rewriteOutcome(
  tx: Tx,
  actor: Actor,
  before: Record<string, unknown> & { id: string },
  version: number,
  values: OutcomeValues & { participationId?: string; theme?: Theme },
): Promise<void> {
  const { participationId, theme } = values;
  const data = { ...(participationId ? { participationId } : {}), ...(theme ? { theme } : {}), ...columns(values) };
  const changes = changedFields(before, data);
  // Saved as it was: nothing to write, nor to audit.
  if (Object.keys(changes).length === 0 && before.version === version) return;
  const updated = await tx.outcome.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new AppError(STALE_OUTCOME);
  await recordAudit(tx, {
    actorId: actor.userId,
    aractId: actor.aractId,
    action: "outcome.updated",
    entityType: "Outcome",
    entityId: before.id,
    changes: changes as Prisma.InputJsonValue,
  });
}

export async function createOutcome(scope: AractScope, input: OutcomeFields): Promise<OutcomeSaved> {
  return scopedDb(scope).$transaction(async (tx) => {
    const warning = await checkOutcome(tx, scope, input);
    const id = await insertOutcome(tx, scope, { participationId: input.participationId, theme: input.theme, values: input });
    return { id, warning };
  });
}

export async function updateOutcome(
  scope: AractScope,
  { id, version, outcome: input }: z.output<typeof UpdateOutcomeInput>,
): Promise<OutcomeSaved> {
  return scopedDb(scope).$transaction(async (tx) => {
    const before = await tx.outcome.findFirst({
      where: { id, aractId: scope.aractId, participation: { clusterId: input.clusterId } },
    });
    if (!before) throw new NotFoundError("Ce résultat");
    const warning = await checkOutcome(tx, scope, input, id);
    await rewriteOutcome(tx, scope, before as unknown as Record<string, unknown> & { id: string }, version, input);
    return { id, warning };
  });
}
