import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

export type AuditEntry = {
  actorId: string | null;
  aractId: string | null;
  /** Dotted verb, e.g. "cluster.status-changed". */
  action: string;
  entityType: string;
  entityId: string;
  /** What changed: { field: [before, after] } or a small summary. Never whole rows with personal data. */
  changes?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit trail, inside the caller's transaction when given one. `createMany` writes no
 * RETURNING clause: row-level security would check a returned row against the read policy, and a company
 * member, who appends events about their own answers, may not read the trail.
 */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditEvent.createMany({ data: [entry] });
}

/** Appends several entries in one statement (an import of hundreds of rows). */
export async function recordAudits(writer: Writer, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await writer.auditEvent.createMany({ data: entries });
}
