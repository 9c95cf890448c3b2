import "server-only";
import { scopedDb } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { companyWhere } from "@/lib/auth/where";
import type { Prisma } from "@/generated/prisma/client";
import { companySearchTerms } from "./rules";

export type CompanyOption = {
  id: string;
  name: string;
  siret: string;
  nafCode: string;
  headcount: number;
  city: string | null;
  postalCode: string | null;
  /** The participation of this company in the cluster being enrolled into, when it is already there. */
  participationIdHere: string | null;
};

export const SEARCH_LIMIT = 10;

const optionSelect = (clusterId: string) =>
  ({
    id: true,
    name: true,
    siret: true,
    nafCode: true,
    headcount: true,
    city: true,
    postalCode: true,
    participations: { where: { clusterId }, select: { id: true } },
  }) satisfies Prisma.CompanySelect;

type OptionRow = Prisma.CompanyGetPayload<{ select: ReturnType<typeof optionSelect> }>;

const toOption = ({ participations, ...company }: OptionRow): CompanyOption => ({
  ...company,
  participationIdHere: participations[0]?.id ?? null,
});

/** The companies of the caller's Aract whose name or SIRET matches, for enrolment in a cluster. */
export async function searchCompanies(scope: Scope, clusterId: string, query: string): Promise<CompanyOption[]> {
  const terms = companySearchTerms(query);
  if (!terms) return [];
  const or: Prisma.CompanyWhereInput[] = [{ name: { contains: terms.name, mode: "insensitive" } }];
  if (terms.siretDigits) or.push({ siret: { contains: terms.siretDigits } });
  const rows = await scopedDb(scope).company.findMany({
    where: { ...companyWhere(scope), OR: or },
    orderBy: [{ name: "asc" }, { city: "asc" }],
    take: SEARCH_LIMIT,
    select: optionSelect(clusterId),
  });
  return rows.map(toOption);
}

/** One company of the caller's Aract, as picked for enrolment; null outside the scope. */
export async function getCompanyOption(
  scope: Scope,
  clusterId: string,
  companyId: string,
): Promise<CompanyOption | null> {
  const row = await scopedDb(scope).company.findFirst({
    where: { id: companyId, ...companyWhere(scope) },
    select: optionSelect(clusterId),
  });
  return row ? toOption(row) : null;
}
