import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  archivePartnerAction,
  createPartnerAction,
  restorePartnerAction,
  updatePartnerAction,
} from "@/lib/partners/actions";
import { getDirectoryPartner, listDirectoryPartners, listPartnerOptions } from "@/lib/partners/queries";
import { createClusterAction, updateClusterAction } from "@/lib/clusters/actions";
import { getClusterForEdit } from "@/lib/clusters/queries";
import { buildScope, type Scope } from "@/lib/auth/scope";
import type { DirectoryPartnerInput } from "@/lib/partners/schemas";
import type { ClusterInput } from "@/lib/clusters/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { createStaffUser, createTwoAracts, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  return {
    ...base,
    admin: await createStaffUser(db, "ARACT_ADMIN", base.aract.id),
    otherAdmin: await createStaffUser(db, "ARACT_ADMIN", base.other.id),
    nationalAdmin: await createStaffUser(db, "NATIONAL_ADMIN", null),
  };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

let runs = 0;
const input = (overrides: Partial<DirectoryPartnerInput> = {}): DirectoryPartnerInput => ({
  name: `Carsat Bretagne ${++runs}`,
  kind: "CARSAT",
  contactName: "Soizic Le Du",
  email: "Soizic.LeDu@carsat-bretagne.fr",
  phone: "02 99 12 34 56",
  notes: "Co-finance les appuis individuels.",
  ...overrides,
});

