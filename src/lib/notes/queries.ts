import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";

export type ParticipationNotes = {
  participationId: string;
  notes: string;
  version: number;
  lastEdit: { by: string; at: Date } | null;
};

export const NOTES_UPDATED = "participation.notes-updated";

/**
 * The chargé·e de mission's working notes on a company: for the Aract's own staff only (neither the
 * national team nor the pair reads them). Null outside that scope.
 */
export async function getParticipationNotes(
  scope: Scope,
  clusterId: string,
  participationId: string,
): Promise<ParticipationNotes | null> {
  if (scope.role !== "ARACT_ADMIN" && scope.role !== "CHARGE_DE_MISSION") return null;
  const row = await scopedDb(scope).participation.findFirst({
    where: { id: participationId, clusterId, aractId: scope.aractId },
    select: { id: true, notes: true, version: true },
  });
  if (!row) return null;
  const last = await scopedDb(scope).auditEvent.findFirst({
    where: { entityType: "Participation", entityId: row.id, action: NOTES_UPDATED },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return {
    participationId: row.id,
    notes: row.notes ?? "",
    version: row.version,
    lastEdit: last
      ? {
          by: last.actor ? (last.actor.name ?? last.actor.email) : "une personne qui n'a plus de compte",
          at: last.createdAt,
        }
      : null,
  };
}
