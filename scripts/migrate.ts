// Applies the committed migrations to DATABASE_URL (what `prisma migrate deploy` would do).
import { applyMigrations } from "./lib/migrations.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL manque.");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}.` : "Base à jour.");
