import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedDb, type EmbeddedDb } from "./embedded-db.ts";
import { root } from "./project.ts";
import { applyMigrations } from "./migrations.ts";
import { EMBEDDED_APP_PASSWORD, EMBEDDED_APP_ROLE, ensureAppRole, grantAppPrivileges, roleOf, urlAs } from "./app-role.ts";
import { SYSTEM_SETTINGS } from "../../src/lib/db-settings.ts";

/** The app's connection (`url`, bound by row-level security) and the owner's, which migrates and seeds. */
export type DatabaseUrls = { url: string; ownerUrl: string };
export type ProjectDatabase = DatabaseUrls & { embedded: EmbeddedDb | null };

/** DATABASE_URL is the app's role; MIGRATION_DATABASE_URL the owner's (the same role when unset). */
export function configuredUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls | null {
  const url = env.DATABASE_URL;
  return url ? { url, ownerUrl: env.MIGRATION_DATABASE_URL || url } : null;
}

/** Where the embedded database of `npm start` keeps its data: .data/pg, or EMBEDDED_PG_DIR (a second local instance). */
export function embeddedDataDir(): string {
  return path.resolve(root, process.env.EMBEDDED_PG_DIR || ".data/pg");
}

/** The embedded database's two roles; the app's role is created on first use. */
export async function embeddedUrls(ownerUrl: string): Promise<DatabaseUrls> {
  await ensureAppRole(ownerUrl);
  return { url: urlAs(ownerUrl, EMBEDDED_APP_ROLE, EMBEDDED_APP_PASSWORD), ownerUrl };
}

/**
 * The database of `npm start`, for the commands that work on it: DATABASE_URL when set; otherwise the embedded
 * one (embeddedDataDir()), used as it is when `npm start` already runs it, or started for the command (`embedded`,
 * which the command stops when done).
 */
export async function openProjectDatabase(): Promise<ProjectDatabase> {
  const configured = configuredUrls();
  if (configured) return { ...configured, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const ownerUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/clusters`;
  if ((await databaseProblem(ownerUrl)) === null) return { ...(await embeddedUrls(ownerUrl)), embedded: null };
  const embedded = await startEmbeddedDb({ dataDir: embeddedDataDir(), port });
  await embedded.ensureDatabase("clusters");
  return { ...(await embeddedUrls(embedded.urlFor("clusters"))), embedded };
}

/** Applies the migrations as the owner, then grants the app's role what it may do; the names applied. */
export async function migrateDatabase({ url, ownerUrl }: DatabaseUrls): Promise<string[]> {
  const applied = await applyMigrations(ownerUrl);
  await grantAppPrivileges(ownerUrl, roleOf(url));
  return applied;
}

/** A client for scripts, acting for no caller (row-level security's system role), as the owner. */
export function scriptClient(ownerUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl, options: SYSTEM_SETTINGS }) });
}

/** One line saying why the database cannot be reached and what to do, or null when it can. */
export async function databaseProblem(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const where = (() => {
      try {
        const u = new URL(url);
        return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
      } catch {
        return "l'adresse de DATABASE_URL";
      }
    })();
    const reason = error instanceof Error ? error.message : String(error);
    return `Base de données injoignable (${where} : ${reason}). Vérifiez que PostgreSQL tourne et que DATABASE_URL est juste, ou retirez DATABASE_URL pour utiliser la base embarquée.`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Seeds the demo data when the database holds no Aract yet; true when it did. */
export async function seedIfEmpty(ownerUrl: string): Promise<boolean> {
  const db = scriptClient(ownerUrl);
  try {
    if ((await db.aract.count()) > 0) return false;
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

export async function seedAlways(ownerUrl: string): Promise<void> {
  const db = scriptClient(ownerUrl);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
