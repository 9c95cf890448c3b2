import { subMonths, subYears } from "date-fns";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { eraseInTransaction } from "./erasure";

// Retention (RGPD art. 5-1-e): a pair member's identity is kept RETENTION_YEARS after their cluster was
// evaluated (the day it went to EVALUATED), then replaced by the pseudonym, by the same erasure as on
// request; an application is deleted APPLICATION_RETENTION_MONTHS after it was decided. Run daily by the app (src/instrumentation.ts) and by `npm run retention`, which takes no
// Next runtime: the database client is passed in.

/** Every process running the job takes this lock first: two app processes never run it at the same time. */
export const RETENTION_LOCK_KEY = 7_231_604_017;

export type RetentionCandidate = {
  personId: string;
  userId: string | null;
  name: string;
  aractName: string;
  /** The clusters where they held a seat, by name. */
  clusters: string[];
  /** The latest evaluation of those clusters. */
  evaluatedAt: Date;
};

/** The day before which an evaluation is old enough: `years` years before `now`, to the millisecond. */
export function retentionCutoff(now: Date, years: number): Date {
  return subYears(now, years);
}

/**
 * The pair members due for anonymization: not erased yet, every pair seat of theirs in a cluster evaluated
 * before the cut-off. A person with an account is due only when the account has no staff role and all its
 * persons are due (anonymizing it ends the account): otherwise they wait until that holds.
 */
export async function listRetentionCandidates(db: PrismaClient | Prisma.TransactionClient, cutoff: Date) {
  return db.$queryRaw<RetentionCandidate[]>`
    WITH evaluated AS (
      SELECT sc."clusterId", max(sc."changedAt") AS "evaluatedAt"
      FROM "ClusterStatusChange" sc JOIN "Cluster" c ON c.id = sc."clusterId" AND c.status = 'EVALUATED'
      WHERE sc."toStatus" = 'EVALUATED' GROUP BY sc."clusterId"
    ),
    seats AS (
      SELECT pm."personId", c.name AS cluster, e."evaluatedAt"
      FROM "PairMember" pm
      JOIN "Participation" pa ON pa.id = pm."participationId"
      JOIN "Cluster" c ON c.id = pa."clusterId"
      LEFT JOIN evaluated e ON e."clusterId" = c.id
    ),
    due AS (
      SELECT "personId", array_agg(DISTINCT cluster ORDER BY cluster) AS clusters, max("evaluatedAt") AS "evaluatedAt"
      FROM seats GROUP BY "personId"
      HAVING bool_and("evaluatedAt" IS NOT NULL AND "evaluatedAt" < ${cutoff})
    )
    SELECT p.id AS "personId", p."userId", p."firstName" || ' ' || p."lastName" AS name, a.name AS "aractName",
      d.clusters, d."evaluatedAt"
    FROM due d
    JOIN "Person" p ON p.id = d."personId" AND p."erasedAt" IS NULL
    JOIN "Aract" a ON a.id = p."aractId"
    WHERE p."userId" IS NULL OR (
      NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p."userId")
      AND NOT EXISTS (
        SELECT 1 FROM "Person" o WHERE o."userId" = p."userId" AND o."erasedAt" IS NULL
          AND o.id NOT IN (SELECT "personId" FROM due)
      )
    )
    ORDER BY a.name, d."evaluatedAt", p."lastName", p."firstName"`;
}

/** Applications are kept this long after their decision (accepted: their data now live in the Aract's records), or unanswered. */
export const APPLICATION_RETENTION_MONTHS = 12;

export type RetentionRun =
  | { status: "locked" }
  | { status: "done"; dryRun: boolean; cutoff: Date; candidates: RetentionCandidate[]; applicationsDue: number };

/**
 * One run: under the advisory lock (taken for the transaction, so released however it ends), lists who is
 * due and, unless a dry run, anonymizes them all in the same transaction. "locked": another process is
 * running it; nothing was done.
 */
export async function runRetention(
  db: PrismaClient,
  { years, dryRun, now = new Date() }: { years: number; dryRun: boolean; now?: Date },
): Promise<RetentionRun> {
  const cutoff = retentionCutoff(now, years);
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return { status: "locked" } as const;
      const candidates = await listRetentionCandidates(tx, cutoff);
      const before = subMonths(now, APPLICATION_RETENTION_MONTHS);
      // Decided a year ago, or left without an answer for a year.
      const decidedApplications = {
        OR: [
          { status: { in: ["ACCEPTED" as const, "DECLINED" as const] }, decidedAt: { lt: before } },
          { status: "PENDING" as const, createdAt: { lt: before } },
        ],
      };
      const applicationsDue = dryRun
        ? await tx.application.count({ where: decidedApplications })
        : (await tx.application.deleteMany({ where: decidedApplications })).count;
      if (!dryRun && candidates.length) {
        await eraseInTransaction(
          tx,
          {
            personIds: candidates.map((c) => c.personId),
            userIds: [...new Set(candidates.flatMap((c) => (c.userId ? [c.userId] : [])))],
          },
          { actorId: null, aractId: null, reason: "conservation" },
          now,
        );
      }
      return { status: "done", dryRun, cutoff, candidates, applicationsDue } as const;
    },
    { maxWait: 10_000, timeout: 10 * 60_000 },
  );
}
