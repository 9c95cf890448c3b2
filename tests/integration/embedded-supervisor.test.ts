import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startSupervisedDb, type SupervisedDb } from "../../scripts/lib/embedded-db.ts";
import { watchDatabase } from "../../scripts/lib/availability.ts";
import { isAlive } from "../../scripts/lib/process-alive.ts";

// `npm start`'s PostgreSQL (scripts/lib/embedded-db.ts) and the app server's view of it
// (scripts/lib/availability.ts), on a PostgreSQL of their own: killed, it comes back by itself; stopped, it
// stays stopped, even while clients hold connections. The whole app under the same fault:
// e2e/database-fault.spec.ts.

let dir: string;
let dataDir: string;
let db: SupervisedDb;
const said: string[] = [];

const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n", 1)[0]);

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const answers = (pool: pg.Pool) => pool.query("SELECT 1").then(() => true, () => false);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "clusters-supervisor-"));
  chmodSync(dir, 0o755);
  dataDir = path.join(dir, "pg");
  db = await startSupervisedDb({ dataDir, port: await freePort(), ephemeral: true, say: (line) => said.push(line) });
}, 60_000);

afterAll(async () => {
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the supervised embedded PostgreSQL", () => {
  it("is started again when its postmaster is killed, and a pool and the server's watch reconnect by themselves", async () => {
    const pool = new pg.Pool({ connectionString: db.urlFor("postgres"), max: 4, connectionTimeoutMillis: 2_000 });
    // What @prisma/adapter-pg does: an idle connection that PostgreSQL closes is reported, never thrown.
    const poolErrors: string[] = [];
    pool.on("error", (error) => poolErrors.push(error.message));
    const changes: boolean[] = [];
    const watch = watchDatabase(db.urlFor("postgres"), { onChange: (available) => changes.push(available) });
    try {
      await Promise.all([1, 2, 3, 4].map(() => pool.query("SELECT pg_sleep(0.01)")));
      await until(() => pool.idleCount === 4, 5_000, "four idle connections");
      const killed = postmasterPid();
      process.kill(killed, "SIGKILL");
      await until(() => !watch.available(), 3_000, "the watch sees the database away");
      await until(() => answers(pool), 30_000, "the pool answers again");
      await until(() => watch.available(), 3_000, "the watch sees it back");
      expect(postmasterPid()).not.toBe(killed);
      expect(changes).toEqual([false, true]);
      expect(poolErrors.length).toBeGreaterThan(0);
      expect(said[0]).toMatch(/^PostgreSQL embarqué s'est arrêté .* redémarrage dans 0,25 s\.$/);
      expect(said.at(-1)).toMatch(/^PostgreSQL embarqué redémarré/);
    } finally {
      await watch.stop();
      await pool.end();
    }
  }, 60_000);

  it("stops at once even while a pool holds connections and an open transaction, and is not started again", async () => {
    const pool = new pg.Pool({ connectionString: db.urlFor("postgres"), max: 4, connectionTimeoutMillis: 2_000 });
    pool.on("error", () => {});
    const held = await pool.connect();
    held.on("error", () => {});
    await held.query("BEGIN");
    await held.query("SELECT 1");
    await Promise.all([1, 2, 3].map(() => pool.query("SELECT 1")));
    const pid = postmasterPid();
    const restarts = said.length;
    const started = Date.now();
    await db.stop();
    expect(Date.now() - started).toBeLessThan(10_000);
    // Longer than the supervisor's watch and first restart delay.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(isAlive(pid)).toBe(false);
    expect(await answers(pool)).toBe(false);
    expect(said.length).toBe(restarts);
    held.release(true);
    await pool.end();
  }, 30_000);
});
