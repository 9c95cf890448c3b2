import "server-only";
import { systemDb } from "@/lib/db";
import { localOutboxEnabled } from "@/env";
import { isLoopback } from "@/lib/auth/client-ip";

export type OutboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

/**
 * The local outbox, readable without signing in because it is how one signs in to the demo. It holds
 * every account's sign-in links: it exists only outside production when DEMO_OUTBOX=on, and only for a
 * visitor on the machine itself (`viewerIp`, the address the server resolved). Otherwise null: 404.
 */
export async function listOutbox(viewerIp: string, to?: string): Promise<OutboxMessage[] | null> {
  if (!localOutboxEnabled() || !isLoopback(viewerIp)) return null;
  return systemDb.outboxEmail.findMany({
    where: to ? { to: to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
