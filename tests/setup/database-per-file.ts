import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import { ensureDatabase } from "../../scripts/lib/embedded-db.ts";
import { EMBEDDED_APP_PASSWORD, EMBEDDED_APP_ROLE, urlAs } from "../../scripts/lib/app-role.ts";

// Runs before each integration test file: a database of its own, copied from the migrated template,
// so files never see each other's rows. The app's modules read DATABASE_URL (the app's role) when first
// imported; the tests' own client (testDb) builds and checks rows as the owner, TEST_OWNER_DATABASE_URL.
const adminUrl = inject("databaseAdminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, "clusters_template");
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.TEST_OWNER_DATABASE_URL = url.toString();
process.env.DATABASE_URL = urlAs(url.toString(), EMBEDDED_APP_ROLE, EMBEDDED_APP_PASSWORD);
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0000";
process.env.APP_ENV = "test";
// The integration suite runs the demo's configuration: no SMTP server, the local outbox on.
process.env.DEMO_OUTBOX = "on";
