// The report queries timed directly in PostgreSQL, without the app or its cache in between.
import type pg from "pg";
import { reportQueriesFor } from "../../../src/lib/reports/sql.ts";
import { refreshFactsStatements } from "../../../src/lib/reports/facts-sql.ts";
import { DEFAULT_FILTERS } from "../../../src/lib/reports/filter-params.ts";
import { todayInFrance } from "../../../src/lib/dates/day.ts";
import { median } from "./stats.ts";
import { QUERY_RUNS, type QueryMeasure, type RefreshMeasure } from "./results.ts";

/** Whose figures: the national team (aractId null) or one Aract. */
export type ReportScope = { label: string; aractId: string | null };

type ReportQuery = ReturnType<typeof reportQueriesFor>[number];

async function wallTime(client: pg.Client, query: ReportQuery): Promise<number> {
  const started = performance.now();
  await client.query({ text: query.text, values: query.values });
  return performance.now() - started;
}

async function executionTime(client: pg.Client, query: ReportQuery): Promise<number> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ "Execution Time": number }] }>({
    text: `EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`,
    values: query.values,
  });
  return rows[0]!["QUERY PLAN"][0]["Execution Time"];
}

/** Every report query with all filters off, as the dashboards run them today. */
export async function timeReportQueries(client: pg.Client, scopes: readonly ReportScope[]): Promise<QueryMeasure[]> {
  const measures: QueryMeasure[] = [];
  for (const scope of scopes) {
    for (const query of reportQueriesFor(DEFAULT_FILTERS, scope.aractId)) {
      await wallTime(client, query);
      const times: number[] = [];
      for (let run = 0; run < QUERY_RUNS; run++) times.push(await wallTime(client, query));
      measures.push({
        name: query.name,
        scope: scope.label,
        medianMs: median(times),
        executionMs: await executionTime(client, query),
      });
    }
  }
  return measures;
}

const REFRESH_RUNS = 3;

/**
 * Recomputes the report facts (every Aract, then one Aract, as the app does after a change in it) and
 * times it: the price of the first report read after a change. Leaves the facts up to date for the queries.
 */
export async function timeFactRefresh(client: pg.Client, scopes: readonly ReportScope[]): Promise<RefreshMeasure[]> {
  const today = todayInFrance();
  const measures: RefreshMeasure[] = [];
  for (const scope of scopes) {
    const statements = refreshFactsStatements(scope.aractId === null ? null : [scope.aractId], today);
    const times: number[] = [];
    for (let run = 0; run < REFRESH_RUNS; run++) {
      const started = performance.now();
      await client.query("BEGIN");
      for (const statement of statements) await client.query({ text: statement.text, values: statement.values });
      await client.query("COMMIT");
      times.push(performance.now() - started);
    }
    measures.push({ scope: scope.label, medianMs: median(times) });
  }
  // Each recomputation leaves the replaced rows dead until autovacuum passes (within a minute in the app):
  // the queries are timed on the tables as they are then, not on six times their size.
  await client.query(`VACUUM ANALYZE "ReportParticipationFact", "ReportClusterFact"`);
  return measures;
}
