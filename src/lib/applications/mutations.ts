import "server-only";
import type { z } from "zod";
import { scopedDb, systemDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import type { NationalScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/mutations";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { log } from "@/lib/log";
import { env } from "@/env";
import { openClusterOf } from "@/lib/companies/mutations";
import { createCompanies, enrolWithPairs } from "@/lib/companies/enrolments";
import { invitePair } from "@/lib/participations/pair-seats";
import type { Prisma } from "@/generated/prisma/client";
import { aractForPostcode } from "./routing";
import { currentYear, openClusterWhere, openProgrammeWhere } from "@/lib/calls/rules";
import { todayInFrance } from "@/lib/dates/day";
import { applicationDeclinedEmail, applicationReceivedEmail } from "./emails";
import { ALREADY_DECIDED, APPLICATION_WINDOW_MS, NOT_OPEN, TOO_MANY_APPLICATIONS, applicationVerdict } from "./rules";
import type { AcceptApplicationInput, ApplicationInput, DeclineApplicationInput, RouteApplicationInput } from "./schemas";

type Tx = Prisma.TransactionClient;
type Submission = z.output<typeof ApplicationInput>;

const publicUrl = (path: string) => `${new URL(env().NEXTAUTH_URL).origin}${path}`;
const callPath = (target: { kind: "cluster" | "programme"; id: string }) =>
  `/candidater/${target.kind === "cluster" ? "clusters" : "programmes"}/${target.id}`;

/** Where a submission goes: the cluster's Aract; a regional programme's; a national one's by postcode, or nobody. */
async function destinationOf(tx: Tx, submission: Submission) {
  const { target } = submission;
  if (target.kind === "cluster") {
    const cluster = await tx.cluster.findFirst({
      where: { id: target.id, ...openClusterWhere },
      select: { id: true, name: true, aractId: true, programmeId: true, aract: { select: { name: true } } },
    });
    if (!cluster) throw new AppError(NOT_OPEN);
    return {
      aractId: cluster.aractId,
      aractName: cluster.aract.name,
      clusterId: cluster.id,
      programmeId: cluster.programmeId,
      words: `au « ${cluster.name} »`,
    };
  }
  const programme = await tx.programme.findFirst({
    where: { id: target.id, ...openProgrammeWhere(currentYear(todayInFrance())) },
    select: { id: true, name: true, aract: { select: { id: true, name: true } } },
  });
  if (!programme) throw new AppError(NOT_OPEN);
  const words = `au programme « ${programme.name} »`;
  if (programme.aract) return { aractId: programme.aract.id, aractName: programme.aract.name, clusterId: null, programmeId: programme.id, words };
  const aracts = await tx.aract.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, departements: true } });
  const aractId = aractForPostcode(submission.company.postalCode, aracts);
  const aractName = aracts.find((aract) => aract.id === aractId)?.name ?? null;
  return { aractId, aractName, clusterId: null, programmeId: programme.id, words };
}

/**
 * Stores an application from a public page and confirms it by e-mail. The answer is the same whether the
 * structure is known or not, and says nothing of any other. A robot filling the hidden field is answered
 * the same, and nothing is stored. Past the limit per address or per IP (counted in the database under a
 * lock, so that every instance counts the same submissions), nothing is stored either.
 */
