import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { withSiretCheckDigit } from "@/lib/companies/siret";

// Builders of small, explicit worlds for integration tests. Each call makes unique rows.

export function testDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
}

let counter = 0;
const next = () => ++counter;

export async function createAract(db: PrismaClient, name = `Aract ${next()}`) {
  const n = next();
  return db.aract.create({ data: { slug: `aract-${n}-${Date.now()}`, name, region: name } });
}

export async function createStaffUser(
  db: PrismaClient,
  role: "NATIONAL" | "ARACT_ADMIN" | "CHARGE_DE_MISSION",
  aractId: string | null,
) {
  const n = next();
  return db.user.create({
    data: {
      email: `staff${n}@exemple.fr`,
      name: `Personne ${n}`,
      memberships: { create: { role, aractId } },
    },
  });
}

export async function createCluster(db: PrismaClient, aractId: string, overrides: { staffUserId?: string } = {}) {
  const n = next();
  return db.cluster.create({
    data: {
      aractId,
      name: `Cluster ${n}`,
      themes: ["QVCT"],
      kind: "TERRITORIAL",
      territory: "Territoire",
      startDate: new Date("2026-09-01"),
      endDate: new Date("2027-06-30"),
      plannedCollectiveSessions: 5,
      plannedSupportDaysPerCompany: 3,
      status: "RUNNING",
      staff: overrides.staffUserId ? { create: { aractId, userId: overrides.staffUserId } } : undefined,
    },
  });
}

/** A company enrolled in a cluster with its pair; the direction member has an account. */
export async function enrolCompany(db: PrismaClient, clusterId: string, aractId: string) {
  const n = next();
  const company = await db.company.create({
    data: {
      aractId,
      name: `Entreprise ${n}`,
      siret: withSiretCheckDigit(String(1000000000000 + n * 7919).slice(0, 13)),
      nafCode: "10.20Z",
      headcount: 40 + n,
    },
  });
  const participation = await db.participation.create({
    data: { aractId, clusterId, companyId: company.id, status: "ENROLLED", headcountAtEntry: company.headcount },
  });
  const user = await db.user.create({ data: { email: `direction${n}@entreprise.fr`, name: `Direction ${n}` } });
  const direction = await db.person.create({
    data: { aractId, userId: user.id, firstName: "Dir", lastName: `${n}`, email: user.email },
  });
  const staffRep = await db.person.create({
    data: { aractId, firstName: "Rep", lastName: `${n}`, email: `cse${n}@entreprise.fr` },
  });
  await db.pairMember.createMany({
    data: [
      { aractId, participationId: participation.id, personId: direction.id, side: "DIRECTION" },
      { aractId, participationId: participation.id, personId: staffRep.id, side: "STAFF_REPRESENTATIVE" },
    ],
  });
  return { company, participation, user, direction, staffRep };
}

export async function createSession(db: PrismaClient, clusterId: string, aractId: string, date: string) {
  return db.collectiveSession.create({
    data: { aractId, clusterId, title: `Séance du ${date}`, date: new Date(date), halfDay: "MORNING", place: "Rennes" },
  });
}

/** A partner of a cluster (who may deliver support days). */
export async function createPartner(db: PrismaClient, clusterId: string, aractId: string, name = `Partenaire ${next()}`) {
  return db.clusterPartner.create({ data: { aractId, clusterId, name, kind: "CARSAT" } });
}

/** A support day delivered to a company by a staff user, on a day of the cluster's period. */
export async function createSupportDay(
  db: PrismaClient,
  participation: { id: string; clusterId: string; aractId: string },
  deliveredByUserId: string,
  date = "2026-10-13",
  durationDays = 1,
) {
  return db.supportDay.create({
    data: {
      aractId: participation.aractId,
      clusterId: participation.clusterId,
      participationId: participation.id,
      date: new Date(date),
      durationDays,
      kind: "DIAGNOSTIC",
      deliveredByUserId,
    },
  });
}

/** A collective session on a given day and half-day, cancelled when asked. */
export async function planSession(
  db: PrismaClient,
  cluster: { id: string; aractId: string },
  { date, halfDay = "MORNING", title = `Séance du ${date}`, cancelled = false }: { date: string; halfDay?: "MORNING" | "AFTERNOON"; title?: string; cancelled?: boolean },
) {
  return db.collectiveSession.create({
    data: {
      aractId: cluster.aractId,
      clusterId: cluster.id,
      title,
      date: new Date(date),
      halfDay,
      place: "Brest, technopôle Brest-Iroise",
      cancelledAt: cancelled ? new Date() : null,
    },
  });
}

/** One person's recorded attendance at a session. */
export async function markAttendance(
  db: PrismaClient,
  session: { id: string; aractId: string },
  person: { id: string },
  participationId: string,
  status: "PRESENT" | "EXCUSED" | "ABSENT",
) {
  return db.attendance.create({ data: { aractId: session.aractId, sessionId: session.id, personId: person.id, participationId, status } });
}

/**
 * The world most action tests start from: two Aracts (ours and another), a chargé de mission in
 * each, a national user, a running cluster of our Aract in our chargé's charge, and a company
 * enrolled in it. Each test file adds what is specific to it.
 */
export async function createTwoAracts(db: PrismaClient, { aractName = "Aract Ouest" }: { aractName?: string } = {}) {
  const aract = await createAract(db, aractName);
  const other = await createAract(db, "Aract Est");
  const charge = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
  const otherCharge = await createStaffUser(db, "CHARGE_DE_MISSION", other.id);
  const national = await createStaffUser(db, "NATIONAL", null);
  const cluster = await createCluster(db, aract.id, { staffUserId: charge.id });
  const member = await enrolCompany(db, cluster.id, aract.id);
  return { aract, other, charge, otherCharge, national, cluster, member };
}
