import "server-only";
import type { z } from "zod";
import { scopedDb } from "@/lib/db";
import type { AractScope } from "@/lib/actions/server";
import { AppError, NotFoundError, fieldError } from "@/lib/errors";
import { isOpen } from "@/lib/clusters/rules";
import type { Prisma } from "@/generated/prisma/client";
import { EnrolCompanyInput } from "./schemas";
import { createCompanies, enrolWithPairs } from "./enrolments";
import { ALREADY_ENROLLED, ENROLMENT_CLOSED, knownSiretProblem } from "./rules";

type Tx = Prisma.TransactionClient;
type EnrolFields = z.output<typeof EnrolCompanyInput>;

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
  const [company] = await createCompanies(tx, scope, [choice]);
  return { ...company!, field: "company.siret" };
}

/** A cluster of the Aract that still takes enrolments (not evaluated yet). */
export async function openClusterOf(tx: Tx, scope: AractScope, clusterId: string) {
  const cluster = await tx.cluster.findFirst({
    where: { id: clusterId, aractId: scope.aractId },
    select: { id: true, status: true },
  });
  if (!cluster) throw new NotFoundError("Ce cluster");
  if (!isOpen(cluster.status)) throw new AppError(ENROLMENT_CLOSED);
  return cluster;
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
      const cluster = await openClusterOf(tx, scope, input.clusterId);

      const company = await resolveCompany(tx, scope, cluster.id, input.company);
      const duplicate = await tx.participation.findFirst({
        where: { clusterId: cluster.id, companyId: company.id },
        select: { id: true },
      });
      if (duplicate) throw fieldError(company.field, ALREADY_ENROLLED);

      const [participationId] = await enrolWithPairs(tx, scope, cluster.id, [{ ...input, company }]);
      return { participationId: participationId!, clusterId: cluster.id };
    });
  } catch (error) {
    // Two enrolments of the same company at once: the database's unique index stops the second.
    if ((error as { code?: string }).code === "P2002") {
      throw fieldError(input.company.mode === "existing" ? "company.id" : "company.siret", ALREADY_ENROLLED);
    }
    throw error;
  }
}
