import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { systemDb } from "@/lib/db";

// What a load balancer or a supervisor asks of an instance: does its database answer, and does it hold
// every migration this code was written for.

export type Health = {
  status: "ok" | "unavailable";
  database: "up" | "down";
  migrations: { applied: number; last: string | null; pending: string[]; failed: string[] } | null;
};

/** An answer within this time, or the database counts as down. */
const DATABASE_TIMEOUT_MS = 2_000;

let committed: string[] | null | undefined;

/** The migrations this code was written for: read once per process, they do not change under it. */
function committedMigrations(): string[] | null {
  if (committed !== undefined) return committed;
  try {
    const dir = path.join(process.cwd(), "prisma/migrations");
    committed = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    committed = null;
  }
  return committed;
}

type Applied = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function checkHealth(): Promise<Health> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), DATABASE_TIMEOUT_MS);
  });
  try {
    const rows = await Promise.race([
      systemDb.$queryRaw<Applied[]>`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
      timeout,
    ]);
    const done = rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
    const pending = committedMigrations()?.filter((name) => !done.includes(name)) ?? [];
    const ok = failed.length === 0 && pending.length === 0;
    return {
      status: ok ? "ok" : "unavailable",
      database: "up",
      migrations: { applied: done.length, last: done.at(-1) ?? null, pending, failed },
    };
  } catch {
    return { status: "unavailable", database: "down", migrations: null };
  } finally {
    clearTimeout(timer);
  }
}
