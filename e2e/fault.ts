import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// The database fault test's own `npm start` (e2e/database-fault.spec.ts): scripts/start.ts in production, on
// its own ports and its own embedded PostgreSQL, so that killing that database touches no other spec.

const root = path.resolve(import.meta.dirname, "..");

export type Stack = {
  url: string;
  /** The embedded database as its owner, for the test's own checks. */
  ownerUrl: string;
  dataDir: string;
  /** Everything the stack printed so far. */
  output: () => string;
  postmasterPid: () => number;
  /** SIGTERM, as a process manager stops it; the exit code, or null if it had not exited within `ms`. */
  terminate: (ms: number) => Promise<number | null>;
  /** Whatever is left of it, after a failed test. */
  destroy: () => void;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startStack(): Promise<Stack> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(path.join(os.tmpdir(), "clusters-fault-"));
  chmodSync(dir, 0o755);
  const dataDir = path.join(dir, "pg");
  const url = `http://localhost:${port}`;
  // Nothing of the end-to-end run's own app may leak in: without DATABASE_URL, start.ts starts its own database.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|MIGRATION_DATABASE_URL|APP_ENV|NEXTAUTH_|SMTP_URL|DPO_|DEMO_OUTBOX|PORT|E2E_)/.test(name)),
  ) as NodeJS.ProcessEnv;
  let output = "";
  // Its own process group: whatever is left can be ended at once after a failure.
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      APP_ENV: "production",
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_DIR: dataDir,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      // No e-mail is written in this test (unknown addresses only): the mail server is never reached.
      SMTP_URL: "smtp://127.0.0.1:9",
      DPO_EMAIL: "dpd@anact.fr",
      SIGNIN_LIMIT_PER_IP: "100000",
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const stack: Stack = {
    url,
    ownerUrl: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/clusters`,
    dataDir,
    output: () => output,
    postmasterPid: () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n", 1)[0]),
    terminate: async (ms) => {
      child.kill("SIGTERM");
      return Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
    },
    destroy: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      try {
        process.kill(stack.postmasterPid(), "SIGKILL");
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      stack.destroy();
      throw new Error(`npm start stopped:\n${output}`);
    }
    if ((await fetch(`${url}/api/health`).catch(() => null))?.status === 200) return stack;
    await new Promise((r) => setTimeout(r, 250));
  }
  stack.destroy();
  throw new Error(`npm start was not ready within 150 s:\n${output}`);
}

export type Answer = {
  kind: "page" | "health" | "write";
  start: number;
  end: number;
  status: number;
  requestId: string | null;
  acked?: string;
  error?: string;
};

/** One request, timed; a network error or a hang past 10 s counts as status 0. */
export async function timed(kind: Answer["kind"], run: () => Promise<Response>, check?: (body: string) => string | undefined): Promise<Answer> {
  const start = Date.now();
  try {
    const response = await run();
    const body = await response.text();
    return { kind, start, end: Date.now(), status: response.status, requestId: response.headers.get("x-request-id"), acked: check?.(body) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind, start, end: Date.now(), status: 0, requestId: null, error: cause?.code ?? cause?.message ?? String(error) };
  }
}

/**
 * A visitor asking for sign-in links for addresses nobody has: each acknowledged request (next-auth's answer
 * sends the browser on to « Consultez votre messagerie ») has written a SignInRequest row and a VerificationToken.
 */
export async function visitor(base: string, name: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";", 1)[0]).join("; ");
  let n = 0;
  const signal = () => AbortSignal.timeout(10_000);
  return {
    page: () => timed("page", () => fetch(`${base}/connexion`, { signal: signal(), redirect: "manual" })),
    health: () => timed("health", () => fetch(`${base}/api/health`, { signal: signal() })),
    write: () => {
      const email = `panne.${name}.${n++}@exemple.fr`;
      const body = new URLSearchParams({ email, csrfToken, callbackUrl: `${base}/`, json: "true" });
      return timed(
        "write",
        () => fetch(`${base}/api/auth/signin/email`, { method: "POST", body, headers: { cookie }, signal: signal(), redirect: "manual" }),
        (text) => {
          try {
            // next-auth's own address of the « check your e-mail » step, which sends on to /connexion/verifier.
            return /\/api\/auth\/verify-request|\/connexion\/verifier/.test((JSON.parse(text) as { url?: string }).url ?? "") ? email : undefined;
          } catch {
            return undefined;
          }
        },
      );
    },
  };
}

/** When PostgreSQL accepts a new connection again (each try a fresh one). */
export async function databaseAnswers(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ownerQuery<T extends pg.QueryResultRow>(ownerUrl: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
