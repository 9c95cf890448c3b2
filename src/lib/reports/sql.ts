import { Prisma } from "@/generated/prisma/client";
import { OUTCOME_COUNTS } from "@/lib/outcomes/rules";
import { SIZE_BAND_BOUNDS, type ReportFilters } from "./filters";
import { sectionDivisions } from "./naf";

// The report queries: every figure is an aggregation computed by PostgreSQL (see ./figures.ts for what
// each counts). One query per breakdown returns one row per key with every count. No `server-only` and
// no database client here: the benchmark runs these same queries.

export const DIMENSIONS = ["total", "aract", "theme", "year", "cluster"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The key of a row of each breakdown, computed from the cluster `c`. */
const KEYS: Record<Dimension, Prisma.Sql> = {
  total: Prisma.sql`'total'`,
  aract: Prisma.sql`c."aractId"`,
  theme: Prisma.sql`t.theme::text`,
  year: Prisma.sql`extract(year FROM c."startDate")::int::text`,
  cluster: Prisma.sql`c.id`,
};

function clusterConditions(filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const conditions = [Prisma.sql`c.status <> 'DRAFT'`];
  const aract = aractId ?? filters.aract;
  if (aract) conditions.push(Prisma.sql`c."aractId" = ${aract}`);
  if (filters.programme) conditions.push(Prisma.sql`c."programmeId" = ${filters.programme}`);
  if (filters.theme) conditions.push(Prisma.sql`c.themes @> ARRAY[${filters.theme}::"Theme"]`);
  if (filters.from !== undefined) conditions.push(Prisma.sql`c."startDate" >= ${`${filters.from}-01-01`}::date`);
  if (filters.to !== undefined) conditions.push(Prisma.sql`c."startDate" <= ${`${filters.to}-12-31`}::date`);
  return Prisma.join(conditions, " AND ");
}

function companyConditions(filters: ReportFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.size) {
    const [min, max] = SIZE_BAND_BOUNDS[filters.size];
    conditions.push(Prisma.sql`p."headcountAtEntry" >= ${min}`);
    if (max !== null) conditions.push(Prisma.sql`p."headcountAtEntry" < ${max}`);
  }
  if (filters.sector) {
    const [first, last] = sectionDivisions(filters.sector);
    conditions.push(Prisma.sql`left(co."nafCode", 2) BETWEEN ${first} AND ${last}`);
  }
  return conditions;
}

const outcomeColumns = Prisma.join(
  OUTCOME_COUNTS.map(
    ({ key, kind, status }) =>
      Prisma.sql`count(*) FILTER (WHERE o.kind = ${kind}::"OutcomeKind" AND o.status = ${status}::"OutcomeStatus")::int AS ${Prisma.raw(`"${key}"`)}`,
  ),
);
const outcomeTotals = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `coalesce(o."${key}", 0) AS "${key}"`).join(", "));

/**
 * The counts of the selection broken down by `dimension`, one row per key ("total" has one row).
 * `aractId` is the caller's Aract (null for the national team); `today` decides which sessions are held.
 */