async function create(userId: string, overrides: Partial<DirectoryPartnerInput> = {}) {
  actAs(userId);
  const result = await createPartnerAction(input(overrides));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;

const cluster = (partners: ClusterInput["partners"]): ClusterInput => ({
  name: "Cluster QVCT du Pays de Rennes",
  description: "",
  programmeId: "",
  themes: ["QVCT"],
  kind: "TERRITORIAL",
  territory: "Pays de Rennes",
  sector: "",
  startDate: "2027-01-10",
  endDate: "2027-07-10",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 2,
  staffUserIds: [world.charge.id],
  partners,
  funders: [],
});

describe("adding a partner to the directory", () => {
  it("saves it in the administrator's Aract with an audit row that keeps no contact details", async () => {
    actAs(world.admin.id);
    const result = await createPartnerAction(input({ name: "OPCO Atlas", kind: "OPCO" }));
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    expect(await db.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      aractId: world.aract.id,
      name: "OPCO Atlas",
      kind: "OPCO",
      contactName: "Soizic Le Du",
      email: "soizic.ledu@carsat-bretagne.fr",
      phone: "02 99 12 34 56",
      archivedAt: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.created" } });
    expect(audit).toMatchObject({ actorId: world.admin.id, aractId: world.aract.id, entityType: "Partner" });
    expect(audit.changes).toMatchObject({ name: [null, "OPCO Atlas"], kind: [null, "OPCO"] });
    expect(JSON.stringify(audit.changes)).not.toMatch(/soizic|02 99/i);
  });

  it("refuses bad input with French messages next to the fields, and saves nothing", async () => {
    actAs(world.admin.id);
    const before = await db.partner.count();
    const result = await createPartnerAction(input({ name: "", email: "soizic@", phone: "appeler le standard" }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toMatchObject({
      name: "Saisissez le nom du partenaire.",
      email: "Saisissez une adresse e-mail valide, comme prenom.nom@entreprise.fr.",
      phone: "Saisissez un numéro de téléphone, comme 02 99 12 34 56 ou +33 2 99 12 34 56.",
    });
    expect(await db.partner.count()).toBe(before);
  });

  it("refuses a name already in the Aract's directory, whatever its case; another Aract may use it", async () => {
    await create(world.admin.id, { name: "Pôle Valorial" });
    actAs(world.admin.id);
    const before = await db.partner.count();
    const clash = await createPartnerAction(input({ name: "pôle valorial" }));
    expect(!clash.ok && clash.fieldErrors?.name).toMatch(/figure déjà dans l'annuaire/);
    expect(await db.partner.count()).toBe(before);
    await create(world.otherAdmin.id, { name: "Pôle Valorial" });
  });

  it("refuses a chargé·e de mission, the national side and a pair member", async () => {
    const before = await db.partner.count();
    for (const userId of [world.charge.id, world.national.id, world.nationalAdmin.id, world.member.user.id, null]) {
      actAs(userId);
      expect(await createPartnerAction(input())).toEqual(FORBIDDEN);
    }
    expect(await db.partner.count()).toBe(before);
  });
});

describe("editing, archiving and restoring a partner", () => {
  it("saves the changes and audits the contact's fields by name only", async () => {
    const id = await create(world.admin.id, { name: "DREETS Bretagne", kind: "DREETS" });
    actAs(world.admin.id);
    const result = await updatePartnerAction({
      id,
      partner: input({ name: "DREETS de Bretagne", kind: "DREETS", email: "nouveau.contact@dreets.gouv.fr" }),
    });
    expect(result).toEqual({ ok: true, data: { id } });
    expect(await db.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "DREETS de Bretagne",
      email: "nouveau.contact@dreets.gouv.fr",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.updated" } });
    expect(audit.changes).toEqual({ name: ["DREETS Bretagne", "DREETS de Bretagne"], contactFieldsChanged: ["email"] });
  });

  it("archives a partner (no longer offered to the cluster form) and restores it, each audited", async () => {
    const id = await create(world.admin.id);
    const charge = await scopeOf(world.charge.id);
    actAs(world.admin.id);
    expect((await archivePartnerAction({ id })).ok).toBe(true);
    expect((await db.partner.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    expect((await listPartnerOptions(charge)).map((p) => p.id)).not.toContain(id);
    expect(await listPartnerOptions(charge, [id])).toContainEqual(expect.objectContaining({ id, archived: true }));
    expect((await restorePartnerAction({ id })).ok).toBe(true);
    expect((await db.partner.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
    expect((await listPartnerOptions(charge)).map((p) => p.id)).toContain(id);
    const actions = await db.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["partner.created", "partner.archived", "partner.restored"]);
  });

  it("refuses bad input on edit, and changes nothing", async () => {
    const id = await create(world.admin.id, { name: "Union des entreprises 35" });
    actAs(world.admin.id);
    const result = await updatePartnerAction({ id, partner: input({ name: "", kind: "INCONNU" as never }) });
    expect(!result.ok && result.fieldErrors).toMatchObject({
      "partner.name": "Saisissez le nom du partenaire.",
      "partner.kind": "Choisissez le type de partenaire.",
    });
    expect((await db.partner.findUniqueOrThrow({ where: { id } })).name).toBe("Union des entreprises 35");
  });

  it("answers another Aract's administrator as if the partner did not exist", async () => {
    const id = await create(world.admin.id, { name: "Agefos PME Bretagne" });
    actAs(world.otherAdmin.id);
    for (const result of [
      await updatePartnerAction({ id, partner: input({ name: "Détourné" }) }),
      await archivePartnerAction({ id }),
    ]) {
      expect(!result.ok && result.error).toMatch(/introuvable/);
    }
    const saved = await db.partner.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ name: "Agefos PME Bretagne", archivedAt: null });
    expect(await getDirectoryPartner(await scopeOf(world.otherAdmin.id), id)).toBeNull();
    expect((await listDirectoryPartners(await scopeOf(world.otherAdmin.id))).map((p) => p.id)).not.toContain(id);
  });

  it("refuses a chargé·e de mission and a pair member", async () => {
    const id = await create(world.admin.id);
    for (const userId of [world.charge.id, world.member.user.id]) {
      actAs(userId);
      expect(await updatePartnerAction({ id, partner: input({ name: "Détourné" }) })).toEqual(FORBIDDEN);
      expect(await archivePartnerAction({ id })).toEqual(FORBIDDEN);
      expect(await restorePartnerAction({ id })).toEqual(FORBIDDEN);
    }
    expect(await db.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({ archivedAt: null });
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(1);
  });
});

describe("the directory in the cluster form", () => {
  it("records the directory entry a chargé·e de mission picked, next to a partner typed by hand", async () => {
    const id = await create(world.admin.id, { name: "Carsat Bretagne", kind: "CARSAT" });
    actAs(world.charge.id);
    const result = await createClusterAction(
      cluster([
        { partnerId: id, name: "Carsat Bretagne", kind: "CARSAT", role: "Co-financeur" },
        { partnerId: "", name: "Mairie de Rennes", kind: "COLLECTIVITE", role: "" },
      ]),
    );
    expect(result.ok).toBe(true);
    const clusterId = result.ok ? result.data.id : "";
    const partners = await db.clusterPartner.findMany({ where: { clusterId }, orderBy: { name: "asc" } });
    expect(partners.map((p) => [p.name, p.partnerId])).toEqual([
      ["Carsat Bretagne", id],
      ["Mairie de Rennes", null],
    ]);
    const edit = (await getClusterForEdit(await scopeOf(world.charge.id), clusterId))!;
    expect(edit.values.partners.map((p) => p.partnerId)).toEqual([id, ""]);
    const updated = await updateClusterAction({
      id: clusterId,
      version: edit.version,
      cluster: { ...cluster(edit.values.partners), name: "Cluster QVCT rennais" },
    });
    expect(updated.ok).toBe(true);
    expect((await db.clusterPartner.findMany({ where: { clusterId, partnerId: id } })).length).toBe(1);
    expect((await listDirectoryPartners(await scopeOf(world.admin.id))).find((p) => p.id === id)?.clusters).toBe(1);
  });

  it("refuses another Aract's directory entry as a field error, and saves nothing", async () => {
    const foreign = await create(world.otherAdmin.id, { name: "Carsat Alsace-Moselle" });
    actAs(world.charge.id);
    const before = await db.cluster.count();
    const result = await createClusterAction(
      cluster([{ partnerId: foreign, name: "Carsat Alsace-Moselle", kind: "CARSAT", role: "" }]),
    );
    expect(!result.ok && result.fieldErrors).toEqual({
      "partners.0.partnerId": "Choisissez un partenaire de l'annuaire de votre Aract.",
    });
    expect(await db.cluster.count()).toBe(before);
  });

  it("offers the chargé·e de mission their own Aract's directory only", async () => {
    const own = await create(world.admin.id);
    const foreign = await create(world.otherAdmin.id);
    const options = (await listPartnerOptions(await scopeOf(world.charge.id))).map((p) => p.id);
    expect(options).toContain(own);
    expect(options).not.toContain(foreign);
    expect(await listPartnerOptions(await scopeOf(world.national.id))).toEqual([]);
  });
});
