import type { PairSide } from "@/generated/prisma/enums";
import { withSiretCheckDigit } from "@/lib/companies/siret";
import { emailLocalPart } from "../../../prisma/seed/helpers.ts";
import { isoTime } from "./calendar.ts";
import { slugify, type Gen, type KnownCompany } from "./context.ts";
import type { ClusterPlan } from "./plan-cluster.ts";
import { ofPlace } from "./regions.ts";
import type { CompanyRow, PersonRow } from "./rows.ts";
import { SECTOR_WEIGHTS } from "./sectors.ts";
import { DIRECTION_TITLES, STAFF_TITLES } from "./words.ts";

// The companies of a cluster (some met again from an earlier cluster of the same Aract) and the people of
// their pairs.

/** A third of the enrolments are companies that already took part in a cluster of their Aract. */
const REUSE_SHARE = 0.33;
/** A territorial cluster recruits mostly around its city. */
const HOME_CITY_SHARE = 0.7;
/**
 * The demo's SIRENs are drawn from 300 000 000 up (prisma/seed/helpers.ts); the scale data stays below,
 * so that no generated company can collide with a demo company of the same Aract.
 */
const SIREN_RANGE = [100_000_000, 299_999_999] as const;

/** A company for the next enrolment in `cluster`: an earlier participant not yet in it, or a new company. */
export function companyFor(
  gen: Gen,
  cluster: ClusterPlan,
  taken: ReadonlySet<string>,
  day: number,
): { company: CompanyRow; isNew: boolean } {
  const byAract = gen.companies.get(cluster.aract.id) ?? new Map<string, KnownCompany[]>();
  gen.companies.set(cluster.aract.id, byAract);
  const pool = byAract.get(cluster.sector?.label ?? "") ?? [];
  if (pool.length > 0 && gen.rng.chance(REUSE_SHARE)) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const known = gen.rng.pick(pool);
      if (!taken.has(known.row.id)) return { company: known.row, isNew: false };
    }
  }
  const known = newCompany(gen, cluster, day);
  for (const key of ["", known.sector]) {
    const list = byAract.get(key) ?? [];
    list.push(known);
    byAract.set(key, list);
  }
  return { company: known.row, isNew: true };
}

function newCompany(gen: Gen, cluster: ClusterPlan, day: number): KnownCompany {
  const { rng, faker } = gen;
  const sector = cluster.sector ?? rng.weighted(SECTOR_WEIGHTS);
  const [city, postalCode] =
    cluster.sector === null && rng.chance(HOME_CITY_SHARE) ? cluster.city : rng.pick(cluster.aract.region.cities);
  const [nafCode, names] = rng.pick(sector.activities);
  const name = rng.chance(0.6)
    ? rng.pick(names).replace("{nom}", faker.person.lastName()).replace("{de_ville}", ofPlace(city))
    : faker.company.name();
  const row: CompanyRow = {
    id: gen.ids.next("co"),
    aractId: cluster.aract.id,
    name,
    siret: newSiret(gen),
    nafCode,
    headcount: headcount(gen),
    city,
    postalCode,
    createdAt: isoTime(day, 11),
    updatedAt: isoTime(day, 11),
  };
  return { row, sector: sector.label };
}

/** ~55 % under 50 employees, ~35 % from 50 to 299, ~10 % 300 and over: the network's usual mix. */
function headcount({ rng }: Gen): number {
  const band = rng.next();
  if (band < 0.55) return rng.int(11, 49);
  if (band < 0.9) return 50 + Math.floor(250 * rng.next() ** 2);
  return Math.round(300 * 10 ** rng.next());
}

function newSiret(gen: Gen): string {
  let siren: string;
  do siren = String(gen.rng.int(...SIREN_RANGE));
  while (gen.sirens.has(siren));
  gen.sirens.add(siren);
  return withSiretCheckDigit(`${siren}000${gen.rng.int(1, 9)}`);
}

/** One member of a company's pair, with a name, a job title and an e-mail unique within the Aract. */
export function newPerson(gen: Gen, company: CompanyRow, side: PairSide, day: number): PersonRow {
  const { rng, faker } = gen;
  const sex = rng.chance(0.5) ? "female" : "male";
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName();
  const titles = side === "DIRECTION" ? DIRECTION_TITLES : STAFF_TITLES;
  const title = rng.pick(titles)[sex === "female" ? 1 : 0];
  return {
    id: gen.ids.next("pe"),
    aractId: company.aractId,
    firstName,
    lastName,
    email: uniqueEmail(gen, company, emailLocalPart(firstName, lastName)),
    jobTitle: title,
    createdAt: isoTime(day, 11),
    updatedAt: isoTime(day, 11),
  };
}

/** At the company's own domain under the reserved `.example` top-level domain: no real mailbox receives it. */
function uniqueEmail(gen: Gen, company: CompanyRow, local: string): string {
  const used = gen.emails.get(company.aractId) ?? new Set<string>();
  gen.emails.set(company.aractId, used);
  const domain = `${slugify(company.name)}.example`;
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}
