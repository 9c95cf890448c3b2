import { Prisma } from "@/generated/prisma/client";
import { OUTCOME_COUNTS } from "@/lib/outcomes/rules";
import { NO_PROGRAMME, SIZE_BAND_BOUNDS } from "./filter-params";
import type { ReportFilters } from "./filters";
import { sectionDivisions } from "./naf";

// The report queries: every figure is an aggregation computed by PostgreSQL over the report facts (a
// row per company and per cluster, see ./facts-sql.ts; ./figures.ts says what each counts). One query per
// breakdown returns one row per key with every count. Without a sector or size filter the clusters' sums
// give every count but the companies reached, counted once per key from the companies' rows; with one,
// only the selected companies count, so everything is summed from the companies' rows. No `server-only`
// and no database client here: the benchmark runs these same queries.

export const DIMENSIONS = ["total", "aract", "theme", "year", "programme", "cluster"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The key of a row of each breakdown, from a row `c` of either facts table (`t`: its unnested themes),
 * in its own type for grouping; the rows give it as text.
 */
export const KEYS: Record<Dimension, Prisma.Sql> = {
  total: Prisma.sql`'total'`,
  aract: Prisma.sql`c."aractId"`,
  theme: Prisma.sql`t.theme`,
  year: Prisma.sql`c."startYear"`,
  // A key may not be NULL: the rows' CTEs are joined on it. Clusters without a programme share NO_PROGRAMME.
  programme: Prisma.sql`coalesce(c."programmeId", ${NO_PROGRAMME})`,
  cluster: Prisma.sql`c."clusterId"`,
};

/** The cluster filters, on a row `c` of either facts table (both carry the cluster's columns). */
export function clusterConditions(filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  const aract = aractId ?? filters.aract;
  if (aract) conditions.push(Prisma.sql`c."aractId" = ${aract}`);
  if (filters.programme === NO_PROGRAMME) conditions.push(Prisma.sql`c."programmeId" IS NULL`);
  else if (filters.programme) conditions.push(Prisma.sql`c."programmeId" = ${filters.programme}`);
  if (filters.theme) conditions.push(Prisma.sql`c.themes @> ARRAY[${filters.theme}::"Theme"]`);
  if (filters.from !== undefined) conditions.push(Prisma.sql`c."startYear" >= ${filters.from}`);
  if (filters.to !== undefined) conditions.push(Prisma.sql`c."startYear" <= ${filters.to}`);
  // Running during the year: started by its end, ended after its start.
  if (filters.running !== undefined) {
    conditions.push(Prisma.sql`c."startYear" <= ${filters.running} AND c."endYear" >= ${filters.running}`);
  }
  return Prisma.join(conditions, " AND ");
}

export function companyConditions(filters: ReportFilters): Prisma.Sql[] {
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

const outcomeSums = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `sum("${key}")::int AS "${key}"`).join(", "));
const outcomeTotals = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `coalesce(sums."${key}", 0) AS "${key}"`).join(", "));

export const themeJoin = (dimension: Dimension) =>
  dimension === "theme" ? Prisma.sql`CROSS JOIN LATERAL unnest(c.themes) AS t(theme)` : Prisma.empty;

/** A company counts once per key (at its largest headcount) among the companies' rows `rows` keyed `key`. */
const reachOf = (rows: Prisma.Sql) => Prisma.sql`
  SELECT key, count(*)::int AS companies, sum(headcount)::int AS employees
  FROM (SELECT key, "companyId", max(headcount) AS headcount FROM ${rows} GROUP BY key, "companyId") per_company
  GROUP BY key`;

/** The one row per key of every query, from its CTEs `clusters`, `reach` and `sums`. */
const COUNTS = Prisma.sql`
SELECT clusters.key::text AS key, clusters.count AS clusters,
  coalesce(reach.companies, 0) AS companies,
  coalesce(reach.employees, 0) AS employees,
  coalesce(sums.active, 0) AS "activeCompanies",
  coalesce(sums.completed, 0) AS "completedCompanies",
  coalesce(sums.people, 0) AS people,
  coalesce(sums.pairs, 0) AS "pairsComplete",
  clusters.held AS "sessionsHeld",
  coalesce(sums.present, 0) AS "attendancePresent",
  coalesce(sums.recorded, 0) AS "attendanceRecorded",
  coalesce(sums.planned, 0) AS "supportPlanned",
  coalesce(sums.delivered, 0) AS "supportDelivered",
  coalesce(sums.submitted, 0) AS "diagnosticsSubmitted",
  ${outcomeTotals},
  coalesce(sums.six, 0) AS "sixMonthCompanies",
  coalesce(sums.six_reached, 0) AS "sixMonthCompaniesReached",
  coalesce(sums.six_outcomes, 0) AS "sixMonthOutcomes"
FROM clusters LEFT JOIN reach USING (key) LEFT JOIN sums USING (key)`;

/**
 * The counts of the selection broken down by `dimension`, one row per key ("total" has one row).
 * `aractId` is the caller's Aract (null for the national team).
 */
export function reportSql(dimension: Dimension, filters: ReportFilters, aractId: string | null): Prisma.Sql {
  return companyConditions(filters).length
    ? companyReportSql(dimension, filters, aractId)
    : clusterReportSql(dimension, filters, aractId);
}

/** A cluster of several themes counts under each; with a theme filter, under that theme only. */
const themeKeyCondition = (dimension: Dimension, filters: ReportFilters) =>
  dimension === "theme" && filters.theme ? Prisma.sql`AND t.theme = ${filters.theme}::"Theme"` : Prisma.empty;

