import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

// One client per process (Next's dev server reloads modules: keep it on globalThis).
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // The pg pool waits forever for a free connection by default: fail fast instead.
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.prisma ?? createClient();
globalForDb.prisma = db;
