import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { log, outsideRequest } from "@/lib/log";
import type { Scope } from "@/lib/auth/scope";
import { SESSION_SETTINGS, SYSTEM_SETTINGS } from "./db-settings";
import { scopeSettings } from "./db-scope";

// Two pools of the app's database role (which owns nothing and is subject to row-level security):
// - the scoped one, where each query runs in a transaction that first sets who asks (`scopedDb(scope)`);
//   a query that sets nothing sees no tenant row;
// - the system one, for the work done for no caller (sign-in, jobs), whose connections say `app.role=system`.
// Clients are created on first use rather than at import, so that `next build` needs no database, and kept
// on globalThis, which Next's dev server keeps across module reloads.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; systemPrisma?: PrismaClient };

function pool(options: string): PrismaClient {
  // The pg pool waits forever for a free connection by default: fail fast instead, within 2 s, so that a
  // request never hangs on a database that is away (the app's server answers 503 meanwhile). No statement of
  // the app comes near 30 s (the national reports take under a second at three times the network's size),
  // and a transaction left idle does not hold its locks and its connection for more than a minute.
  // A connection that PostgreSQL closes (a restart, a crash) is dropped from the pool, which opens new ones
  // once the database is back; the adapter listens for the pool's errors, so they never crash the process.
  const adapter = new PrismaPg(
    {
      connectionString: env().DATABASE_URL,
      connectionTimeoutMillis: 2_000,
      max: 10,
      options,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
    {
      onPoolError: (error) =>
        outsideRequest(() => log.warn({ reason: error.message }, "Connexion inactive à la base perdue : le pool en ouvrira une autre.")),
      onConnectionError: (error) =>
        outsideRequest(() => log.warn({ reason: error.message }, "Connexion à la base perdue pendant une transaction.")),
    },
  );
  return new PrismaClient({ adapter });
}

/** The scoped pool itself, without any setting: what a query that forgot its scope would see (nothing). */
export function unscopedDb(): PrismaClient {
  return (globalForDb.prisma ??= pool(SESSION_SETTINGS));
}

/** For sign-in, background jobs and the derived report facts: every Aract's rows. */
export const systemDb = new Proxy({} as PrismaClient, {
  get(_, property) {
    const target = (globalForDb.systemPrisma ??= pool(SYSTEM_SETTINGS));
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

type TransactionOptions = { maxWait?: number; timeout?: number; isolationLevel?: Prisma.TransactionIsolationLevel };

/** A client whose every query runs with the caller's scope set for PostgreSQL's row-level security. */
export type ScopedDb = Omit<PrismaClient, "$transaction" | "$connect" | "$disconnect" | "$extends" | "$on"> & {
  /** An interactive transaction whose first statement sets the scope; its queries all run with it. */
  $transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: TransactionOptions): Promise<T>;
};

function setScope(client: Prisma.TransactionClient | PrismaClient, scope: Scope) {
  const s = scopeSettings(scope);
  return client.$executeRaw`SELECT set_config('app.role', ${s.role}, true), set_config('app.aract_id', ${s.aractId}, true),
    set_config('app.participation_ids', ${s.participationIds}, true), set_config('app.person_ids', ${s.personIds}, true)`;
}

const scopedClients = new WeakMap<Scope, ScopedDb>();

const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** One operation of a model, run through the client it is given (the transaction's). */
type ModelOperation = (client: Prisma.TransactionClient) => Promise<unknown>;
type PendingRead = { run: ModelOperation; resolve: (value: unknown) => void; reject: (error: unknown) => void };

function modelOperation(model: string, operation: string, args: unknown): ModelOperation {
  const property = model.charAt(0).toLowerCase() + model.slice(1);
  return (client) => {
    const delegate = (client as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>)[property]!;
    return delegate[operation]!(args);
  };
}

/**
 * Runs operations in one transaction whose first statement sets the scope. An interactive transaction
 * rather than a batch one: Prisma keeps the plan of each query it compiles for later calls, but not the
 * plan of a batch that begins with raw SQL, which it compiled again at every read (a tenth of the
 * server's time on a pair member's home).
 */
function inScope(base: PrismaClient, scope: Scope, runs: ModelOperation[]) {
  return base.$transaction(async (tx) => {
    await setScope(tx, scope);
    return Promise.allSettled(runs.map((run) => run(tx)));
  });
}

/**
 * Runs the reads asked of one scope during the same turn of the event loop together: a page's components
 * ask for their data side by side, and each read on its own costs four round trips to the database
 * (BEGIN, the settings, the query, COMMIT). A read that failed in a batch runs again alone, so that a
 * failure of the database (which ends the transaction for the reads after it) reaches only its own caller.
 */
function readBatcher(base: PrismaClient, scope: Scope) {
  let pending: PendingRead[] = [];
  const failed = (error: unknown): PromiseRejectedResult => ({ status: "rejected", reason: error });
  const settle = (read: PendingRead, result: PromiseSettledResult<unknown>) =>
    result.status === "fulfilled" ? read.resolve(result.value) : read.reject(result.reason);
  const flush = async () => {
    const batch = pending;
    pending = [];
    const results = await inScope(base, scope, batch.map((read) => read.run)).catch((error: unknown) =>
      batch.map(() => failed(error)),
    );
    await Promise.all(
      batch.map(async (read, index) => {
        const result = results[index]!;
        if (result.status === "fulfilled" || batch.length === 1) return settle(read, result);
        const [again] = await inScope(base, scope, [read.run]).catch((error: unknown) => [failed(error)]);
        settle(read, again!);
      }),
    );
  };
  return (run: ModelOperation) =>
    new Promise<unknown>((resolve, reject) => {
      if (pending.length === 0) setImmediate(() => void flush());
      pending.push({ run, resolve, reject });
    });
}

/**
 * The database as the caller may see it. A query runs in a transaction after the settings (Prisma's
 * client-extension pattern for row-level security), reads of the same turn together; `$transaction(work)`
 * sets them once, first.
 */
export function scopedDb(scope: Scope): ScopedDb {
  const known = scopedClients.get(scope);
  if (known) return known;
  const base = unscopedDb();
  const read = readBatcher(base, scope);
  const extended = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (!model) {
          const [, result] = await base.$transaction([setScope(base, scope), query(args)]);
          return result;
        }
        const run = modelOperation(model, operation, args);
        if (READS.has(operation)) return read(run);
        const [result] = await inScope(base, scope, [run]);
        if (result!.status === "rejected") throw result!.reason;
        return result!.value;
      },
    },
  });
  const client = new Proxy(extended, {
    get(target, property) {
      if (property === "$transaction") {
        return <T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: TransactionOptions) => {
          if (typeof work !== "function") throw new Error("scopedDb: only interactive transactions carry the scope.");
          return base.$transaction(async (tx) => {
            await setScope(tx, scope);
            return work(tx);
          }, options);
        };
      }
      return Reflect.get(target, property, target);
    },
  }) as unknown as ScopedDb;
  scopedClients.set(scope, client);
  return client;
}
