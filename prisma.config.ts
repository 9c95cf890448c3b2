import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded offline; pointing Prisma at a script that fails keeps
// generate/validate/format working. Never point it at /bin/true: migrate would "succeed" doing nothing.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
