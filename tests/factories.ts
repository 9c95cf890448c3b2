import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { withSiretCheckDigit } from "@/lib/companies/siret";

// Builders of small, explicit worlds for integration tests. Each call makes unique rows.

export function testDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.TEST_OWNER_DATABASE_URL! }) });
}

let counter = 0;
const next = () => ++counter;

export async function createAract(db: PrismaClient, name = `Aract ${next()}`) {
  const n = next();
  return db.aract.create({ data: { slug: `aract-${n}-${Date.now()}`, name, region: name } });
}

export async function createStaffUser(
  db: PrismaClient,
  role: "NATIONAL_ADMIN" | "NATIONAL" | "ARACT_ADMIN" | "CHARGE_DE_MISSION",
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
    data: { aractId, clusterId, title: `Séance du ${date}`, date: new Date(date), slot: "MORNING", place: "Rennes" },
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
  { date, slot = "MORNING", title = `Séance du ${date}`, cancelled = false }: { date: string; slot?: "MORNING" | "AFTERNOON"; title?: string; cancelled?: boolean },
) {
  return db.collectiveSession.create({
    data: {
      aractId: cluster.aractId,
      clusterId: cluster.id,
      title,
      date: new Date(date),
      slot,
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

// ───── Diagnostics ─────

type QuestionSeed = {
  key: string;
  label?: string;
  type: "SCALE" | "YES_NO" | "NUMBER" | "PERCENTAGE" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "TEXT";
  options?: { value: string; label: string }[];
  required?: boolean;
};

const SCALE_OPTIONS = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni l'un ni l'autre", "Plutôt d'accord", "Tout à fait d'accord"].map(
  (label, i) => ({ value: String(i + 1), label }),
);

/** A small published diagnostic template: two sections with one question of each type. */
export const DIAGNOSTIC_SECTIONS: { key: string; title: string; questions: QuestionSeed[] }[] = [
  {
    key: "mixite",
    title: "Mixité des emplois",
    questions: [
      { key: "mixite-postes", label: "Les postes sont ouverts aux femmes comme aux hommes", type: "SCALE", options: SCALE_OPTIONS, required: true },
      { key: "mixite-accord", label: "Un accord égalité est en vigueur", type: "YES_NO", required: true },
      { key: "mixite-effectif", label: "Nombre de femmes en production", type: "NUMBER" },
      { key: "mixite-part", label: "Part de femmes cadres", type: "PERCENTAGE" },
    ],
  },
  {
    key: "conditions",
    title: "Conditions de travail",
    questions: [
      { key: "conditions-charge", label: "La charge physique est maîtrisée", type: "SCALE", options: SCALE_OPTIONS },
      {
        key: "conditions-horaires",
        label: "Les horaires sont connus",
        type: "SINGLE_CHOICE",
        options: [
          { value: "semaine", label: "Une semaine à l'avance" },
          { value: "mois", label: "Un mois à l'avance" },
        ],
      },
      {
        key: "conditions-risques",
        label: "Risques présents",
        type: "MULTIPLE_CHOICE",
        options: [
          { value: "bruit", label: "Bruit" },
          { value: "froid", label: "Froid" },
          { value: "charges", label: "Port de charges" },
        ],
      },
      { key: "conditions-commentaire", label: "Commentaire", type: "TEXT" },
    ],
  },
];

/** A published template (national unless an aractId is given); returns it with its questions by key. */
export async function createDiagnosticTemplate(
  db: PrismaClient,
  { aractId = null, sections = DIAGNOSTIC_SECTIONS }: { aractId?: string | null; sections?: typeof DIAGNOSTIC_SECTIONS } = {},
) {
  const n = next();
  const template = await db.diagnosticTemplate.create({
    data: { aractId, key: `diagnostic-${n}-${Date.now()}`, version: 1, theme: "EGALITE_PROFESSIONNELLE", title: `Diagnostic ${n}`, publishedAt: new Date() },
  });
  const questions: Record<string, { id: string; key: string }> = {};
  for (const [s, section] of sections.entries()) {
    const row = await db.diagnosticSection.create({ data: { templateId: template.id, key: section.key, title: section.title, position: s + 1 } });
    for (const [q, question] of section.questions.entries()) {
      questions[question.key] = await db.diagnosticQuestion.create({
        data: {
          templateId: template.id,
          sectionId: row.id,
          key: question.key,
          label: question.label ?? question.key,
          type: question.type,
          options: question.options ?? [],
          required: question.required ?? false,
          position: q + 1,
        },
        select: { id: true, key: true },
      });
    }
  }
  return { template, questions };
}

/** The cluster's companies fill in this template. */
export async function attachTemplate(db: PrismaClient, cluster: { id: string; aractId: string }, templateId: string) {
  return db.clusterTemplate.create({ data: { aractId: cluster.aractId, clusterId: cluster.id, templateId } });
}

/** Gives a pair member (a Person without an account) an account, so that they can sign in and answer. */
export async function giveAccount(db: PrismaClient, person: { id: string; email: string | null }) {
  const user = await db.user.create({ data: { email: person.email ?? `membre${next()}@entreprise.fr`, name: "Membre du binôme" } });
  await db.person.update({ where: { id: person.id }, data: { userId: user.id } });
  return user;
}

/** One pair member's response to a template, with answers given as { questionId: value }. */
export async function createResponseWithAnswers(
  db: PrismaClient,
  participation: { id: string; aractId: string },
  { templateId, personId, side = "DIRECTION", answers = {} }: {
    templateId: string;
    personId: string;
    side?: "DIRECTION" | "STAFF_REPRESENTATIVE" | null;
    answers?: Record<string, unknown>;
  },
) {
  const response = await db.diagnosticResponse.create({
    data: { aractId: participation.aractId, participationId: participation.id, templateId, personId, side },
  });
  await db.diagnosticAnswer.createMany({
    data: Object.entries(answers).map(([questionId, value]) => ({
      aractId: participation.aractId,
      responseId: response.id,
      questionId,
      value: value as never,
    })),
  });
  return response;
}
