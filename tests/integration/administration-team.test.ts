import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeStaffRoleAction,
  deactivateStaffAction,
  inviteStaffAction,
  reactivateStaffAction,
  resendStaffInvitationAction,
} from "@/lib/users/actions";
import { buildScope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createStaffUser, createTwoAracts, testDb } from "../factories";

// The Aract administrator runs the Aract's team, and only their own Aract's.
const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const base = await createTwoAracts(db);
  const admin = await createStaffUser(db, "ARACT_ADMIN", base.aract.id);
  const otherAdmin = await createStaffUser(db, "ARACT_ADMIN", base.other.id);
  return { ...base, admin, otherAdmin };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

describe("inviting a colleague", () => {
  it("gives them the role and e-mails a sign-in link, audited", async () => {
    actAs(world.admin.id);
    const result = await inviteStaffAction({ email: "Lea.Martin@ouest.aract.fr ", name: "Léa Martin", role: "CHARGE_DE_MISSION" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "lea.martin@ouest.aract.fr" } });
    expect(await buildScope(user.id)).toMatchObject({ role: "CHARGE_DE_MISSION", aractId: world.aract.id });
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.invited", actorId: world.admin.id } })).toBe(1);

    expect((await resendStaffInvitationAction({ userId: user.id })).ok).toBe(true);
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(2);
  });

  it("refuses bad input with French messages and someone already in the team, writing nothing", async () => {
    actAs(world.admin.id);
    const users = await db.user.count();
    expect(await inviteStaffAction({ email: "lea@", name: "", role: "NATIONAL" as "ARACT_ADMIN" })).toMatchObject({
      ok: false,
      fieldErrors: {
        email: "Saisissez une adresse e-mail valide, comme prenom.nom@entreprise.fr.",
        name: "Saisissez le prénom et le nom.",
        role: "Choisissez un rôle.",
      },
    });
    expect(await inviteStaffAction({ email: world.charge.email, name: "X", role: "ARACT_ADMIN" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "Cette personne fait déjà partie de l'équipe : changez son rôle depuis sa fiche." },
    });
    expect(await db.user.count()).toBe(users);
  });

  it("is refused to a chargé·e de mission, the national team, a pair member", async () => {
    for (const user of [world.charge, world.national, world.member.user]) {
      actAs(user.id);
      expect(await inviteStaffAction({ email: "intrus@exemple.fr", name: "Intrus", role: "ARACT_ADMIN" })).toEqual(FORBIDDEN);
      expect(await changeStaffRoleAction({ userId: world.charge.id, role: "ARACT_ADMIN" })).toEqual(FORBIDDEN);
      expect(await deactivateStaffAction({ userId: world.charge.id, handovers: [] })).toEqual(FORBIDDEN);
    }
    expect(await db.user.count({ where: { email: "intrus@exemple.fr" } })).toBe(0);
  });
});

describe("another Aract's administrator", () => {
  it("cannot reach this Aract's people: they are not found, nothing changes", async () => {
    actAs(world.otherAdmin.id);
    expect(await changeStaffRoleAction({ userId: world.charge.id, role: "ARACT_ADMIN" })).toMatchObject({
      ok: false,
      error: "Cette personne est introuvable, ou vous n'y avez pas accès.",
    });
    expect(await deactivateStaffAction({ userId: world.charge.id, handovers: [] })).toMatchObject({ ok: false });
    expect(await resendStaffInvitationAction({ userId: world.charge.id })).toMatchObject({ ok: false });
    expect(await buildScope(world.charge.id)).toMatchObject({ role: "CHARGE_DE_MISSION" });
  });
});

describe("changing a role", () => {
  it("applies at once and keeps the Aract's last administrator", async () => {
    const colleague = await createStaffUser(db, "CHARGE_DE_MISSION", world.aract.id);
    actAs(world.admin.id);
    expect((await changeStaffRoleAction({ userId: colleague.id, role: "ARACT_ADMIN" })).ok).toBe(true);
    expect(await buildScope(colleague.id)).toMatchObject({ role: "ARACT_ADMIN" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: colleague.id, action: "user.role-changed" } });
    expect(event.changes).toEqual({ role: ["CHARGE_DE_MISSION", "ARACT_ADMIN"] });

    // Two administrators: one may step down; the last one may not.
    expect((await changeStaffRoleAction({ userId: colleague.id, role: "CHARGE_DE_MISSION" })).ok).toBe(true);
    actAs(world.otherAdmin.id);
    expect(await changeStaffRoleAction({ userId: world.otherAdmin.id, role: "CHARGE_DE_MISSION" })).toMatchObject({
      ok: false,
      error: "L'Aract garde au moins un·e administrateur·rice actif·ve : nommez-en un·e autre d'abord.",
    });
  });
});

describe("deactivating a colleague", () => {
  it("requires each running cluster to be handed to an active colleague, then ends their sessions", async () => {
    const leaving = await createStaffUser(db, "CHARGE_DE_MISSION", world.aract.id);
    const first = await createCluster(db, world.aract.id, { staffUserId: leaving.id });
    const second = await createCluster(db, world.aract.id, { staffUserId: leaving.id });
    await db.session.create({ data: { sessionToken: `s-${leaving.id}`, userId: leaving.id, expires: new Date(Date.now() + 3600_000) } });
    actAs(world.admin.id);

    expect(await deactivateStaffAction({ userId: leaving.id, handovers: [{ clusterId: first.id, toUserId: world.admin.id }] })).toMatchObject({
      ok: false,
      error: `Confiez d'abord le cluster « ${second.name} » à quelqu'un d'autre. Rechargez la page.`,
    });
    expect(
      await deactivateStaffAction({
        userId: leaving.id,
        handovers: [
          { clusterId: first.id, toUserId: world.admin.id },
          { clusterId: second.id, toUserId: world.otherCharge.id },
        ],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { "handovers.1.toUserId": "Choisissez une personne active de l'équipe." } });
    expect(await buildScope(leaving.id)).not.toBeNull();

    const done = await deactivateStaffAction({
      userId: leaving.id,
      handovers: [
        { clusterId: first.id, toUserId: world.admin.id },
        { clusterId: second.id, toUserId: world.charge.id },
      ],
    });
    expect(done.ok).toBe(true);
    expect(await buildScope(leaving.id)).toBeNull();
    expect(await db.session.count({ where: { userId: leaving.id } })).toBe(0);
    const staffOf = async (clusterId: string) => (await db.clusterStaff.findMany({ where: { clusterId } })).map((s) => s.userId);
    expect(await staffOf(first.id)).toEqual([world.admin.id]);
    expect(await staffOf(second.id)).toEqual([world.charge.id]);
    expect(await db.auditEvent.count({ where: { action: "cluster.handed-over", entityId: { in: [first.id, second.id] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "user.deactivated", entityId: leaving.id } })).toBe(1);

    expect((await reactivateStaffAction({ userId: leaving.id })).ok).toBe(true);
    expect(await buildScope(leaving.id)).toMatchObject({ role: "CHARGE_DE_MISSION" });
  });

  it("refuses to deactivate oneself", async () => {
    actAs(world.admin.id);
    expect(await deactivateStaffAction({ userId: world.admin.id, handovers: [] })).toMatchObject({
      ok: false,
      error: "Vous ne pouvez pas désactiver votre propre compte.",
    });
  });
});
