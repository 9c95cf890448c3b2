import type pg from "pg";
import { SCALE_ID_PREFIX } from "./context.ts";

// Removing the rows of a previous run: every generated row's id starts with "scale-"; the demo's rows and
// whatever people created stay. Children go first, table by table, because of the Restrict foreign keys (a
// participation keeps its company, an answer its question, a response its template) and for speed: a
// cascade runs one query per deleted row.

const LIKE = `'${SCALE_ID_PREFIX}%'`;

const BEFORE_PERSONS: readonly string[] = [
  `DELETE FROM "DiagnosticAnswer" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "DiagnosticResponse" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "Attendance" WHERE "id" LIKE ${LIKE}`,
  // So that the rows written next reuse the space instead of doubling the tables. Outside a transaction
  // (VACUUM cannot run in one): each DELETE above committed on its own.
  `VACUUM "DiagnosticAnswer", "DiagnosticResponse", "Attendance"`,
  `DELETE FROM "Outcome" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "SupportDay" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "PairMember" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "CollectiveSession" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "ClusterTemplate" WHERE "clusterId" LIKE ${LIKE}`,
  // Also the participations people added to a generated cluster, or of a generated company.
  `DELETE FROM "Participation" WHERE "id" LIKE ${LIKE} OR "clusterId" LIKE ${LIKE} OR "companyId" LIKE ${LIKE}`,
];

const PERSONS_AND_AFTER: readonly string[] = [
  `DELETE FROM "Person" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "Company" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "Cluster" WHERE "id" LIKE ${LIKE}`,
  `DELETE FROM "Aract" WHERE "id" LIKE ${LIKE}`,
];

/** Deletes the rows of a previous run; returns how many rows went. */
export async function clearScaleRows(client: pg.Client): Promise<number> {
  let removed = 0;
  const run = async (sql: string) => {
    removed += (await client.query(sql)).rowCount ?? 0;
  };
  for (const sql of [...BEFORE_PERSONS, ...PERSONS_AND_AFTER]) await run(sql);
  return removed;
}
