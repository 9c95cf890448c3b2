import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";

/**
 * Ends every session of the caller, this one included: each browser is refused at its next request
 * (sessions live in the database). Recorded in the caller's Aract, where its administrator reads it.
 */
export async function signOutEverywhere(scope: Scope): Promise<{ endedSessions: number }> {
  return scopedDb(scope).$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: scope.userId } });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "auth.signed-out-everywhere",
      entityType: "User",
      entityId: scope.userId,
      changes: { endedSessions: count },
    });
    return { endedSessions: count };
  });
}
