// Writes a new forward-only migration from the difference between the committed migrations and
// prisma/schema.prisma. Usage: npm run db:migration:create -- <name>
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb, freePort } from "./lib/embedded-db.ts";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { applyMigrations, diffLastMigrationToSchema, migrationsDir, schemaPath, SNAPSHOT_FILE } from "./lib/migrations.ts";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>");
  process.exit(1);
}

const dataDir = path.join(os.tmpdir(), `clusters-migration-${process.pid}`, "pg");
const db = await startEmbeddedDb({ dataDir, port: await freePort(), ephemeral: true });
try {
  await db.ensureDatabase("migration");
  const url = db.urlFor("migration");
  const sql = await diffLastMigrationToSchema(url);
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync(schemaPath, path.join(dir, SNAPSHOT_FILE));
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
    // Every migration, the new one included, must apply cleanly to an empty database.
    await applyMigrations(url);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await db.stop();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
}