/**
 * Without a company filter: the clusters' sums, and the companies reached from the companies' rows,
 * which carry their cluster's columns (per cluster, its companies are already summed; per theme, the
 * companies' rows are joined to the clusters' unnested themes).
 */
export function clusterReportSql(dimension: Dimension, filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const where = Prisma.sql`${clusterConditions(filters, aractId)} ${themeKeyCondition(dimension, filters)}`;
  const reach =
    dimension === "cluster"
      ? Prisma.sql`SELECT key, companies, employees FROM k`
      : dimension === "theme"
        ? reachOf(
            Prisma.sql`(SELECT k.key, f."companyId", f.headcount FROM "ReportParticipationFact" f JOIN k ON k."clusterId" = f."clusterId") rows`,
          )
        : reachOf(
            Prisma.sql`(SELECT ${KEYS[dimension]} AS key, c."companyId", c.headcount FROM "ReportParticipationFact" c WHERE ${where}) rows`,
          );
  return Prisma.sql`
WITH k AS (
  SELECT c.*, ${KEYS[dimension]} AS key FROM "ReportClusterFact" c ${themeJoin(dimension)} WHERE ${where}
), clusters AS (
  SELECT key, count(*)::int AS count, sum("sessionsHeld")::int AS held FROM k GROUP BY key
), sums AS (
  SELECT key, sum("activeCompanies")::int AS active, sum("completedCompanies")::int AS completed, sum(people)::int AS people,
    sum("pairsComplete")::int AS pairs,
    sum("activeCompanies" * "plannedSupportDaysPerCompany")::float8 AS planned,
    sum("attendancePresent")::int AS present, sum("attendanceRecorded")::int AS recorded,
    sum("supportDelivered")::float8 AS delivered, sum("diagnosticsSubmitted")::int AS submitted, ${outcomeSums},
    sum("sixMonthCompanies")::int AS six, sum("sixMonthCompaniesReached")::int AS six_reached, sum("sixMonthOutcomes")::int AS six_outcomes
  FROM k GROUP BY key
), reach AS (${reach})
${COUNTS}`;
}

/**
 * With a sector or size filter: a cluster counts when one of the selected companies took part, and
 * every count is summed from the selected companies' rows. (Without one, it gives what clusterReportSql
 * gives, at several times the cost.)
 */
export function companyReportSql(dimension: Dimension, filters: ReportFilters, aractId: string | null): Prisma.Sql {
  const conditions = companyConditions(filters);
  const byCompany = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  return Prisma.sql`
WITH k AS (
  SELECT c."clusterId" AS cluster_id, c."plannedSupportDaysPerCompany" AS planned, c."sessionsHeld" AS held,
    ${KEYS[dimension]} AS key
  FROM "ReportClusterFact" c ${themeJoin(dimension)}
  WHERE ${clusterConditions(filters, aractId)} ${themeKeyCondition(dimension, filters)}
    AND EXISTS (SELECT 1 FROM "ReportParticipationFact" f WHERE f."clusterId" = c."clusterId" AND ${byCompany})
), pk AS NOT MATERIALIZED (
  SELECT f.*, k.key, k.planned FROM "ReportParticipationFact" f JOIN k ON k.cluster_id = f."clusterId" WHERE ${byCompany}
), reach AS (${dimension === "cluster" ? Prisma.sql`SELECT key, count(*)::int AS companies, sum(headcount)::int AS employees FROM pk GROUP BY key` : reachOf(Prisma.sql`pk`)}
), sums AS (
  SELECT key,
    count(*) FILTER (WHERE NOT withdrawn)::int AS active,
    count(*) FILTER (WHERE completed)::int AS completed,
    sum(people)::int AS people,
    count(*) FILTER (WHERE NOT withdrawn AND "pairComplete")::int AS pairs,
    coalesce(sum(planned) FILTER (WHERE NOT withdrawn), 0)::float8 AS planned,
    sum("attendancePresent")::int AS present, sum("attendanceRecorded")::int AS recorded,
    sum("supportDelivered")::float8 AS delivered, sum("diagnosticsSubmitted")::int AS submitted,
    ${outcomeSums},
    count(*) FILTER (WHERE "sixMonths")::int AS six, count(*) FILTER (WHERE "sixMonthOutcomes" > 0)::int AS six_reached,
    sum("sixMonthOutcomes")::int AS six_outcomes
  FROM pk GROUP BY key
), clusters AS (
  SELECT key, count(*)::int AS count, sum(held)::int AS held FROM k GROUP BY key
)
${COUNTS}`;
}

export type NamedQuery = { name: string; text: string; values: unknown[] };

/** The queries behind one dashboard, as the benchmark times them. */
export function reportQueriesFor(filters: ReportFilters, aractId: string | null): NamedQuery[] {
  return DIMENSIONS.map((dimension) => {
    const sql = reportSql(dimension, filters, aractId);
    return { name: dimension, text: sql.text, values: sql.values };
  });
}

/** Every cluster of the selection with its counts and the keys of its rows in each breakdown, by Aract, start and name (./queries.ts publishes them). */
export function clusterRowsSql(filters: ReportFilters, aractId: string | null): Prisma.Sql {
  return Prisma.sql`
SELECT r.*, cl.name, a.name AS "aractName", cl."startDate", cl."endDate", cl.status,
  cl."aractId" AS "aractKey", cl.themes::text[] AS "themeKeys", extract(year FROM cl."startDate")::int::text AS "yearKey",
  coalesce(cl."programmeId", ${NO_PROGRAMME}) AS "programmeKey"
FROM (${reportSql("cluster", filters, aractId)}) r JOIN "Cluster" cl ON cl.id = r.key JOIN "Aract" a ON a.id = cl."aractId"
ORDER BY a.name, cl."startDate", cl.name, cl.id`;
}
