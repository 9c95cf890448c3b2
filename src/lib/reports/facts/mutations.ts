import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { systemDb } from "@/lib/db";
import { refreshFactsStatements } from "../facts-sql";
import { factsStates } from "./queries";
import { isStale } from "./state";

// An arbitrary constant: the advisory lock that serializes refreshes of the facts across processes.
const FACTS_LOCK = 727_275;

/**
 * Recomputes, under the lock, the facts of those Aracts (one, or all when null) that are stale, and
 * returns their ids. With `wait: false`, gives up at once when another process holds the lock.
 */
export async function refreshStaleFacts(aractId: string | null, today: string, { wait = true } = {}): Promise<string[]> {
  return systemDb.$transaction(
    async (tx) => {
      const [taken] = wait
        ? await tx.$queryRaw<{ locked: boolean }[]>`SELECT true AS locked FROM (SELECT pg_advisory_xact_lock(${FACTS_LOCK})) AS taken`
        : await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${FACTS_LOCK}) AS locked`;
      if (!taken?.locked) return [];
      // Read before the facts are computed: a change committed meanwhile leaves them stale, not wrongly fresh.
      const stale = (await factsStates(aractId, tx)).filter((state) => isStale(state, today));
      if (stale.length === 0) return [];
      const ids = stale.map((state) => state.aractId);
      for (const statement of refreshFactsStatements(ids, today)) await tx.$executeRaw(statement);
      await tx.$executeRaw`
        INSERT INTO "ReportFactsState" ("aractId", "factsVersion", "factsDay")
        SELECT id, version, ${today}::date FROM unnest(${ids}::text[], ${stale.map((state) => state.version)}::int[]) AS t(id, version)
        ON CONFLICT ("aractId") DO UPDATE SET "factsVersion" = EXCLUDED."factsVersion", "factsDay" = EXCLUDED."factsDay"`;
      return ids;
    },
    { maxWait: 30_000, timeout: 10 * 60_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
