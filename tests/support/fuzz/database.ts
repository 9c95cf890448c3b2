import type { PrismaClient } from "@/generated/prisma/client";

// What the fuzz reads of the database, as its owner (beyond row-level security): every row a call wrote, and
// the invariants no accepted call may break.

/** One row written (inserted, updated or deleted) by a committed transaction, and the Aract it belongs to. */
export type Write = { table: string; aract: string | null };

/**
 * Installs a log of every committed row write: a row trigger on each table of the app appends the table and
 * the row's Aract (before and after an update) to fuzz.writes, in the writer's own transaction, so that a
 * rolled-back write leaves nothing there. Returns the reader, which empties the log as it reads it.
 * ReportChange is left out: the database's own count of changes per Aract, bumped by triggers (a national
 * programme, which every Aract's reports name, bumps every Aract's).
 */
export async function writeLog(db: PrismaClient): Promise<() => Promise<Write[]>> {
  const tables = await db.$queryRaw<{ name: string; scoped: boolean }[]>`
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'aractId' AND NOT a.attisdropped) AS scoped
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('_prisma_migrations', 'ReportChange')`;
  await db.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS fuzz`);
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS fuzz.writes ("table" text NOT NULL, aract text)`);
  // SECURITY DEFINER: the app's role, which writes the rows, has no right on the fuzz's own schema.
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fuzz.log_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN INSERT INTO fuzz.writes VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> TG_ARGV[0]); END IF;
      IF TG_OP <> 'DELETE' THEN INSERT INTO fuzz.writes VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0]); END IF;
      RETURN NULL;
    END $$`);
  for (const t of tables) {
    const tenant = t.name === "Aract" ? "id" : t.scoped ? "aractId" : "";
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE TRIGGER fuzz_log_write AFTER INSERT OR UPDATE OR DELETE ON "${t.name}"
      FOR EACH ROW EXECUTE FUNCTION fuzz.log_write('${tenant}')`);
  }
  return async () => {
    const rows = await db.$queryRawUnsafe<{ table: string; aract: string | null }[]>(
      `DELETE FROM fuzz.writes RETURNING "table", aract`,
    );
    return rows.map((r) => ({ table: r.table, aract: r.aract }));
  };
}

/**
 * Checks that hold whatever was accepted: no row points at a row of another Aract (every single-column
 * foreign key between two tables that carry an Aract), the people of a cluster and of a support day are
 * staff of its Aract, and the rules of the forms hold in the stored rows. Returns the broken ones.
 */
export async function invariantChecker(db: PrismaClient): Promise<() => Promise<string[]>> {
  const keys = await db.$queryRaw<{ child: string; column: string; parent: string; target: string }[]>`
    SELECT cc.relname AS child, a.attname AS "column", pc.relname AS parent, af.attname AS target
    FROM pg_constraint k
    JOIN pg_class cc ON cc.oid = k.conrelid
    JOIN pg_class pc ON pc.oid = k.confrelid
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    JOIN pg_attribute af ON af.attrelid = k.confrelid AND af.attnum = k.confkey[1]
    WHERE k.contype = 'f' AND cardinality(k.conkey) = 1
      AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = cc.oid AND x.attname = 'aractId')
      AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = pc.oid AND x.attname = 'aractId')`;
  const checks: Record<string, string> = Object.fromEntries(
    keys.map((k) => [
      `${k.child}.${k.column} → ${k.parent} of another Aract`,
      `SELECT count(*) FROM "${k.child}" c JOIN "${k.parent}" p ON c."${k.column}" = p."${k.target}"
       WHERE p."aractId" IS NOT NULL AND c."aractId" IS DISTINCT FROM p."aractId"${
         // A resource its Aract shares with the network is attached by any Aract's clusters.
         k.parent === "Resource" ? ` AND NOT p."sharedWithNetwork"` : ""
       }`,
    ]),
  );
  const notStaff = (table: string, column: string) =>
    `SELECT count(*) FROM "${table}" r WHERE r."${column}" IS NOT NULL AND NOT EXISTS
       (SELECT 1 FROM "Membership" m WHERE m."userId" = r."${column}" AND m."aractId" = r."aractId")`;
  checks["ClusterStaff.userId not staff of the Aract"] = notStaff("ClusterStaff", "userId");
  checks["SupportDay.deliveredByUserId not staff of the Aract"] = notStaff("SupportDay", "deliveredByUserId");
  checks["Cluster ending before it starts"] = `SELECT count(*) FROM "Cluster" WHERE "endDate" < "startDate"`;
  checks["SupportDay without a positive duration"] = `SELECT count(*) FROM "SupportDay" WHERE "durationDays" <= 0`;
  checks["Programme ending before it starts"] = `SELECT count(*) FROM "Programme" WHERE "endYear" < "startYear"`;
  const repeats = (table: string, column: string) =>
    `SELECT count(*) FROM "${table}" WHERE cardinality("${column}") <> (SELECT count(DISTINCT v) FROM unnest("${column}") v)`;
  checks["Cluster with a theme twice"] = repeats("Cluster", "themes");
  checks["Programme with a theme twice"] = repeats("Programme", "themes");
  checks["Outcome with a domain twice"] = repeats("Outcome", "domains");
  const sql = Object.entries(checks)
    .map(([name, count]) => `SELECT ${quote(name)} AS name, (${count}) AS broken`)
    .join(" UNION ALL ");
  return async () => {
    const rows = await db.$queryRawUnsafe<{ name: string; broken: bigint }[]>(sql);
    return rows.filter((r) => Number(r.broken) > 0).map((r) => `${r.name}: ${r.broken}`);
  };
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
