import pg from "pg";

// The two database roles: the owner, which applies the migrations and owns every table, and the app's role,
// which owns nothing, is neither superuser nor BYPASSRLS, and so is bound by row-level security. The embedded
// database creates the app's role itself; on an external server an administrator creates both (README).

export const EMBEDDED_APP_ROLE = "clusters_app";
export const EMBEDDED_APP_PASSWORD = "clusters_app";

/** The same server and database as `url`, as another role. */
export function urlAs(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the app's role on a server we run ourselves (embedded, tests), unless it exists. */
export async function ensureAppRole(adminUrl: string, role = EMBEDDED_APP_ROLE, password = EMBEDDED_APP_PASSWORD) {
  await withClient(adminUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock(727275)");
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (rowCount === 0) {
      await client.query(
        `CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${pg.escapeLiteral(password)}`,
      );
    }
  });
}

/**
 * What the app's role may do, granted by the owner after each migration: read and write the tables, but
 * only append to the audit trail, and only read the migrations' history (for /api/health).
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  if (role === roleOf(ownerUrl)) return;
  const r = pg.escapeIdentifier(role);
  await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ current_database: string }>("SELECT current_database()");
    await client.query(`GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(rows[0]!.current_database)} TO ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${r}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  });
}

export type RoleProblem = { superuser: boolean; bypassRls: boolean; ownedTables: number };

/** Why the app's role would not be bound by row-level security, or null when it is. */
export async function appRoleProblem(appUrl: string): Promise<RoleProblem | null> {
  return withClient(appUrl, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const row = rows[0]!;
    const problem = { superuser: row.rolsuper, bypassRls: row.rolbypassrls, ownedTables: Number(row.owned) };
    return problem.superuser || problem.bypassRls || problem.ownedTables > 0 ? problem : null;
  });
}
