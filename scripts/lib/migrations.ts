import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";

// Prisma 7's CLI downloads a native schema engine before migrating, which cannot happen offline.
// Prisma's own wasm build of that engine, driven through the pg adapter, applies the same migrations
// and writes the standard `_prisma_migrations` table, so `prisma migrate deploy` elsewhere sees one history.

const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

let initialised: Promise<void> | undefined;

/** Node 20 cannot `import` a .wasm file: instantiate it by hand and hand it to the bindings. */
function initWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    (wasmBindings as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return initialised;
}

async function withEngine<T>(connectionString: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await initWasm();
  const schema = readFileSync(schemaPath, "utf8");
  // Our own pool, so that it can be closed: an idle connection left open would block, for instance,
  // copying the migrated database as a template.
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    adapter,
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export function readMigrationList(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies the committed migrations that the database has not seen yet; returns their names. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  return withEngine(connectionString, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: noFilter,
    });
    return appliedMigrationNames;
  });
}

/** Each migration folder keeps the schema it was made from, the starting point of the next diff. */
export const SNAPSHOT_FILE = "schema.prisma";

/**
 * The SQL from the schema of the last migration to the current one. The wasm engine has neither a
 * shadow database nor working introspection through the adapter, so the snapshots are diffed.
 */
export async function diffLastMigrationToSchema(connectionString: string): Promise<string> {
  const last = readMigrationList().migrationDirectories.at(-1);
  const snapshot = last && path.join(migrationsDir, last.path, SNAPSHOT_FILE);
  return withEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from: snapshot
        ? { tag: "schemaDatamodel", files: [{ path: snapshot, content: readFileSync(snapshot, "utf8") }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: false,
      filters: noFilter,
    });
    return result.stdout ?? "";
  });
}
