import "server-only";
import { systemDb } from "@/lib/db";
import type { FactsState } from "./state";

type Client = Pick<typeof systemDb, "$queryRaw">;

/** The version of each Aract's records (of one, or of all when null) and what its facts were computed for. */
export function factsStates(aractId: string | null, client: Client = systemDb): Promise<FactsState[]> {
  return client.$queryRaw<FactsState[]>`
    SELECT a.id AS "aractId", coalesce(c.version, 0) AS version, s."factsVersion", to_char(s."factsDay", 'YYYY-MM-DD') AS "factsDay"
    FROM "Aract" a LEFT JOIN "ReportChange" c ON c."aractId" = a.id LEFT JOIN "ReportFactsState" s ON s."aractId" = a.id
    WHERE ${aractId}::text IS NULL OR a.id = ${aractId}
    ORDER BY a.id`;
}
