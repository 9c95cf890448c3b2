import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { getCompanyOption, searchCompanies } from "@/lib/companies/queries";
import { getParticipationDetail, listClusterParticipations, listClusterPreDiagnostics } from "@/lib/participations/queries";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const { aract, other, charge, national, cluster, member } = await createTwoAracts(db);
  const emptyCluster = await createCluster(db, aract.id);
  const foreign = await enrolCompany(db, (await createCluster(db, other.id)).id, other.id);
  await db.company.update({ where: { id: foreign.company.id }, data: { name: member.company.name.replace("Entreprise", "Entreprise étrangère") } });
  const scope = async (userId: string) => (await buildScope(userId)) as Scope;
  return { cluster, emptyCluster, member, foreign, staff: await scope(charge.id), nationalScope: await scope(national.id) };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

describe("searching the Aract's companies", () => {
  it("finds them by name or SIRET, says when one is already in the cluster, and never shows another Aract's", async () => {
    const byName = await searchCompanies(world.staff, world.cluster.id, "entreprise");
    expect(byName.map((c) => c.id)).toEqual([world.member.company.id]);
    expect(byName[0]!.participationIdHere).toBe(world.member.participation.id);
    const bySiret = await searchCompanies(world.staff, world.emptyCluster.id, world.member.company.siret.slice(0, 9).replace(/(\d{3})/g, "$1 "));
    expect(bySiret).toMatchObject([{ id: world.member.company.id, participationIdHere: null }]);
    expect(await searchCompanies(world.staff, world.cluster.id, world.foreign.company.siret)).toEqual([]);
    expect(await searchCompanies(world.staff, world.cluster.id, "x")).toEqual([]);
  });

  it("answers nothing for another Aract's company picked by its id", async () => {
    expect(await getCompanyOption(world.staff, world.cluster.id, world.foreign.company.id)).toBeNull();
    expect((await getCompanyOption(world.staff, world.cluster.id, world.member.company.id))?.name).toBe(world.member.company.name);
  });
});

describe("a cluster's companies", () => {
  it("lists each with its pair and their invitation state; the national team reads no addresses", async () => {
    await db.pairMember.updateMany({ where: { participationId: world.member.participation.id, side: "DIRECTION" }, data: { invitedAt: new Date() } });
    const [row] = await listClusterParticipations(world.staff, world.cluster.id);
    expect(row!.pair.map((m) => [m.side, m.invitation.kind, Boolean(m.email)])).toEqual([
      ["DIRECTION", "invited", true],
      ["STAFF_REPRESENTATIVE", "not-invited", true],
    ]);
    const [national] = await listClusterParticipations(world.nationalScope, world.cluster.id);
    expect(national!.pair.map((m) => m.email)).toEqual([null, null]);
    expect(await listClusterPreDiagnostics(world.staff, world.cluster.id)).toMatchObject([{ companyName: world.member.company.name, preDiagnostic: null }]);
  });

  it("gives a company's page only within its cluster", async () => {
    const detail = await getParticipationDetail(world.staff, world.cluster.id, world.member.participation.id);
    expect(detail?.company.name).toBe(world.member.company.name);
    expect(await getParticipationDetail(world.staff, world.emptyCluster.id, world.member.participation.id)).toBeNull();
    expect(await getParticipationDetail(world.staff, world.foreign.participation.clusterId, world.foreign.participation.id)).toBeNull();
  });
});
