import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCompaniesAction, previewCompanyImportAction } from "@/lib/company-imports/actions";
import { inviteClusterPairsAction } from "@/lib/participations/actions";
import { invalidRowsMessage } from "@/lib/company-imports/mutations";
import { matchColumns } from "@/lib/company-imports/columns";
import { ENROLMENT_CLOSED } from "@/lib/companies/rules";
import { SIRET_MESSAGES } from "@/lib/companies/schemas";
import { FILE_MESSAGES } from "@/lib/company-imports/schemas";
import { INVALID_FORM } from "@/lib/actions/result";
import { actAs, FORBIDDEN } from "../support/session";
import { csvOf, listGrid, listSiret, xlsxOf } from "../support/company-lists";
import { createCluster, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof createTwoAracts>> & { evaluated: { id: string }; second: { id: string } };

beforeAll(async () => {
  const shared = await createTwoAracts(db);
  const evaluated = await createCluster(db, shared.aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  const second = await createCluster(db, shared.aract.id, { staffUserId: shared.charge.id });
  world = { ...shared, evaluated, second };
});
afterAll(() => db.$disconnect());

const xlsxFile = async (grid: string[][], name = "liste.xlsx") => new File([new Uint8Array(await xlsxOf(grid))], name);
const csvFile = (grid: string[][], name = "liste.csv") => new File([csvOf(grid)], name);

const counts = async () => ({
  companies: await db.company.count(),
  participations: await db.participation.count(),
  persons: await db.person.count(),
  seats: await db.pairMember.count(),
  audit: await db.auditEvent.count(),
});

describe("importing a list of companies into a cluster", () => {
  it("previews 200 rows without writing anything, then imports them all with their pairs and one audit entry for the file", async () => {
    actAs(world.charge.id);
    const file = await xlsxFile(listGrid(10, 200));
    const before = await counts();
    const preview = await previewCompanyImportAction({ clusterId: world.cluster.id, file });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.counts).toEqual({ new: 200, known: 0, enrolled: 0, invalid: 0 });
    expect(preview.data.missing).toEqual([]);
    expect(preview.data.rows[0]).toMatchObject({ line: 2, status: "new", values: { siret: listSiret(10, 0) } });
    expect(await counts()).toEqual(before);

    const result = await importCompaniesAction({ clusterId: world.cluster.id, file, columns: preview.data.columns });
    expect(result).toEqual({ ok: true, data: { enrolled: 200, created: 200, unchanged: 0 } });
    const after = await counts();
    expect(after.companies - before.companies).toBe(200);
    expect(after.participations - before.participations).toBe(200);
    expect(after.persons - before.persons).toBe(400);
    expect(after.seats - before.seats).toBe(400);

    const saved = await db.participation.findFirstOrThrow({
      where: { clusterId: world.cluster.id, company: { siret: listSiret(10, 7) } },
      include: { company: true, statusChanges: true, pairMembers: { include: { person: true }, orderBy: { side: "asc" } } },
    });
    expect(saved).toMatchObject({ aractId: world.aract.id, status: "ENROLLED", headcountAtEntry: 27 });
    expect(saved.company).toMatchObject({ name: "Structure s10 n° 8", nafCode: "88.10A", postalCode: "29200", city: "Brest" });
    expect(saved.statusChanges.map((change) => change.toStatus)).toEqual(["ENROLLED"]);
    expect(saved.pairMembers.map((seat) => [seat.side, seat.person.email])).toEqual([
      ["DIRECTION", "direction.s10.8@exemple.fr"],
      ["STAFF_REPRESENTATIVE", "cse.s10.8@exemple.fr"],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "cluster.companies-imported", entityId: world.cluster.id },
    });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id });
    expect(audit.changes).toEqual({ file: "liste.xlsx", rows: 200, enrolled: 200, created: 200, unchanged: 0 });
  });

  it("changes nothing when the same file is imported again", async () => {
    actAs(world.charge.id);
    const file = await xlsxFile(listGrid(10, 200));
    const preview = await previewCompanyImportAction({ clusterId: world.cluster.id, file });
    expect(preview.ok && preview.data.counts).toEqual({ new: 0, known: 0, enrolled: 200, invalid: 0 });
    const before = await counts();
    const result = await importCompaniesAction({ clusterId: world.cluster.id, file });
    expect(result).toEqual({ ok: true, data: { enrolled: 0, created: 0, unchanged: 200 } });
    const after = await counts();
    // Only the file's own audit entry.
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
  });

  it("enrols the Aract's known companies as they are recorded, and creates only the new ones", async () => {
    actAs(world.charge.id);
    const grid = listGrid(10, 3, { edit: (row) => (row.name = "Nom changé dans le fichier") });
    grid.push(listGrid(11, 1)[1]!);
    const file = csvFile(grid);
    const preview = await previewCompanyImportAction({ clusterId: world.second.id, file });
    expect(preview.ok && preview.data.rows.map((row) => row.status)).toEqual(["known", "known", "known", "new"]);
    const result = await importCompaniesAction({ clusterId: world.second.id, file });
    expect(result).toEqual({ ok: true, data: { enrolled: 4, created: 1, unchanged: 0 } });
    const known = await db.company.findFirstOrThrow({ where: { aractId: world.aract.id, siret: listSiret(10, 0) } });
    expect(known.name).toBe("Structure s10 n° 1");
    expect(await db.participation.count({ where: { companyId: known.id } })).toBe(2);
  });

  it("writes nothing while one row of 200 is wrong, and says which line and column", async () => {
    actAs(world.charge.id);
    const grid = listGrid(12, 200, { edit: (row, index) => index === 149 && (row.siret = "123 456") });
    const file = csvFile(grid);
    const preview = await previewCompanyImportAction({ clusterId: world.cluster.id, file });
    expect(preview.ok && preview.data.counts).toEqual({ new: 199, known: 0, enrolled: 0, invalid: 1 });
    expect(preview.ok && preview.data.rows.find((row) => row.status === "invalid")).toMatchObject({
      line: 151,
      errors: [{ field: "siret", value: "123 456", message: SIRET_MESSAGES.length }],
    });
    const before = await counts();
    const result = await importCompaniesAction({ clusterId: world.cluster.id, file });
    expect(result).toEqual({ ok: false, error: invalidRowsMessage(1) });
    expect(await counts()).toEqual(before);
  });

  it("matches columns named otherwise, or as the preview picked them, and names the required ones missing", async () => {
    actAs(world.charge.id);
    const grid = listGrid(13, 2);
    grid[0] = grid[0]!.map((header, index) => (index === 0 ? "Société" : index === 1 ? "N° SIRET" : header));
    const file = csvFile(grid);
    const preview = await previewCompanyImportAction({ clusterId: world.cluster.id, file });
    expect(preview.ok && preview.data.missing).toEqual(["name"]);
    const refused = await importCompaniesAction({ clusterId: world.cluster.id, file });
    expect(refused).toEqual({ ok: false, error: "Colonnes introuvables : « Nom de la structure »." });
    const columns = { ...matchColumns(grid[0]!), name: 0 };
    const picked = await previewCompanyImportAction({ clusterId: world.cluster.id, file, columns });
    expect(picked.ok && picked.data.counts.new).toBe(2);
    expect(await importCompaniesAction({ clusterId: world.cluster.id, file, columns })).toMatchObject({ ok: true });
  });
});

