import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedDb, type EmbeddedDb } from "./embedded-db.ts";
import { root } from "./project.ts";

export type ProjectDatabase = { url: string; embedded: EmbeddedDb | null };

/**
 * The database of `npm start`, for the commands that work on it: DATABASE_URL when set; otherwise the embedded
 * one (.data/pg), used as it is when `npm start` already runs it, or started for the command (`embedded`,
 * which the command stops when done).
 */
export async function openProjectDatabase(): Promise<ProjectDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/clusters`;
  if ((await databaseProblem(url)) === null) return { url, embedded: null };
  const embedded = await startEmbeddedDb({ dataDir: path.join(root, ".data/pg"), port });
  await embedded.ensureDatabase("clusters");
  return { url: embedded.urlFor("clusters"), embedded };
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
export async function seedIfEmpty(url: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await db.aract.count()) > 0) return false;
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

export async function seedAlways(url: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
