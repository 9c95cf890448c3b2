import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffRole } from "@/generated/prisma/enums";
import { ARACTS, DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { emailLocalPart, splitName, type AractSlug } from "./helpers.ts";

// The four Aracts, the demo accounts and a few more staff members, so that every region has someone to
// run its clusters. Company members get no membership: their access comes from their pair seats.

type StaffSeed = { email: string; name: string; role: StaffRole; aractSlug: AractSlug | null };

/** Staff without a demo account, named here so that the clusters' data can refer to them. */
export const STAFF_EMAILS = {
  idfAdmin: "isabelle.fontaine@idf.aract.fr",
  nouvelleAquitaine: "sophie.etcheverry@nouvelle-aquitaine.aract.fr",
  hautsDeFrance: "nicolas.dewitte@hauts-de-france.aract.fr",
} as const;

const OTHER_STAFF: readonly StaffSeed[] = [
  { email: STAFF_EMAILS.idfAdmin, name: "Isabelle Fontaine", role: "ARACT_ADMIN", aractSlug: "ile-de-france" },
  {
    email: STAFF_EMAILS.nouvelleAquitaine,
    name: "Sophie Etcheverry",
    role: "CHARGE_DE_MISSION",
    aractSlug: "nouvelle-aquitaine",
  },
  {
    email: STAFF_EMAILS.hautsDeFrance,
    name: "Nicolas Dewitte",
    role: "CHARGE_DE_MISSION",
    aractSlug: "hauts-de-france",
  },
];

/** Upserts the Aracts by slug and returns their ids (an Aract created before the seed keeps its id). */
export async function seedAracts(db: PrismaClient): Promise<Record<AractSlug, string>> {
  const ids: Partial<Record<AractSlug, string>> = {};
  for (const aract of ARACTS) {
    const row = await db.aract.upsert({
      where: { slug: aract.slug },
      create: { id: `demo-aract-${aract.slug}`, ...aract, departements: [...aract.departements] },
      update: { name: aract.name, region: aract.region, departements: [...aract.departements] },
      select: { id: true },
    });
    ids[aract.slug] = row.id;
  }
  return ids as Record<AractSlug, string>;
}

/** Upserts every demo and staff user by e-mail and their memberships; returns e-mail → user id. */
export async function seedUsers(db: PrismaClient, aractIds: Record<AractSlug, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const people: readonly ((typeof DEMO_ACCOUNTS)[number] | StaffSeed)[] = [...DEMO_ACCOUNTS, ...OTHER_STAFF];
  for (const person of people) {
    const { firstName, lastName } = splitName(person.name);
    // Update the name only: a user who already signed in keeps their emailVerified.
    const user = await db.user.upsert({
      where: { email: person.email },
      create: {
        id: `demo-user-${emailLocalPart(firstName, lastName)}`,
        email: person.email,
        name: person.name,
        emailVerified: null,
      },
      update: { name: person.name },
      select: { id: true },
    });
    ids.set(person.email, user.id);
    if (person.role !== "COMPANY_MEMBER") {
      await ensureMembership(db, user.id, person.aractSlug ? aractIds[person.aractSlug] : null, person.role);
    }
  }
  return ids;
}

/**
 * The unique key (userId, aractId, role) cannot be used to upsert the national membership, whose aractId
 * is null (Prisma does not accept null in a compound unique filter), hence find-then-create.
 */
async function ensureMembership(db: PrismaClient, userId: string, aractId: string | null, role: StaffRole) {
  const existing = await db.membership.findFirst({ where: { userId, aractId, role }, select: { id: true } });
  if (existing) return;
  await db.membership.create({
    data: {
      id: `demo-membership-${userId.replace(/^demo-user-/, "")}-${aractId ?? "national"}`,
      userId,
      aractId,
      role,
    },
  });
}
