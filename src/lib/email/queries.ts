import "server-only";
import { systemDb } from "@/lib/db";
import { isDemoEnvironment } from "@/env";

export type OutboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

/**
 * The local outbox, readable without signing in because it is how one signs in outside production.
 * In production it does not exist: the caller answers 404.
 */
export async function listOutbox(to?: string): Promise<OutboxMessage[] | null> {
  if (!isDemoEnvironment()) return null;
  return systemDb.outboxEmail.findMany({
    where: to ? { to: to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
