import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const bin = (name: string) => path.join(root, "node_modules/.bin", name);

/** Runs a command to completion, inheriting the terminal; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} → ${signal ?? code}`)),
    );
  });
}

// ───── Building only when the sources changed ─────

const BUILD_INPUTS = ["src", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const HASH_FILE = ".next/source-hash";

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield full;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (child === "generated") continue;
    yield* files(path.join(entry, child));
  }
}

/** A hash of these files and folders (paths from the project root; generated code left out). */
export function hashSources(entries: readonly string[]): string {
  const hash = createHash("sha256");
  for (const entry of entries) {
    for (const file of files(entry)) hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** `next build`, unless the last build was made from these very sources. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<"built" | "up to date"> {
  const hash = hashSources(BUILD_INPUTS);
  const hashFile = path.join(root, HASH_FILE);
  const upToDate =
    existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash;
  if (upToDate) return "up to date";
  await run(bin("next"), ["build"], { env });
  writeFileSync(hashFile, hash);
  return "built";
}

/** A secret kept under .data/ so that sessions survive restarts of the local app. */
export function localSecret(): string {
  const file = path.join(root, ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The production build behind the app's own server (scripts/server.ts: the client's address from the socket,
 * a clean stop), or `next dev`. One process each (`node --import tsx`, not a wrapper), so that a signal
 * reaches the server itself.
 */
export function startNext(mode: "start" | "dev", port: number, env: NodeJS.ProcessEnv): ChildProcess {
  if (mode === "dev") return spawn(bin("next"), ["dev", "-p", String(port)], { stdio: "inherit", cwd: root, env });
  return spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    stdio: "inherit",
    cwd: root,
    env: { ...env, PORT: String(port) },
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
