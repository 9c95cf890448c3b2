import type { PrismaClient } from "@/generated/prisma/client";
import type { ClusterSeed } from "./cluster-seed-types.ts";
import { addDays, day, euros, userIdOf, type SeedContext } from "./helpers.ts";
import { writeParticipation, type ClusterRefs } from "./write-participation.ts";

// Writes one cluster and everything under it. Every id derives from the seed keys and every write is an
// upsert, so running the seed again updates the same rows instead of adding new ones.

export async function writeCluster(db: PrismaClient, ctx: SeedContext, seed: ClusterSeed): Promise<void> {
  const clusterId = `demo-cluster-${seed.key}`;
  const aractId = ctx.aractIds[seed.aract];
  const [leadEmail] = seed.staff;
  const first = seed.history[0];
  const last = seed.history.at(-1);
  if (!leadEmail || !first || !last) throw new Error(`Cluster ${seed.key} : équipe ou historique manquant`);
  const leadUserId = userIdOf(ctx, leadEmail);

  const cluster = {
    id: clusterId,
    aractId,
    programmeId: seed.programme ? ctx.programmeIds[seed.programme] : null,
    name: seed.name,
    description: seed.description,
    themes: [...seed.themes],
    kind: seed.kind,
    territory: seed.territory ?? null,
    sector: seed.sector ?? null,
    startDate: day(seed.startDate),
    endDate: day(seed.endDate),
    plannedCollectiveSessions: seed.plannedCollectiveSessions,
    plannedSupportDaysPerCompany: seed.plannedSupportDaysPerCompany,
    status: last.status,
    createdAt: day(first.on),
  };
  await db.cluster.upsert({ where: { id: clusterId }, create: cluster, update: cluster });

  for (const email of seed.staff) {
    const userId = userIdOf(ctx, email);
    await db.clusterStaff.upsert({
      where: { clusterId_userId: { clusterId, userId } },
      create: { aractId, clusterId, userId },
      update: {},
    });
  }

  for (const [i, change] of seed.history.entries()) {
    const row = {
      id: `${clusterId}-status-${i + 1}`,
      aractId,
      clusterId,
      fromStatus: seed.history[i - 1]?.status ?? null,
      toStatus: change.status,
      changedById: leadUserId,
      changedAt: day(change.on),
      note: change.note ?? null,
    };
    await db.clusterStatusChange.upsert({ where: { id: row.id }, create: row, update: row });
  }

  const partnerIds = new Map<string, string>();
  for (const partner of seed.partners) {
    const row = {
      id: `${clusterId}-partner-${partner.key}`,
      aractId,
      clusterId,
      name: partner.name,
      kind: partner.kind,
      role: partner.role,
    };
    await db.clusterPartner.upsert({ where: { id: row.id }, create: row, update: row });
    partnerIds.set(partner.key, row.id);
  }

  for (const funder of seed.funders) {
    const row = {
      id: `${clusterId}-funder-${funder.key}`,
      aractId,
      clusterId,
      name: funder.name,
      amountCents: funder.amountEuros === null ? null : euros(funder.amountEuros),
    };
    await db.clusterFunder.upsert({ where: { id: row.id }, create: row, update: row });
  }

  const sessions = [];
  for (const [i, session] of seed.sessions.entries()) {
    const row = {
      id: `${clusterId}-session-${i + 1}`,
      aractId,
      clusterId,
      title: session.title,
      date: day(session.date),
      slot: session.slot,
      place: session.place,
      agenda: session.agenda,
    };
    await db.collectiveSession.upsert({ where: { id: row.id }, create: row, update: row });
    sessions.push({ id: row.id, date: session.date });
  }

  // Participations move CANDIDATE → ENROLLED → COMPLETED: candidacies arrive one a day from the opening of
  // recruitment, each enrolled a week later, all completed when the cluster closed.
  const recruitingOn = seed.history.find((h) => h.status === "RECRUITING")?.on ?? addDays(seed.startDate, -60);
  const closedOn = seed.history.find((h) => h.status === "CLOSED")?.on ?? seed.endDate;
  const closed = seed.history.some((h) => h.status === "CLOSED");
  const refs: ClusterRefs = { clusterId, aractId, leadUserId, partnerIds, sessions, closedOn, closed };
  for (const [i, company] of seed.companies.entries()) {
    const candidateOn = addDays(recruitingOn, i);
    await writeParticipation(db, ctx, seed, refs, company, { index: i, candidateOn });
  }

  if (seed.evaluation) {
    // Evaluation's unique key includes a nullable column, so the cluster-level row is found by its id.
    const row = { id: `${clusterId}-evaluation`, aractId, clusterId, participationId: null, ...seed.evaluation };
    await db.evaluation.upsert({ where: { id: row.id }, create: row, update: row });
  }
}
