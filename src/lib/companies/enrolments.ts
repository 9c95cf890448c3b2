import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { AractScope } from "@/lib/actions/server";
import { recordAudits } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { MemberRole, PairSide } from "@/generated/prisma/enums";
import type { NewCompanyInput, PairPersonInput } from "./schemas";

// The writes of an enrolment, inside the caller's transaction: companies, people, participations and seats,
// each with its audit entries. They take lists, so that an import of hundreds of rows costs a few statements
// (ids are made here, as createMany returns none); the form's single enrolment is a list of one.

type Tx = Prisma.TransactionClient;
export type PersonFields = z.output<typeof PairPersonInput>;
export type CompanyFields = z.output<typeof NewCompanyInput>;
export type PersonRef = { id: string; created: boolean };

const audit = (scope: AractScope, action: string, entityType: string, entityId: string, changes?: Prisma.InputJsonValue) => ({
  actorId: scope.userId,
  aractId: scope.aractId,
  action,
  entityType,
  entityId,
  changes,
});

/** New companies of the Aract, in the order given. */
export async function createCompanies(tx: Tx, scope: AractScope, companies: CompanyFields[]) {
  const rows = companies.map((fields) => ({
    id: randomUUID(),
    aractId: scope.aractId,
    name: fields.name,
    siret: fields.siret,
    nafCode: fields.nafCode,
    headcount: fields.headcount,
    city: fields.city ?? null,
    postalCode: fields.postalCode ?? null,
  }));
  if (!rows.length) return [];
  await tx.company.createMany({ data: rows });
  await recordAudits(
    tx,
    rows.map((row) =>
      audit(scope, "company.created", "Company", row.id, {
        name: row.name,
        siret: row.siret,
        nafCode: row.nafCode,
        headcount: row.headcount,
      }),
    ),
  );
  return rows.map(({ id, name, headcount }) => ({ id, name, headcount }));
}

/**
 * Each person of the Aract with their e-mail (one address, one person: Person is unique per Aract and
 * e-mail), or a new one; the same address twice in the list is one person. Someone without an address is
 * always a new person: nothing identifies them.
 */
export async function findOrCreatePeople(tx: Tx, scope: AractScope, people: PersonFields[]): Promise<PersonRef[]> {
  const emails = [...new Set(people.flatMap((person) => (person.email ? [person.email] : [])))];
  const known = emails.length
    ? await tx.person.findMany({ where: { aractId: scope.aractId, email: { in: emails } }, select: { id: true, email: true } })
    : [];
  const byEmail = new Map(known.map((person) => [person.email!, { id: person.id, created: false }]));
  const created: Prisma.PersonCreateManyInput[] = [];
  const refs = people.map((person) => {
    const existing = person.email ? byEmail.get(person.email) : undefined;
    if (existing) return existing;
    const id = randomUUID();
    created.push({
      id,
      aractId: scope.aractId,
      firstName: person.firstName,
      lastName: person.lastName,
      jobTitle: person.jobTitle ?? null,
      email: person.email ?? null,
    });
    if (person.email) byEmail.set(person.email, { id, created: false });
    return { id, created: true };
  });
  if (created.length) {
    await tx.person.createMany({ data: created });
    await recordAudits(tx, created.map((person) => audit(scope, "person.created", "Person", person.id!)));
  }
  return refs;
}

/** A side of the pair, or a further member's role (with its label when typed in). */
export type Seat = { participationId: string; person: PersonRef } & (
  | { side: PairSide }
  | { role: MemberRole; roleLabel: string | null; steering: boolean }
);

/** Seats people on a participation (a side of its pair, or as further members); the seats' ids, in the order given. */
export async function seatPeople(tx: Tx, scope: AractScope, seats: Seat[], action = "pair.member-added"): Promise<string[]> {
  const rows = seats.map(({ person, ...seat }) => ({
    id: randomUUID(),
    aractId: scope.aractId,
    personId: person.id,
    ...seat,
  }));
  await tx.pairMember.createMany({ data: rows });
  await recordAudits(
    tx,
    seats.map(({ person, ...seat }, index) =>
      audit(scope, action, "PairMember", rows[index]!.id, { ...seat, personId: person.id, newPerson: person.created }),
    ),
  );
  return rows.map((row) => row.id);
}

/** The pair's two sides name one person: the list's entry, for its caller to point at. */
export class SamePersonError extends AppError {
  constructor(readonly index: number) {
    const message = "Cette personne représente déjà la direction : le binôme réunit deux personnes.";
    super(message, { "staffRepresentative.email": message });
  }
}

export type Enrolment = {
  company: { id: string; headcount: number };
  direction: PersonFields;
  staffRepresentative: PersonFields;
  /** The structure's project, as its application put it. */
  project?: string;
  /** When it applied: its history starts with that candidacy, before the enrolment. */
  candidateSince?: Date;
};

/**
 * The participations of companies in a cluster, each started ENROLLED (its history says so from its first
 * line) with the company's headcount of the day, kept for the reports, and its pair seated. The caller
 * checked that the cluster is open and that the companies are not in it yet.
 */
export async function enrolWithPairs(tx: Tx, scope: AractScope, clusterId: string, enrolments: Enrolment[]) {
  if (!enrolments.length) return [];
  const people = await findOrCreatePeople(
    tx,
    scope,
    enrolments.flatMap((enrolment) => [enrolment.direction, enrolment.staffRepresentative]),
  );
  const pairs = enrolments.map((_, index) => ({ direction: people[2 * index]!, staff: people[2 * index + 1]! }));
  const same = pairs.findIndex((pair) => pair.direction.id === pair.staff.id);
  if (same >= 0) throw new SamePersonError(same);

  const participations = enrolments.map(({ company, project }) => ({
    id: randomUUID(),
    aractId: scope.aractId,
    clusterId,
    companyId: company.id,
    status: "ENROLLED" as const,
    headcountAtEntry: company.headcount,
    project: project ?? null,
  }));
  await tx.participation.createMany({ data: participations });
  await tx.participationStatusChange.createMany({
    data: participations.flatMap((participation, index): Prisma.ParticipationStatusChangeCreateManyInput[] => {
      const since = enrolments[index]!.candidateSince;
      const enrolled = {
        aractId: scope.aractId,
        participationId: participation.id,
        toStatus: "ENROLLED" as const,
        changedById: scope.userId,
      };
      return since
        ? [
            { aractId: scope.aractId, participationId: participation.id, toStatus: "CANDIDATE" as const, changedAt: since },
            { ...enrolled, fromStatus: "CANDIDATE" as const },
          ]
        : [enrolled];
    }),
  });
  await recordAudits(
    tx,
    participations.map((participation) =>
      audit(scope, "participation.enrolled", "Participation", participation.id, {
        clusterId,
        companyId: participation.companyId,
        status: [null, "ENROLLED"],
      }),
    ),
  );
  await seatPeople(
    tx,
    scope,
    participations.flatMap((participation, index) => [
      { participationId: participation.id, side: "DIRECTION" as const, person: pairs[index]!.direction },
      { participationId: participation.id, side: "STAFF_REPRESENTATIVE" as const, person: pairs[index]!.staff },
    ]),
  );
  return participations.map((participation) => participation.id);
}