describe("inviting the imported pairs at once", () => {
  it("invites every member with an address never invited, once, and refuses another Aract and the national team", async () => {
    actAs(world.charge.id);
    const cluster = await createCluster(db, world.aract.id, { staffUserId: world.charge.id });
    const grid = listGrid(15, 3, { edit: (row, index) => index === 2 && (row.staffEmail = "") });
    expect(await importCompaniesAction({ clusterId: cluster.id, file: csvFile(grid) })).toMatchObject({ ok: true });
    actAs(world.otherCharge.id);
    expect(await inviteClusterPairsAction({ clusterId: cluster.id })).toEqual({
      ok: false,
      error: "Ce cluster est introuvable, ou vous n'y avez pas accès.",
    });
    actAs(world.national.id);
    expect(await inviteClusterPairsAction({ clusterId: cluster.id })).toEqual(FORBIDDEN);
    actAs(world.charge.id);
    expect(await inviteClusterPairsAction({ clusterId: cluster.id })).toEqual({ ok: true, data: { clusterId: cluster.id, invited: 5 } });
    const seats = await db.pairMember.findMany({ where: { participation: { clusterId: cluster.id } }, include: { person: true } });
    expect(seats.filter((seat) => seat.invitedAt).length).toBe(5);
    expect(await db.outboxEmail.count({ where: { to: "direction.s15.1@exemple.fr", subject: { contains: "invitation" } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "pair.invited", entityId: { in: seats.map((seat) => seat.id) } } })).toBe(5);
    expect(await inviteClusterPairsAction({ clusterId: cluster.id })).toEqual({ ok: true, data: { clusterId: cluster.id, invited: 0 } });
  });
});

describe("refusals", () => {
  it("answers another Aract's cluster as not found, and writes nothing", async () => {
    actAs(world.otherCharge.id);
    const file = csvFile(listGrid(14, 2));
    const before = await counts();
    for (const action of [previewCompanyImportAction, importCompaniesAction]) {
      const result = await action({ clusterId: world.cluster.id, file });
      expect(result).toEqual({ ok: false, error: "Ce cluster est introuvable, ou vous n'y avez pas accès." });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses the national team and signed-out visitors", async () => {
    const file = csvFile(listGrid(14, 2));
    for (const user of [world.national.id, null]) {
      actAs(user);
      expect(await importCompaniesAction({ clusterId: world.cluster.id, file })).toEqual(FORBIDDEN);
      expect(await previewCompanyImportAction({ clusterId: world.cluster.id, file })).toEqual(FORBIDDEN);
    }
  });

  it("refuses an evaluated cluster", async () => {
    actAs(world.charge.id);
    const result = await importCompaniesAction({ clusterId: world.evaluated.id, file: csvFile(listGrid(14, 2)) });
    expect(result).toEqual({ ok: false, error: ENROLMENT_CLOSED });
  });

  it("refuses a missing file, another kind of file and an unreadable one with a French message", async () => {
    actAs(world.charge.id);
    const missing = await previewCompanyImportAction({ clusterId: world.cluster.id, file: "liste.csv" as unknown as File });
    expect(missing).toEqual({ ok: false, error: INVALID_FORM, fieldErrors: { file: FILE_MESSAGES.missing } });
    const pdf = await previewCompanyImportAction({ clusterId: world.cluster.id, file: new File(["%PDF"], "liste.pdf") });
    expect(pdf).toEqual({ ok: false, error: INVALID_FORM, fieldErrors: { file: FILE_MESSAGES.kind } });
    const broken = await importCompaniesAction({
      clusterId: world.cluster.id,
      file: new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9])], "liste.xlsx"),
    });
    expect(broken).toMatchObject({ ok: false, error: expect.stringContaining("ne se lit ni comme un CSV") });
  });
});
