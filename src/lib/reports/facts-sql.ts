import { Prisma } from "@/generated/prisma/client";
import { OUTCOME_COUNTS } from "@/lib/outcomes/rules";
import { HALF_DAY_MAX_MINUTES } from "@/lib/sessions/rules";
import { OUTCOME_MONTHS } from "@/lib/follow-ups/rules";

// The report facts (see the models at the end of prisma/schema.prisma): recomputed from the records for
// some Aracts (null: all) in one transaction, so that the report queries aggregate a row per company and
// per cluster instead of every attendance row, support day, response and outcome of the network. The
// clusters' rows come first (which clusters count), then the participations', then the clusters' sums.
// No `server-only` and no database client: the benchmark runs these same statements.

const inAracts = (column: Prisma.Sql, aractIds: readonly string[] | null) =>
  aractIds === null ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${[...aractIds]}::text[])`;

const outcomeCounts = Prisma.join(
  OUTCOME_COUNTS.map(
    ({ key, kind, status }) =>
      Prisma.sql`count(*) FILTER (WHERE o.kind = ${kind}::"OutcomeKind" AND o.status = ${status}::"OutcomeStatus")::int AS ${Prisma.raw(`"${key}"`)}`,
  ),
);
const outcomeColumns = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `"${key}"`).join(", "));
const outcomeValues = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `coalesce(o."${key}", 0)`).join(", "));
const outcomeSums = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `sum("${key}")::int AS "${key}"`).join(", "));
const outcomeUpdates = Prisma.raw(OUTCOME_COUNTS.map(({ key }) => `"${key}" = s."${key}"`).join(", "));
const zeroOutcomes = Prisma.raw(OUTCOME_COUNTS.map(() => "0").join(", "));

/** The months after its closing at which a cluster's companies are counted for « aboutis à 6 mois ». */
const sixMonths = Prisma.sql`make_interval(months => ${OUTCOME_MONTHS})`;

/** A session's half-days (`s`), as halfDaysOf counts them (src/lib/sessions/rules.ts). */
const halfDaysSql = Prisma.sql`CASE
  WHEN s."halfDay" = 'FULL_DAY' THEN 2
  WHEN s."halfDay" = 'TIMED' AND s."endTime"::time - s."startTime"::time > ${HALF_DAY_MAX_MINUTES} * interval '1 minute' THEN 2
  ELSE 1 END`;

/** The statements that replace the facts of these Aracts (null: every Aract); `today` decides what is held. */
export function refreshFactsStatements(aractIds: readonly string[] | null, today: string): Prisma.Sql[] {
  return [
    Prisma.sql`DELETE FROM "ReportParticipationFact" f WHERE ${inAracts(Prisma.sql`f."aractId"`, aractIds)}`,
    Prisma.sql`DELETE FROM "ReportClusterFact" f WHERE ${inAracts(Prisma.sql`f."aractId"`, aractIds)}`,
    Prisma.sql`
INSERT INTO "ReportClusterFact" ("clusterId", "aractId", "programmeId", "startYear", "endYear", themes, "plannedSupportDaysPerCompany", "sessionsHeld",
  companies, employees, "activeCompanies", "completedCompanies", people, "pairsComplete", "attendancePresent", "attendanceRecorded",
  "supportDelivered", "diagnosticsSubmitted", ${outcomeColumns})
SELECT c.id, c."aractId", c."programmeId", extract(year FROM c."startDate")::int, extract(year FROM c."endDate")::int, c.themes, c."plannedSupportDaysPerCompany"::float8,
  (SELECT coalesce(sum(${halfDaysSql}), 0) FROM "CollectiveSession" s
   WHERE s."clusterId" = c.id AND s."cancelledAt" IS NULL AND s.date <= ${today}::date
     AND EXISTS (SELECT 1 FROM "Attendance" a WHERE a."sessionId" = s.id))::int,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${zeroOutcomes}
FROM "Cluster" c
WHERE c.status <> 'DRAFT' AND ${inAracts(Prisma.sql`c."aractId"`, aractIds)}`,
    Prisma.sql`
INSERT INTO "ReportParticipationFact" ("participationId", "aractId", "clusterId", "companyId", "programmeId", "startYear", "endYear", themes,
  headcount, "nafDivision", withdrawn, completed, people, "pairComplete", "attendancePresent", "attendanceRecorded", "supportDelivered",
  "diagnosticsSubmitted", ${outcomeColumns}, "sixMonths", "sixMonthOutcomes")
SELECT p.id, p."aractId", p."clusterId", p."companyId", c."programmeId", c."startYear", c."endYear", c.themes,
  p."headcountAtEntry", left(co."nafCode", 2),
  p.status = 'WITHDRAWN', p.status = 'COMPLETED', coalesce(seats.people, 0), coalesce(seats.complete, false), coalesce(att.present, 0), coalesce(att.recorded, 0),
  coalesce(sup.delivered, 0), coalesce(diag.submitted, 0), ${outcomeValues},
  six.due, CASE WHEN six.due THEN six.reached ELSE 0 END
