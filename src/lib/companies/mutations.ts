import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { recordAudit } from "@/lib/audit/record";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { PairSide } from "@/generated/prisma/enums";
import { EnrolCompanyInput, PairPersonInput } from "./schemas";
import { ALREADY_ENROLLED, knownSiretProblem } from "./rules";

type Tx = Prisma.TransactionClient;
type PersonFields = z.output<typeof PairPersonInput>;
type EnrolFields = z.output<typeof EnrolCompanyInput>;

/**
 * The person of the Aract with this e-mail (one address, one person: Person is unique per Aract and
 * e-mail), or a new one. Someone without an address is always a new person: nothing identifies them.
 */
export async function findOrCreatePerson(
  tx: Tx,
  scope: AractScope,
  person: PersonFields,
): Promise<{ id: string; created: boolean }> {
  if (person.email) {
    const known = await tx.person.findUnique({
      where: { aractId_email: { aractId: scope.aractId, email: person.email } },
      select: { id: true },
    });
    if (known) return { id: known.id, created: false };
  }
  const created = await tx.person.create({
    data: {
      aractId: scope.aractId,
      firstName: person.firstName,
      lastName: person.lastName,
      jobTitle: person.jobTitle ?? null,
      email: person.email ?? null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: scope.userId,
    aractId: scope.aractId,
    action: "person.created",
    entityType: "Person",
    entityId: created.id,
  });
  return { id: created.id, created: true };
}

/** Seats a person on one side of a participation's pair, with its audit entry. */
export async function seatPerson(
  tx: Tx,
  scope: AractScope,
  participationId: string,
  side: PairSide,
  person: { id: string; created: boolean },
  action = "pair.member-added",
): Promise<string> {
  const seat = await tx.pairMember.create({
    data: { aractId: scope.aractId, participationId, personId: person.id, side },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: scope.userId,
    aractId: scope.aractId,
    action,
    entityType: "PairMember",
    entityId: seat.id,
    changes: { participationId, side, personId: person.id, newPerson: person.created },
  });
  return seat.id;
}

/** The company picked among the Aract's own (another Aract's answers "not found"), or a new one. */
async function resolveCompany(tx: Tx, scope: AractScope, clusterId: string, choice: EnrolFields["company"]) {
  if (choice.mode === "existing") {
    const company = await tx.company.findFirst({
      where: { id: choice.id, aractId: scope.aractId },
      select: { id: true, name: true, headcount: true },
    });
    if (!company) throw new NotFoundError("Cette entreprise");
    return { ...company, field: "company.id" };
  }
  const known = await tx.company.findUnique({
    where: { aractId_siret: { aractId: scope.aractId, siret: choice.siret } },
    select: { name: true, participations: { where: { clusterId }, select: { id: true } } },
  });
  if (known) {
    throw fieldError(
      "company.siret",
      knownSiretProblem({ name: known.name, enrolledHere: known.participations.length > 0 }),
    );
  }
  const company = await tx.company.create({
    data: {
      aractId: scope.aractId,
      name: choice.name,
      siret: choice.siret,
      nafCode: choice.nafCode,
      headcount: choice.headcount,
      city: choice.city ?? null,
      postalCode: choice.postalCode ?? null,
    },
    select: { id: true, name: true, headcount: true },
  });
  await recordAudit(tx, {
    actorId: scope.userId,
    aractId: scope.aractId,
    action: "company.created",
    entityType: "Company",
    entityId: company.id,
    changes: { name: choice.name, siret: choice.siret, nafCode: choice.nafCode, headcount: choice.headcount },
  });
  return { ...company, field: "company.siret" };
}

/**
 * Enrols a company in a cluster with its pair: the participation starts ENROLLED (its history says
 * so from its first line) with the company's headcount of the day, kept for the reports.
 */
export async function enrolCompany(
  scope: AractScope,
  input: EnrolFields,
): Promise<{ participationId: string; clusterId: string }> {
  try {
    return await scopedDb(scope).$transaction(async (tx) => {
      const cluster = await tx.cluster.findFirst({
        where: { id: input.clusterId, aractId: scope.aractId },
        select: { id: true, status: true },
      });
      if (!cluster) throw new NotFoundError("Ce cluster");
      if (!isOpen(cluster.status))
        throw new AppError("Ce cluster est évalué : on ne peut plus y inscrire d'entreprise.");

      const company = await resolveCompany(tx, scope, cluster.id, input.company);
      const duplicate = await tx.participation.findFirst({
        where: { clusterId: cluster.id, companyId: company.id },
        select: { id: true },
      });
      if (duplicate) throw fieldError(company.field, ALREADY_ENROLLED);

      const participation = await tx.participation.create({
        data: {
          aractId: scope.aractId,
          clusterId: cluster.id,
          companyId: company.id,
          status: "ENROLLED",
          headcountAtEntry: company.headcount,
        },
        select: { id: true },
      });
      await tx.participationStatusChange.create({
        data: {
          aractId: scope.aractId,
          participationId: participation.id,
          toStatus: "ENROLLED",
          changedById: scope.userId,
        },
      });
      await recordAudit(tx, {
        actorId: scope.userId,
        aractId: scope.aractId,
        action: "participation.enrolled",
        entityType: "Participation",
        entityId: participation.id,
        changes: { clusterId: cluster.id, companyId: company.id, status: [null, "ENROLLED"] },
      });

      const direction = await findOrCreatePerson(tx, scope, input.direction);
      const staffRepresentative = await findOrCreatePerson(tx, scope, input.staffRepresentative);
      if (direction.id === staffRepresentative.id) {
        throw fieldError(
          "staffRepresentative.email",
          "Cette personne représente déjà la direction : le binôme réunit deux personnes.",
        );
      }
      await seatPerson(tx, scope, participation.id, "DIRECTION", direction);
      await seatPerson(tx, scope, participation.id, "STAFF_REPRESENTATIVE", staffRepresentative);
      return { participationId: participation.id, clusterId: cluster.id };
    });
  } catch (error) {
    // Two enrolments of the same company at once: the database's unique index stops the second.
    if ((error as { code?: string }).code === "P2002") {
      throw fieldError(input.company.mode === "existing" ? "company.id" : "company.siret", ALREADY_ENROLLED);
    }
    throw error;
  }
}
