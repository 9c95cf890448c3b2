import type { PrismaClient } from "@/generated/prisma/client";
import { seedAracts, seedUsers } from "./aracts-and-users.ts";
import { BRETAGNE_EGALITE_2014 } from "./bretagne-egalite-2014.ts";
import { BRETAGNE_QVCT_2026 } from "./bretagne-qvct-2026.ts";
import { HDF_TELETRAVAIL } from "./hdf-teletravail.ts";
import { IDF_QVCT_2027 } from "./idf-qvct-2027.ts";
import { IDF_QVT_OSP_2018 } from "./idf-qvt-osp-2018.ts";
import { NOUVELLE_AQUITAINE_AGRO_2013 } from "./nouvelle-aquitaine-agro.ts";
import { seedProgrammes } from "./programmes.ts";
import { seedResources } from "./resources.ts";
import { seedTemplates } from "./templates/index.ts";
import { writeCluster } from "./write-cluster.ts";

// The demo data: four Aracts, the demo accounts, three national programmes and six clusters that tell the
// story of the seeds (Bretagne's Clusters Égalité 2014, Île-de-France's QVT cluster for home-care providers,
// the Hauts-de-France télétravail experiment, a 2013 agrifood QVT action in Nouvelle-Aquitaine) plus one
// running and one recruiting cluster around the demo date. Idempotent: every row has a fixed id or is
// upserted by its natural key, so a second run leaves the same data.

export const DEMO_CLUSTERS = [
  BRETAGNE_EGALITE_2014,
  BRETAGNE_QVCT_2026,
  IDF_QVT_OSP_2018,
  IDF_QVCT_2027,
  HDF_TELETRAVAIL,
  NOUVELLE_AQUITAINE_AGRO_2013,
];

export async function seedDemo(db: PrismaClient): Promise<void> {
  const aractIds = await seedAracts(db);
  const userIds = await seedUsers(db, aractIds);
  const programmeIds = await seedProgrammes(db);
  const ctx = { aractIds, userIds, programmeIds };
  for (const cluster of DEMO_CLUSTERS) await writeCluster(db, ctx, cluster);
  await seedResources(db, ctx);
  await seedTemplates(db);
}