FROM "Participation" p
JOIN "ReportClusterFact" c ON c."clusterId" = p."clusterId"
JOIN "Company" co ON co.id = p."companyId"
LEFT JOIN (
  SELECT pm."participationId" AS id,
    bool_or(pm.side = 'DIRECTION' AND pm."endedAt" IS NULL) AND bool_or(pm.side = 'STAFF_REPRESENTATIVE' AND pm."endedAt" IS NULL) AS complete,
    count(DISTINCT pm."personId")::int AS people
  FROM "PairMember" pm WHERE ${inAracts(Prisma.sql`pm."aractId"`, aractIds)}
  GROUP BY pm."participationId"
) seats ON seats.id = p.id
LEFT JOIN (
  SELECT a."participationId" AS id, count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*)::int AS recorded
  FROM "Attendance" a JOIN "CollectiveSession" s ON s.id = a."sessionId"
  WHERE s."cancelledAt" IS NULL AND s.date <= ${today}::date AND ${inAracts(Prisma.sql`a."aractId"`, aractIds)}
  GROUP BY a."participationId"
) att ON att.id = p.id
LEFT JOIN (
  SELECT sd."participationId" AS id, sum(sd."durationDays")::float8 AS delivered
  FROM "SupportDay" sd WHERE ${inAracts(Prisma.sql`sd."aractId"`, aractIds)} GROUP BY sd."participationId"
) sup ON sup.id = p.id
LEFT JOIN (
  SELECT r."participationId" AS id, count(*)::int AS submitted
  FROM "DiagnosticResponse" r WHERE r.status = 'SUBMITTED' AND ${inAracts(Prisma.sql`r."aractId"`, aractIds)}
  GROUP BY r."participationId"
) diag ON diag.id = p.id
LEFT JOIN (
  SELECT o."participationId" AS id, ${outcomeCounts}
  FROM "Outcome" o WHERE ${inAracts(Prisma.sql`o."aractId"`, aractIds)} GROUP BY o."participationId"
) o ON o.id = p.id
LEFT JOIN (
  SELECT sc."clusterId" AS id, max((sc."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date) AS day
  FROM "ClusterStatusChange" sc WHERE sc."toStatus" = 'CLOSED' AND ${inAracts(Prisma.sql`sc."aractId"`, aractIds)}
  GROUP BY sc."clusterId"
) closed ON closed.id = p."clusterId"
CROSS JOIN LATERAL (
  SELECT coalesce(p.status <> 'WITHDRAWN' AND (closed.day + ${sixMonths})::date <= ${today}::date, false) AS due,
    (SELECT count(*)::int FROM "Outcome" r WHERE r."participationId" = p.id AND r.status IN ('SIGNED', 'DEPOSITED')
       AND r."signedAt" <= (closed.day + ${sixMonths})::date) AS reached
) six
WHERE p.status <> 'CANDIDATE' AND ${inAracts(Prisma.sql`p."aractId"`, aractIds)}`,
    Prisma.sql`
UPDATE "ReportClusterFact" c SET companies = s.companies, employees = s.employees, "activeCompanies" = s.active,
  "completedCompanies" = s.completed, people = s.people, "pairsComplete" = s.pairs, "attendancePresent" = s.present, "attendanceRecorded" = s.recorded,
  "supportDelivered" = s.delivered, "diagnosticsSubmitted" = s.submitted, ${outcomeUpdates},
  "sixMonthCompanies" = s.six, "sixMonthCompaniesReached" = s.six_reached, "sixMonthOutcomes" = s.six_outcomes
FROM (
  SELECT "clusterId", count(*)::int AS companies, sum(headcount)::int AS employees,
    count(*) FILTER (WHERE NOT withdrawn)::int AS active, count(*) FILTER (WHERE completed)::int AS completed,
    sum(people)::int AS people, count(*) FILTER (WHERE NOT withdrawn AND "pairComplete")::int AS pairs, sum("attendancePresent")::int AS present, sum("attendanceRecorded")::int AS recorded,
    sum("supportDelivered")::float8 AS delivered, sum("diagnosticsSubmitted")::int AS submitted, ${outcomeSums},
    count(*) FILTER (WHERE "sixMonths")::int AS six, count(*) FILTER (WHERE "sixMonthOutcomes" > 0)::int AS six_reached,
    sum("sixMonthOutcomes")::int AS six_outcomes
  FROM "ReportParticipationFact" f WHERE ${inAracts(Prisma.sql`f."aractId"`, aractIds)} GROUP BY "clusterId"
) s
WHERE c."clusterId" = s."clusterId"`,
  ];
}
