import { Prisma } from "@/generated/prisma/client";
import { OUTCOME_COUNTS } from "@/lib/outcomes/rules";
import { SIZE_BAND_BOUNDS, type ReportFilters } from "./filters";
import { sectionDivisions } from "./naf";

// The report queries: every figure is an aggregation computed by PostgreSQL over the report facts (a
// row per company and per cluster, see ./facts-sql.ts; ./figures.ts says what each counts). One query per
// breakdown returns one row per key with every count. No `server-only` and no database client here: the
// benchmark runs these same queries.

export const DIMENSIONS = ["total", "aract", "theme", "year", "cluster"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The key of a row of each breakdown, computed from the cluster `c`. */
const KEYS: Record<Dimension, Prisma.Sql> = {
  total: Prisma.sql`'total'`,
  aract: Prisma.sql`c."aractId"`,
  theme: Prisma.sql`t.theme::text`,
  year: Prisma.sql`extract(year FROM c."startDate")::int::text`,
  cluster: Prisma.sql`c."clusterId"`,
};

function clusterConditions(filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
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
    conditions.push(Prisma.sql`f.headcount >= ${min}`);
    if (max !== null) conditions.push(Prisma.sql`f.headcount < ${max}`);
  }
  if (filters.sector) {
    const [first, last] = sectionDivisions(filters.sector);
    conditions.push(Prisma.sql`f."nafDivision" BETWEEN ${first} AND ${last}`);
  }
  return conditions;
}

const outcomeSums = (from: string) =>
  Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `sum(${from}"${key}")::int AS "${key}"`).join(", "));
const outcomeTotals = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `coalesce(sums."${key}", 0) AS "${key}"`).join(", "));

/**
 * The counts of the selection broken down by `dimension`, one row per key ("total" has one row).
 * `aractId` is the caller's Aract (null for the national team). The company facts are read twice: once
 * grouped by key and company (a company counts once per key), once summed by key.
 */
export function reportSql(dimension: Dimension, filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const byCompany = companyConditions(filters);
  const companyWhere = byCompany.length ? Prisma.sql`WHERE ${Prisma.join(byCompany, " AND ")}` : Prisma.empty;
  const themeJoin = dimension === "theme" ? Prisma.sql`CROSS JOIN LATERAL unnest(c.themes) AS t(theme)` : Prisma.empty;
  const keyConditions = [
    // A cluster of several themes counts under each; with a theme filter, under that theme only.
    ...(dimension === "theme" && filters.theme ? [Prisma.sql`t.theme = ${filters.theme}::"Theme"`] : []),
    // With a sector or size filter, a cluster counts only when one of the selected companies took part.
    ...(byCompany.length
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "ReportParticipationFact" f WHERE f."clusterId" = c."clusterId" AND ${Prisma.join(byCompany, " AND ")})`]
      : []),
  ];
  const keyWhere = keyConditions.length ? Prisma.sql`AND ${Prisma.join(keyConditions, " AND ")}` : Prisma.empty;
  // A company takes part in a cluster once: per cluster, its participations are its companies already.
  const perCompany =
    dimension === "cluster"
      ? Prisma.sql`pk`
      : Prisma.sql`(SELECT key, "companyId", max(headcount) AS headcount FROM pk GROUP BY key, "companyId")`;
  return Prisma.sql`
WITH k AS (
  SELECT c."clusterId" AS cluster_id, c."plannedSupportDaysPerCompany" AS planned, c."sessionsHeld" AS held,
    ${KEYS[dimension]} AS key
  FROM "ReportClusterFact" c ${themeJoin}
  WHERE ${clusterConditions(filters, aractId)} ${keyWhere}
), pk AS NOT MATERIALIZED (
  SELECT f.*, k.key, k.planned FROM "ReportParticipationFact" f JOIN k ON k.cluster_id = f."clusterId" ${companyWhere}
), reach AS (
  SELECT key, count(*)::int AS companies, sum(headcount)::int AS employees
  FROM ${perCompany} per_company
  GROUP BY key
), sums AS (
  SELECT key,
    count(*) FILTER (WHERE NOT withdrawn)::int AS active,
    count(*) FILTER (WHERE NOT withdrawn AND "pairComplete")::int AS pairs,
    coalesce(sum(planned) FILTER (WHERE NOT withdrawn), 0)::float8 AS planned,
    sum("attendancePresent")::int AS present, sum("attendanceRecorded")::int AS recorded,
    sum("supportDelivered")::float8 AS delivered, sum("diagnosticsSubmitted")::int AS submitted,
    ${outcomeSums("")}
  FROM pk GROUP BY key
), clusters AS (
  SELECT key, count(*)::int AS count, sum(held)::int AS held FROM k GROUP BY key
)
SELECT clusters.key, clusters.count AS clusters,
  coalesce(reach.companies, 0) AS companies,
  coalesce(reach.employees, 0) AS employees,
  coalesce(sums.active, 0) AS "activeCompanies",
  coalesce(sums.pairs, 0) AS "pairsComplete",
  clusters.held AS "sessionsHeld",
  coalesce(sums.present, 0) AS "attendancePresent",
  coalesce(sums.recorded, 0) AS "attendanceRecorded",
  coalesce(sums.planned, 0) AS "supportPlanned",
  coalesce(sums.delivered, 0) AS "supportDelivered",
  coalesce(sums.submitted, 0) AS "diagnosticsSubmitted",
  ${outcomeTotals}
FROM clusters LEFT JOIN reach USING (key) LEFT JOIN sums USING (key)`;
}

export type NamedQuery = { name: string; text: string; values: unknown[] };

/** The queries behind one dashboard, as the benchmark times them. */
export function reportQueriesFor(filters: ReportFilters, aractId: string | null): NamedQuery[] {
  return DIMENSIONS.map((dimension) => {
    const sql = reportSql(dimension, filters, aractId);
    return { name: dimension, text: sql.text, values: sql.values };
  });
}

export const DRILL_PAGE_SIZE = 50;

/**
 * The clusters of the selection with their counts, for the drill-down behind a figure (only the clusters
 * where `drill` is above zero, a page at a time) or for the export of the underlying rows (all of them).
 */
export function clusterRowsSql(filters: ReportFilters, aractId: string | null, page?: { drill: string; offset: number }): Prisma.Sql {
  const rows = reportSql("cluster", filters, aractId);
  const drill = page ? Prisma.raw(`r."${page.drill.replace(/[^A-Za-z]/g, "")}"`) : null;
  return Prisma.sql`
SELECT r.*, cl.name, a.name AS "aractName", cl."startDate", cl."endDate", cl.status, count(*) OVER ()::int AS "matching"
FROM (${rows}) r JOIN "Cluster" cl ON cl.id = r.key JOIN "Aract" a ON a.id = cl."aractId"
${drill ? Prisma.sql`WHERE ${drill} > 0 ORDER BY ${drill} DESC, cl.name, cl.id LIMIT ${DRILL_PAGE_SIZE} OFFSET ${page!.offset}` : Prisma.sql`ORDER BY a.name, cl."startDate", cl.name, cl.id`}`;
}
