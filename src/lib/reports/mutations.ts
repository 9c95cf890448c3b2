import "server-only";
import { systemDb } from "@/lib/db";
import { refreshFactsStatements } from "./facts-sql";

// An arbitrary constant: the advisory lock that serializes refreshes of the facts across processes.
const FACTS_LOCK = 727_275;

/** Recomputes the report facts (derived data, kept by the system for every caller) of these Aracts (null: every Aract) from the records, in one transaction. */
export async function refreshReportFacts(aractIds: readonly string[] | null, today: string): Promise<void> {
  await systemDb.$transaction([
    systemDb.$executeRaw`SELECT pg_advisory_xact_lock(${FACTS_LOCK})`,
    ...refreshFactsStatements(aractIds, today).map((statement) => systemDb.$executeRaw(statement)),
  ]);
}
