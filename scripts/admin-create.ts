// `npm run admin:create -- --email … --name …`: the first national administrator of a new platform (or another
// one later). Applies the migrations, then creates the account or gives it the role; running it again changes
// nothing. DATABASE_URL when set, otherwise the embedded database of `npm start`.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseProblem, migrateDatabase, openProjectDatabase, scriptClient, type ProjectDatabase } from "./lib/database.ts";
import { createNationalAdmin } from "./lib/national-admin.ts";
import { root } from "./lib/project.ts";

const USAGE = 'Usage : npm run admin:create -- --email prenom.nom@anact.fr --name "Prénom Nom"';

function readArgs(): { email?: string; name?: string } {
  try {
    return parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } }).values;
  } catch {
    console.error(`Arguments non reconnus : ${process.argv.slice(2).join(" ")}\n${USAGE}`);
    process.exit(1);
  }
}

const args = readArgs();
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

let database: ProjectDatabase | null = null;
try {
  database = await openProjectDatabase();
  const problem = await databaseProblem(database.url);
  if (problem) throw new Error(problem);
  await migrateDatabase(database);
  const db = scriptClient(database.ownerUrl);
  try {
    const result = await createNationalAdmin(db, args);
    if (result.ok) console.log(result.line);
    else {
      console.error(`${result.line}\n${USAGE}`);
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database?.embedded?.stop().catch(() => {});
}
