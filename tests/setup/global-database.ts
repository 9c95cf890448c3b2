import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb, freePort, ensureDatabase } from "../../scripts/lib/embedded-db.ts";
import { applyMigrations } from "../../scripts/lib/migrations.ts";
import { EMBEDDED_APP_ROLE, ensureAppRole, grantAppPrivileges } from "../../scripts/lib/app-role.ts";

export const TEMPLATE_DATABASE = "clusters_template";

/**
 * One throw-away PostgreSQL for the run, with a migrated template database; each test file then
 * gets its own copy (CREATE DATABASE … TEMPLATE, ~40 ms). With TEST_DATABASE_ADMIN_URL set, an
 * external server is used instead.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let teardown = async () => {};
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "clusters-test-"));
    chmodSync(dir, 0o755);
    const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
    adminUrl = db.urlFor("postgres");
    teardown = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString());
  // The app's modules connect as the app's role, bound by row-level security, as in production.
  await ensureAppRole(adminUrl);
  await grantAppPrivileges(templateUrl.toString(), EMBEDDED_APP_ROLE);
  project.provide("databaseAdminUrl", adminUrl);
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
