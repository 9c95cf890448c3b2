import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { SESSION_SETTINGS } from "./db-settings";

// One client per process (Next's dev server reloads modules: keep it on globalThis), created on first
// use rather than at import, so that `next build` needs no database configuration.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.prisma) {
    // The pg pool waits forever for a free connection by default: fail fast instead.
    const adapter = new PrismaPg({
      connectionString: env().DATABASE_URL,
      connectionTimeoutMillis: 5_000,
      max: 10,
      options: SESSION_SETTINGS,
    });
    globalForDb.prisma = new PrismaClient({ adapter });
  }
  return globalForDb.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
