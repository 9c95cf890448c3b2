// Applies the committed migrations (what `prisma migrate deploy` would do) as the owner, MIGRATION_DATABASE_URL
// (DATABASE_URL when unset), then grants the app's role of DATABASE_URL what it may do.
import { configuredUrls, migrateDatabase } from "./lib/database.ts";

const urls = configuredUrls();
if (!urls) {
  console.error("DATABASE_URL manque.");
  process.exit(1);
}
const applied = await migrateDatabase(urls);
console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}.` : "Base à jour.");
