import type pg from "pg";
import { SCALE_ID_PREFIX } from "./context.ts";
import { TABLE_ORDER, type TableName } from "./rows.ts";

// The rows of each table the generator writes: all of them, and the generated ones among them.

export type TableCount = { table: TableName; total: number; generated: number };

export async function countRows(client: pg.Client): Promise<TableCount[]> {
  const sql = TABLE_ORDER.map((table) => {
    const key = table === "ClusterTemplate" ? "clusterId" : "id";
    return `SELECT '${table}' AS "table", count(*)::int AS "total",
              count(*) FILTER (WHERE "${key}" LIKE '${SCALE_ID_PREFIX}%')::int AS "generated" FROM "${table}"`;
  }).join(" UNION ALL ");
  const { rows } = await client.query<TableCount>(sql);
  return rows.sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table));
}