export async function submitApplication(submission: Submission, ip: string, now = new Date()): Promise<{ received: true }> {
  if (submission.website) {
    log.info({ ip }, "Candidature écartée : champ caché rempli.");
    return { received: true };
  }
  const email = submission.direction.email!;
  await systemDb.$transaction(async (tx) => {
    // One submission at a time per address and per IP, so that every instance counts the same rows; a second
    // one arriving meanwhile is refused at once rather than waiting (a flood never piles up on connections).
    const [locks] = await tx.$queryRaw<{ ip: boolean; email: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtext(${`application-ip:${ip}`})) AS ip,
             pg_try_advisory_xact_lock(hashtext(${`application-email:${email}`})) AS email`;
    if (!locks?.ip || !locks.email) throw new AppError(TOO_MANY_APPLICATIONS);
    const since = new Date(now.getTime() - APPLICATION_WINDOW_MS);
    const [forEmail, forIp] = await Promise.all([
      tx.applicationRequest.count({ where: { email, createdAt: { gt: since } } }),
      tx.applicationRequest.count({ where: { ip, createdAt: { gt: since } } }),
    ]);
    if (applicationVerdict({ forEmail, forIp }) === "too-many") throw new AppError(TOO_MANY_APPLICATIONS);
    await tx.applicationRequest.create({ data: { email, ip, createdAt: now } });
    await tx.applicationRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } } });

    const destination = await destinationOf(tx, submission);
    const { company, direction, staffRepresentative } = submission;
    const application = await tx.application.create({
      data: {
        aractId: destination.aractId,
        clusterId: destination.clusterId,
        programmeId: destination.programmeId,
        companyName: company.name,
        siret: company.siret,
        nafCode: company.nafCode,
        headcount: company.headcount,
        postalCode: company.postalCode,
        city: company.city ?? null,
        directionFirstName: direction.firstName,
        directionLastName: direction.lastName,
        directionJobTitle: direction.jobTitle ?? null,
        directionEmail: email,
        staffFirstName: staffRepresentative.firstName,
        staffLastName: staffRepresentative.lastName,
        staffJobTitle: staffRepresentative.jobTitle ?? null,
        staffEmail: staffRepresentative.email ?? null,
        project: submission.project,
        consentAt: now,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      aractId: destination.aractId,
      action: "application.submitted",
      entityType: "Application",
      entityId: application.id,
      changes: { target: submission.target.kind, routed: destination.aractId !== null },
    });
    await enqueueEmail(
      applicationReceivedEmail({
        to: email,
        targetWords: destination.words,
        aractName: destination.aractName,
        link: publicUrl(callPath(submission.target)),
      }),
      tx,
    );
  });
  return { received: true };
}

/** A pending application of the caller's Aract, at the version the page showed. */
async function pendingApplication(tx: Tx, aractId: string | null, applicationId: string, version: number) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, aractId },
    include: { cluster: { select: { name: true } }, programme: { select: { name: true } } },
  });
  if (!application) throw new NotFoundError("Cette candidature");
  if (application.status !== "PENDING" || application.version !== version) throw new AppError(ALREADY_DECIDED);
  return application;
}

/** Moves an application on from the version read; another decision made meanwhile refuses this one. */
async function decide(tx: Tx, id: string, version: number, data: Prisma.ApplicationUpdateManyMutationInput & { aractId?: string; participationId?: string }) {
  const moved = await tx.application.updateMany({ where: { id, version, status: "PENDING" }, data: { ...data, version: version + 1 } });
  if (moved.count === 0) throw new AppError(ALREADY_DECIDED);
}

/**
 * Accepts an application: the structure (found by its SIRET among the Aract's, else created from the
 * application) is enrolled in the chosen open cluster with its pair, its history starting with its
 * candidacy, and each member of the pair who has an address is invited.
 */
export async function acceptApplication(scope: AractScope, input: z.output<typeof AcceptApplicationInput>) {
  return scopedDb(scope).$transaction(
    async (tx) => {
      const application = await pendingApplication(tx, scope.aractId, input.applicationId, input.version);
      // Claimed first: a second decision at the same moment (a double click, a colleague) waits, then is refused.
      await decide(tx, application.id, input.version, {});
      const cluster = await openClusterOf(tx, scope, input.clusterId);
      if (cluster.status !== "RECRUITING" && cluster.status !== "RUNNING") {
        throw fieldError("clusterId", "Choisissez un cluster en recrutement ou en cours.");
      }
      const known = await tx.company.findUnique({
        where: { aractId_siret: { aractId: scope.aractId, siret: application.siret } },
        select: { id: true, name: true, headcount: true, participations: { where: { clusterId: cluster.id }, select: { id: true } } },
      });
      if (known?.participations.length) {
        throw fieldError("clusterId", `${known.name} (même SIRET) est déjà dans ce cluster : choisissez-en un autre, ou refusez la candidature.`);
      }
      const company =
        known ??
        (
          await createCompanies(tx, scope, [
            {
              name: application.companyName,
              siret: application.siret,
              nafCode: application.nafCode,
              headcount: application.headcount,
              postalCode: application.postalCode,
              city: application.city ?? undefined,
            },
          ])
        )[0]!;
      const person = (side: "direction" | "staff") => ({
        firstName: application[`${side}FirstName`],
        lastName: application[`${side}LastName`],
        jobTitle: application[`${side}JobTitle`] ?? undefined,
        email: application[`${side}Email`] ?? undefined,
      });
      const [participationId] = await enrolWithPairs(tx, scope, cluster.id, [
        {
          company,
          direction: person("direction"),
          staffRepresentative: person("staff"),
          project: application.project,
          candidateSince: application.createdAt,
        },
      ]);
      const invited = await invitePair(tx, scope, participationId!);
      await tx.application.update({
        where: { id: application.id },
        data: { status: "ACCEPTED", participationId, decidedById: scope.userId, decidedAt: new Date() },
      });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "application.accepted",
        entityType: "Application",
        entityId: application.id,
        changes: { status: ["PENDING", "ACCEPTED"], clusterId: cluster.id, participationId: participationId!, invited },
      });
      return { participationId: participationId!, clusterId: cluster.id, invited };
    },
    { timeout: 30_000 },
  );
}

/** Declines an application; the structure is told why, by e-mail. */
export async function declineApplication(scope: AractScope, input: z.output<typeof DeclineApplicationInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const application = await pendingApplication(tx, scope.aractId, input.applicationId, input.version);
    await decide(tx, application.id, input.version, {
      status: "DECLINED",
      declineReason: input.reason,
      decidedById: scope.userId,
      decidedAt: new Date(),
    });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: scope.aractId,
      action: "application.declined",
      entityType: "Application",
      entityId: application.id,
      changes: { status: ["PENDING", "DECLINED"] },
    });
    await enqueueEmail(
      applicationDeclinedEmail({
        to: application.directionEmail,
        firstName: application.directionFirstName,
        companyName: application.companyName,
        targetWords: application.cluster
          ? `au « ${application.cluster.name} »`
          : `au programme « ${application.programme?.name ?? ""} »`,
        aractName: scope.aractName,
        declinedBy: scope.name,
        reason: input.reason,
        link: publicUrl("/candidater"),
      }),
      tx,
    );
    return { applicationId: application.id };
  });
}

/** The national side gives an unrouted application to an Aract, which then decides it. */
export async function routeApplication(scope: NationalScope, input: z.output<typeof RouteApplicationInput>) {
  return scopedDb(scope).$transaction(async (tx) => {
    const application = await pendingApplication(tx, null, input.applicationId, input.version);
    const aract = await tx.aract.findFirst({ where: { id: input.aractId, deactivatedAt: null }, select: { id: true } });
    if (!aract) throw fieldError("aractId", "Cette Aract est introuvable ou désactivée.");
    await decide(tx, application.id, input.version, { aractId: aract.id });
    await recordAudit(tx, {
      actorId: scope.userId,
      aractId: aract.id,
      action: "application.routed",
      entityType: "Application",
      entityId: application.id,
      changes: { aractId: [null, aract.id] },
    });
    return { applicationId: application.id };
  });
}
