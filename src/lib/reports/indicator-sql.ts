import { Prisma } from "@/generated/prisma/client";
import type { ReportFilters } from "./filters";
import { clusterConditions, companyConditions, KEYS, themeJoin, type Dimension } from "./sql";

// The companies' indicators behind the reports' median changes: for each company of the selection still in
// its cluster, keyed as the breakdown keys it, its set at entry and its latest later one (the follow-up's,
// else the end's). The selection is the report's own (the facts' rows and their filters); the medians are
// taken from these rows (./indicators/queries.ts).

export type IndicatorChangeRow = { key: string; entry: Record<string, unknown>; latest: Record<string, unknown> };

export function indicatorChangesSql(dimension: Dimension, filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const byCompany = companyConditions(filters);
  return Prisma.sql`
SELECT ${KEYS[dimension]}::text AS key, to_jsonb(e) AS entry, to_jsonb(l) AS latest
FROM "ReportParticipationFact" c ${themeJoin(dimension)}
JOIN "ReportParticipationFact" f ON f."participationId" = c."participationId"
JOIN "CompanyIndicators" e ON e."participationId" = c."participationId" AND e.stage = 'ENTRY'
JOIN LATERAL (
  SELECT * FROM "CompanyIndicators" x
  WHERE x."participationId" = c."participationId" AND x.stage IN ('END', 'FOLLOW_UP')
  ORDER BY x.stage = 'FOLLOW_UP' DESC LIMIT 1
) l ON TRUE
WHERE NOT c.withdrawn AND ${clusterConditions(filters, aractId)}${byCompany.length ? Prisma.sql` AND ${Prisma.join(byCompany, " AND ")}` : Prisma.empty}`;
}
