import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getFunderWorkbookData } from "@/lib/exports/queries";
import { buildScope } from "@/lib/auth/scope";
import { GET } from "@/app/clusters/[id]/export/route";
import { actAs } from "../support/session";
import { createCluster, createPartner, createSession, createSupportDay, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, other, charge, otherCharge, cluster, member } = shared;
  const partner = await createPartner(db, cluster.id, aract.id, "Carsat Ouest");
  const session = await createSession(db, cluster.id, aract.id, "2026-10-06");
  await db.attendance.createMany({
    data: [
      {
        aractId: aract.id,
        sessionId: session.id,
        personId: member.direction.id,
        participationId: member.participation.id,
        status: "PRESENT",
      },
      {
        aractId: aract.id,
        sessionId: session.id,
        personId: member.staffRep.id,
        participationId: member.participation.id,
        status: "ABSENT",
      },
    ],
  });
  await createSupportDay(db, member.participation, charge.id, "2026-10-13", 1.5);
  await db.supportDay.create({
    data: {
      aractId: aract.id,
      clusterId: cluster.id,
      participationId: member.participation.id,
      date: new Date("2026-11-03"),
      durationDays: 0.5,
      kind: "STEERING_COMMITTEE",
      partnerId: partner.id,
    },
  });
  const otherCluster = await createCluster(db, other.id, { staffUserId: otherCharge.id });
  return { ...shared, otherCluster };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const scopeOf = async (userId: string) => (await buildScope(userId))!;

describe("the funder evidence query", () => {
  it("gathers the cluster's companies, pairs, attendance and support days", async () => {
    const data = await getFunderWorkbookData(await scopeOf(world.charge.id), world.cluster.id);
    expect(data?.cluster).toMatchObject({ aractName: "Aract Ouest", plannedSupportDaysPerCompany: 3 });
    expect(data?.companies.map((c) => c.name)).toEqual([world.member.company.name]);
    expect(data?.pairs.map((p) => p.role)).toEqual(["Direction", "Représentant·e du personnel"]);
    expect(data?.sessions[0]?.attendances.map((a) => a.status).sort()).toEqual(["ABSENT", "PRESENT"]);
    expect(data?.supportDays.map((d) => [d.durationDays, d.deliveredBy, d.byPartner])).toEqual([
      [1.5, world.charge.name, false],
      [0.5, "Carsat Ouest", true],
    ]);
  });

  it("gives nothing of another Aract's cluster, nor anything to a company member", async () => {
    expect(await getFunderWorkbookData(await scopeOf(world.otherCharge.id), world.cluster.id)).toBeNull();
    expect(await getFunderWorkbookData(await scopeOf(world.charge.id), world.otherCluster.id)).toBeNull();
    expect(await getFunderWorkbookData(await scopeOf(world.member.user.id), world.cluster.id)).toBeNull();
  });

  it("lets the national team read every Aract's cluster", async () => {
    const data = await getFunderWorkbookData(await scopeOf(world.national.id), world.cluster.id);
    expect(data?.cluster.name).toBe(world.cluster.name);
  });
});

describe("GET /clusters/[id]/export", () => {
  const download = (id: string) =>
    GET(new Request(`http://localhost/clusters/${id}/export`), { params: Promise.resolve({ id }) });

  it("sends the workbook as an attachment to the Aract's chargé de mission and to the national team", async () => {
    for (const userId of [world.charge.id, world.national.id]) {
      actAs(userId);
      const response = await download(world.cluster.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(response.headers.get("Content-Disposition")).toMatch(
        /^attachment; filename="justificatifs-cluster-\d+-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        "Cluster",
        "Entreprises",
        "Binômes et membres",
        "Présences",
        "Appuis",
      ]);
      expect(workbook.getWorksheet("Entreprises")!.getCell("A2").value).toBe(world.member.company.name);
    }
    // Personal data left the platform: both downloads are in the audit trail.
    const audits = await db.auditEvent.findMany({ where: { entityId: world.cluster.id, action: "cluster.exported" } });
    expect(audits.map((a) => a.actorId).sort()).toEqual([world.charge.id, world.national.id].sort());
  });

  it("answers 404 to another Aract's chargé de mission, a company member and a signed-out visitor", async () => {
    for (const userId of [world.otherCharge.id, world.member.user.id, null]) {
      actAs(userId);
      expect((await download(world.cluster.id)).status).toBe(404);
    }
  });
});
