import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savePreDiagnosticAction, withdrawParticipationAction } from "@/lib/participations/actions";
import { buildScope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, cluster } = shared;
  const evaluated = await createCluster(db, aract.id);
  const leaving = await enrolCompany(db, cluster.id, aract.id);
  const frozen = await enrolCompany(db, evaluated.id, aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, leaving, frozen };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const participationOf = (id: string) => db.participation.findUniqueOrThrow({ where: { id }, include: { preDiagnostic: true, statusChanges: true } });

describe("recording the pre-diagnostic", () => {
  const input = () => ({
    participationId: world.member.participation.id,
    date: "2026-06-09",
    findings: "Port de charges et froid au parage ; moyenne d'âge de 47 ans.",
    chosenProject: "Prévenir l'usure au parage",
  });

  it("saves it, makes its project the participation's, and records the audit entry", async () => {
    actAs(world.charge.id);
    const result = await savePreDiagnosticAction(input());
    expect(result.ok).toBe(true);
    const saved = await participationOf(world.member.participation.id);
    expect(saved.project).toBe("Prévenir l'usure au parage");
    expect(saved.preDiagnostic).toMatchObject({ date: new Date("2026-06-09"), findings: input().findings });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "prediagnostic.created", actorId: world.charge.id } });
    expect(audit.changes).toMatchObject({ date: [null, "2026-06-09"] });
  });

  it("corrects it in place: one pre-diagnostic per company", async () => {
    actAs(world.charge.id);
    const result = await savePreDiagnosticAction({ ...input(), date: "2026-06-10", chosenProject: "" });
    expect(result.ok).toBe(true);
    const saved = await participationOf(world.member.participation.id);
    expect(saved.project).toBeNull();
    expect(saved.preDiagnostic).toMatchObject({ date: new Date("2026-06-10"), chosenProject: null });
    expect(await db.preDiagnostic.count({ where: { participationId: world.member.participation.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "prediagnostic.updated" } });
    expect(audit.changes).toEqual({ date: ["2026-06-09", "2026-06-10"], chosenProject: ["Prévenir l'usure au parage", null] });
  });

  it("refuses a date after the cluster's end or long before its start, and empty findings; saves nothing", async () => {
    actAs(world.charge.id);
    const late = await savePreDiagnosticAction({ ...input(), date: "2027-07-01" });
    expect(!late.ok && late.fieldErrors?.date).toMatch(/avant la fin du cluster \(le 30 juin 2027\)/);
    const early = await savePreDiagnosticAction({ ...input(), date: "2024-01-15" });
    expect(!early.ok && early.fieldErrors?.date).toMatch(/au plus tôt un an avant/);
    const empty = await savePreDiagnosticAction({ ...input(), findings: "  ", date: "" });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({ findings: "Saisissez les constats du pré-diagnostic.", date: expect.any(String) });
    expect((await participationOf(world.member.participation.id)).preDiagnostic?.date).toEqual(new Date("2026-06-10"));
  });

  it("refuses another Aract's chargé de mission (not found), a company member, the national team and an evaluated cluster", async () => {
    actAs(world.otherCharge.id);
    const foreign = await savePreDiagnosticAction(input());
    expect(!foreign.ok && foreign.error).toMatch(/Cette entreprise est introuvable/);
    for (const userId of [world.member.user.id, world.national.id]) {
      actAs(userId);
      expect(await savePreDiagnosticAction(input())).toEqual(FORBIDDEN);
    }
    actAs(world.charge.id);
    const frozen = await savePreDiagnosticAction({ ...input(), participationId: world.frozen.participation.id });
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect((await participationOf(world.member.participation.id)).preDiagnostic?.date).toEqual(new Date("2026-06-10"));
    expect(await db.preDiagnostic.count({ where: { participationId: world.frozen.participation.id } })).toBe(0);
  });
});

describe("withdrawing a company", () => {
  const input = () => ({ participationId: world.leaving.participation.id, reason: "Changement de direction : projet reporté." });

  it("needs a reason", async () => {
    actAs(world.charge.id);
    const result = await withdrawParticipationAction({ ...input(), reason: " " });
    expect(!result.ok && result.fieldErrors).toEqual({ reason: "Saisissez le motif du retrait." });
    expect((await participationOf(world.leaving.participation.id)).status).toBe("ENROLLED");
  });

  it("refuses another Aract's chargé de mission (not found), a company member and an evaluated cluster", async () => {
    actAs(world.otherCharge.id);
    const foreign = await withdrawParticipationAction(input());
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.leaving.user.id);
    expect(await withdrawParticipationAction(input())).toEqual(FORBIDDEN);
    actAs(world.charge.id);
    const frozen = await withdrawParticipationAction({ ...input(), participationId: world.frozen.participation.id });
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect((await participationOf(world.leaving.participation.id)).status).toBe("ENROLLED");
    expect((await participationOf(world.frozen.participation.id)).status).toBe("ENROLLED");
  });

  it("withdraws it with its reason, records the move, keeps the pair's seats and ends their access", async () => {
    actAs(world.charge.id);
    expect((await buildScope(world.leaving.user.id))?.role).toBe("COMPANY_MEMBER");
    const result = await withdrawParticipationAction(input());
    expect(result.ok).toBe(true);
    const saved = await participationOf(world.leaving.participation.id);
    expect(saved).toMatchObject({ status: "WITHDRAWN", withdrawalReason: input().reason });
    expect(saved.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.note, c.changedById])).toEqual([
      ["ENROLLED", "WITHDRAWN", input().reason, world.charge.id],
    ]);
    expect(await db.pairMember.count({ where: { participationId: saved.id, endedAt: null } })).toBe(2);
    expect(await buildScope(world.leaving.user.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: saved.id, action: "participation.withdrawn" } })).toBe(1);
  });

  it("refuses to withdraw it twice, and then to change its records", async () => {
    actAs(world.charge.id);
    const again = await withdrawParticipationAction(input());
    expect(!again.ok && again.error).toBe("Cette entreprise est déjà retirée du cluster.");
    const pre = await savePreDiagnosticAction({ participationId: world.leaving.participation.id, date: "2026-06-09", findings: "x" });
    expect(!pre.ok && pre.error).toMatch(/retirée du cluster/);
    expect((await participationOf(world.leaving.participation.id)).statusChanges).toHaveLength(1);
  });
});
