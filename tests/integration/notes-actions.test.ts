import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveNotesAction } from "@/lib/notes/actions";
import { getParticipationNotes } from "@/lib/notes/queries";
import { savePreDiagnosticAction } from "@/lib/participations/actions";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createStaffUser, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const colleague = await createStaffUser(db, "CHARGE_DE_MISSION", shared.aract.id);
  await db.user.update({ where: { id: colleague.id }, data: { name: "Gaëlle Kerjean" } });
  const evaluated = await createCluster(db, shared.aract.id);
  const frozen = await enrolCompany(db, evaluated.id, shared.aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, colleague, frozen };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const participationId = () => world.member.participation.id;

/** What the notes form starts from for this user: the version and the text they loaded. */
async function load(userId: string) {
  const notes = await getParticipationNotes((await buildScope(userId)) as Scope, world.cluster.id, participationId());
  return { participationId: participationId(), version: notes!.version, loaded: notes!.notes };
}

const row = () => db.participation.findUniqueOrThrow({ where: { id: participationId() }, select: { notes: true, version: true } });

describe("the chargé de mission's notes", () => {
  it("saves them, moves the version and audits the change without the text", async () => {
    actAs(world.charge.id);
    const result = await saveNotesAction({ ...(await load(world.charge.id)), notes: "Appeler la DRH avant le comité de pilotage." });
    expect(result).toMatchObject({ ok: true, data: { version: 2, notes: "Appeler la DRH avant le comité de pilotage." } });
    expect(await row()).toEqual({ notes: "Appeler la DRH avant le comité de pilotage.", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: participationId(), action: "participation.notes-updated" } });
    expect(audit).toMatchObject({ actorId: world.charge.id, aractId: world.aract.id, entityType: "Participation" });
    expect(audit.changes).toEqual({ version: [1, 2], length: [0, 43] });
    const notes = await getParticipationNotes((await buildScope(world.charge.id)) as Scope, world.cluster.id, participationId());
    expect(notes?.lastEdit?.by).toBe(world.charge.name);
  });

  it("refuses a stale save, names who changed them, and keeps the other text", async () => {
    const mine = await load(world.charge.id);
    actAs(world.colleague.id);
    expect((await saveNotesAction({ ...(await load(world.colleague.id)), notes: "Comité de pilotage fixé au 12 janvier." })).ok).toBe(true);

    actAs(world.charge.id);
    const stale = await saveNotesAction({ ...mine, notes: "Relancer le CSE." });
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error).toBe(
      "Pendant que vous écriviez, Gaëlle Kerjean a modifié ces notes. Rien n'a été enregistré : votre texte est conservé, " +
        "à côté du texte actuel. Reprenez-y ce qu'il faut garder, puis enregistrez.",
    );
    expect(!stale.ok && stale.fieldErrors?.version).toBeDefined();
    expect(await row()).toEqual({ notes: "Comité de pilotage fixé au 12 janvier.", version: 3 });

    // Once they have seen the current text, their save on it goes through.
    const merged = await saveNotesAction({ ...(await load(world.charge.id)), notes: "Comité de pilotage fixé au 12 janvier. Relancer le CSE." });
    expect(merged).toMatchObject({ ok: true, data: { version: 4 } });
  });

  it("takes the same save sent twice (a lost answer) as done once: no conflict, no second write", async () => {
    actAs(world.charge.id);
    const save = { ...(await load(world.charge.id)), notes: "Prévoir une salle pour le comité." };
    const first = await saveNotesAction(save);
    expect(first).toMatchObject({ ok: true });
    const stored = await row();
    const events = await db.auditEvent.count({ where: { entityId: participationId(), action: "participation.notes-updated" } });
    expect(await saveNotesAction(save)).toEqual(first);
    expect(await row()).toEqual(stored);
    expect(await db.auditEvent.count({ where: { entityId: participationId(), action: "participation.notes-updated" } })).toBe(events);
  });

  it("does not refuse a save because another record of the company moved the version", async () => {
    actAs(world.charge.id);
    const mine = await load(world.charge.id);
    const pre = await savePreDiagnosticAction({ participationId: participationId(), date: "2026-06-10", findings: "Port de charges.", chosenProject: "" });
    expect(pre.ok).toBe(true);
    expect((await row()).version).toBe(mine.version + 1);
    const result = await saveNotesAction({ ...mine, notes: "Pré-diagnostic fait." });
    expect(result).toMatchObject({ ok: true, data: { version: mine.version + 2 } });
  });

  it("refuses notes too long with a French message, and saves nothing", async () => {
    actAs(world.charge.id);
    const before = await row();
    const result = await saveNotesAction({ ...(await load(world.charge.id)), notes: "x".repeat(10_001) });
    expect(!result.ok && result.fieldErrors?.notes).toBe("10000 caractères au plus.");
    expect(await row()).toEqual(before);
  });

  it("refuses once the cluster is evaluated", async () => {
    actAs(world.charge.id);
    const result = await saveNotesAction({ participationId: world.frozen.participation.id, version: 1, loaded: "", notes: "Trop tard" });
    expect(!result.ok && result.error).toBe("Ce cluster est évalué : les notes de ses entreprises ne sont plus modifiables.");
  });

  it("answers another Aract's chargé de mission as if the company did not exist; refuses company members and the national team", async () => {
    const before = await row();
    actAs(world.otherCharge.id);
    const other = await saveNotesAction({ participationId: participationId(), version: before.version, loaded: before.notes ?? "", notes: "Intrusion" });
    expect(!other.ok && other.error).toMatch(/introuvable/);
    for (const userId of [world.member.user.id, world.national.id]) {
      actAs(userId);
      expect(await saveNotesAction({ participationId: participationId(), version: before.version, loaded: "", notes: "Intrusion" })).toEqual(FORBIDDEN);
    }
    expect(await row()).toEqual(before);
  });

  it("shows the notes to the Aract's staff only", async () => {
    for (const userId of [world.national.id, world.member.user.id, world.otherCharge.id]) {
      const scope = (await buildScope(userId)) as Scope;
      expect(await getParticipationNotes(scope, world.cluster.id, participationId())).toBeNull();
    }
  });
});
