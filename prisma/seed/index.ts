// Loads the demo data: DATABASE_URL=postgresql://… npx tsx prisma/seed/index.ts (or npm run db:seed).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { seedDemo } from "./demo.ts";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL manquant : indiquez l'URL postgresql:// de la base à remplir.");
  process.exit(1);
}

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
try {
  await seedDemo(db);
  console.log("Données de démonstration chargées.");
} finally {
  await db.$disconnect();
}
