import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";

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