export function reportSql(dimension: Dimension, filters: ReportFilters, aractId: string | null, today: string): Prisma.Sql {
  const byCompany = companyConditions(filters);
  const sectorJoin = filters.sector ? Prisma.sql`JOIN "Company" co ON co.id = p."companyId"` : Prisma.empty;
  const themeJoin = dimension === "theme" ? Prisma.sql`CROSS JOIN LATERAL unnest(c.themes) AS t(theme)` : Prisma.empty;
  const keyConditions = [
    // A cluster of several themes counts under each; with a theme filter, under that theme only.
    ...(dimension === "theme" && filters.theme ? [Prisma.sql`t.theme = ${filters.theme}::"Theme"`] : []),
    // With a sector or size filter, a cluster counts only when one of the selected companies took part.
    ...(byCompany.length ? [Prisma.sql`EXISTS (SELECT 1 FROM p WHERE p."clusterId" = c.id)`] : []),
  ];
  const keyWhere = keyConditions.length ? Prisma.sql`WHERE ${Prisma.join(keyConditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`
WITH c AS (
  SELECT c.id, c."aractId", c."startDate", c.themes, c."plannedSupportDaysPerCompany" AS planned
  FROM "Cluster" c WHERE ${clusterConditions(filters, aractId)}
), p AS (
  SELECT p.id, p."clusterId", p."companyId", p."headcountAtEntry" AS headcount, p.status
  FROM "Participation" p JOIN c ON c.id = p."clusterId" ${sectorJoin}
  WHERE ${Prisma.join([Prisma.sql`p.status <> 'CANDIDATE'`, ...byCompany], " AND ")}
), k AS (
  SELECT c.id AS cluster_id, c.planned, ${KEYS[dimension]} AS key FROM c ${themeJoin} ${keyWhere}
), pk AS (
  SELECT p.*, k.key, k.planned FROM p JOIN k ON k.cluster_id = p."clusterId"
), reach AS (
  SELECT key, count(*)::int AS companies, sum(headcount)::int AS employees
  FROM (SELECT key, "companyId", max(headcount) AS headcount FROM pk GROUP BY key, "companyId") per_company
  GROUP BY key
), seats AS (
  SELECT pm."participationId" AS id,
    bool_or(pm.side = 'DIRECTION') AND bool_or(pm.side = 'STAFF_REPRESENTATIVE') AS complete
  FROM "PairMember" pm JOIN p ON p.id = pm."participationId"
  WHERE pm."endedAt" IS NULL AND p.status <> 'WITHDRAWN'
  GROUP BY pm."participationId"
), taking_part AS (
  SELECT pk.key, count(*)::int AS active, count(*) FILTER (WHERE seats.complete)::int AS pairs,
    sum(pk.planned)::float8 AS planned
  FROM pk LEFT JOIN seats ON seats.id = pk.id
  WHERE pk.status <> 'WITHDRAWN'
  GROUP BY pk.key
), held AS (
  SELECT s.id, s."clusterId" FROM "CollectiveSession" s JOIN c ON c.id = s."clusterId"
  WHERE s."cancelledAt" IS NULL AND s.date <= ${today}::date
), sessions AS (
  SELECT k.key, count(*)::int AS held FROM held JOIN k ON k.cluster_id = held."clusterId" GROUP BY k.key
), attendance AS (
  SELECT pk.key, count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*)::int AS recorded
  FROM "Attendance" a JOIN held ON held.id = a."sessionId" JOIN pk ON pk.id = a."participationId"
  GROUP BY pk.key
), support AS (
  SELECT pk.key, sum(sd."durationDays")::float8 AS delivered
  FROM "SupportDay" sd JOIN pk ON pk.id = sd."participationId" GROUP BY pk.key
), diagnostics AS (
  SELECT pk.key, count(*)::int AS submitted
  FROM "DiagnosticResponse" r JOIN pk ON pk.id = r."participationId"
  WHERE r.status = 'SUBMITTED' GROUP BY pk.key
), outcomes AS (
  SELECT pk.key, ${outcomeColumns}
  FROM "Outcome" o JOIN pk ON pk.id = o."participationId" GROUP BY pk.key
)
SELECT clusters.key, clusters.count AS clusters,
  coalesce(reach.companies, 0) AS companies,
  coalesce(reach.employees, 0) AS employees,
  coalesce(taking_part.active, 0) AS "activeCompanies",
  coalesce(taking_part.pairs, 0) AS "pairsComplete",
  coalesce(sessions.held, 0) AS "sessionsHeld",
  coalesce(attendance.present, 0) AS "attendancePresent",
  coalesce(attendance.recorded, 0) AS "attendanceRecorded",
  coalesce(taking_part.planned, 0) AS "supportPlanned",
  coalesce(support.delivered, 0) AS "supportDelivered",
  coalesce(diagnostics.submitted, 0) AS "diagnosticsSubmitted",
  ${outcomeTotals}
FROM (SELECT key, count(*)::int AS count FROM k GROUP BY key) clusters
LEFT JOIN reach USING (key)
LEFT JOIN taking_part USING (key)
LEFT JOIN sessions USING (key)
LEFT JOIN attendance USING (key)
LEFT JOIN support USING (key)
LEFT JOIN diagnostics USING (key)
LEFT JOIN outcomes o USING (key)`;
}

export type NamedQuery = { name: string; text: string; values: unknown[] };

/** The queries behind one dashboard, as the benchmark times them. */
export function reportQueriesFor(filters: ReportFilters, aractId: string | null, today: string): NamedQuery[] {
  return DIMENSIONS.map((dimension) => {
    const sql = reportSql(dimension, filters, aractId, today);
    return { name: dimension, text: sql.text, values: sql.values };
  });
}

export const DRILL_PAGE_SIZE = 50;

/**
 * The clusters of the selection with their counts, for the drill-down behind a figure (only the clusters
 * where `drill` is above zero, a page at a time) or for the export of the underlying rows (all of them).
 */
export function clusterRowsSql(
  filters: ReportFilters,
  aractId: string | null,
  today: string,
  page?: { drill: string; offset: number },
): Prisma.Sql {
  const rows = reportSql("cluster", filters, aractId, today);
  const drill = page ? Prisma.raw(`r."${page.drill.replace(/[^A-Za-z]/g, "")}"`) : null;
  return Prisma.sql`
SELECT r.*, cl.name, a.name AS "aractName", cl."startDate", cl."endDate", cl.status, count(*) OVER ()::int AS "matching"
FROM (${rows}) r JOIN "Cluster" cl ON cl.id = r.key JOIN "Aract" a ON a.id = cl."aractId"
${drill ? Prisma.sql`WHERE ${drill} > 0 ORDER BY ${drill} DESC, cl.name, cl.id LIMIT ${DRILL_PAGE_SIZE} OFFSET ${page!.offset}` : Prisma.sql`ORDER BY a.name, cl."startDate", cl.name, cl.id`}`;
}
