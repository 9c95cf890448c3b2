import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitePairMemberAction, replacePairMemberAction } from "@/lib/participations/actions";
import { buildScope } from "@/lib/auth/scope";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db, { aractName: "Aract Bretagne" });
  const { aract, member } = shared;
  const evaluated = await createCluster(db, aract.id);
  const frozen = await enrolCompany(db, evaluated.id, aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  const seats = await db.pairMember.findMany({ where: { participationId: member.participation.id } });
  const seat = (side: string) => seats.find((s) => s.side === side)!;
  return { ...shared, frozen, direction: seat("DIRECTION"), staffRep: seat("STAFF_REPRESENTATIVE") };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const seatOf = (id: string) => db.pairMember.findUniqueOrThrow({ where: { id }, include: { person: true } });

describe("inviting a pair member", () => {
  it("creates their account, ties it to their person, dates the invitation and e-mails a 7-day link", async () => {
    actAs(world.charge.id);
    const email = world.member.staffRep.email!;
    const result = await invitePairMemberAction({ pairMemberId: world.staffRep.id });
    expect(result).toMatchObject({ ok: true, data: { email } });
    const seat = await seatOf(world.staffRep.id);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(seat.person.userId).toBe(user.id);
    expect(user.name).toBe(`Rep ${world.member.staffRep.lastName}`);
    expect(seat.invitedAt).toBeInstanceOf(Date);

    const [message] = await db.outboxEmail.findMany({ where: { to: email } });
    expect(message!.subject).toBe(`Aract Bretagne : invitation au ${world.cluster.name}`);
    expect(message!.text).toMatch(/Personne \d+, de l'Aract Bretagne, vous invite/);
    expect(message!.text).toContain(world.member.company.name);
    expect(message!.text).toMatch(/http:\/\/localhost:3000\/connexion\/confirmer\?\S*token=/);
    expect(message!.text).toMatch(/valable 7 jours/);
    const token = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(token.expires.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.staffRep.id, action: "pair.invited" } });
    expect(audit.actorId).toBe(world.charge.id);
    expect(JSON.stringify(audit.changes)).not.toMatch(/connexion|token|Bonjour/);
    // The invited member may now sign in: they have a scope.
    expect((await buildScope(user.id))?.role).toBe("COMPANY_MEMBER");
  });

  it("sends a new link when the invitation is sent again, and dates it anew", async () => {
    actAs(world.charge.id);
    const before = await seatOf(world.staffRep.id);
    const result = await invitePairMemberAction({ pairMemberId: world.staffRep.id });
    expect(result.ok).toBe(true);
    const after = await seatOf(world.staffRep.id);
    expect(after.invitedAt!.getTime()).toBeGreaterThan(before.invitedAt!.getTime());
    expect(await db.outboxEmail.count({ where: { to: world.member.staffRep.email! } })).toBe(2);
    expect(await db.user.count({ where: { email: world.member.staffRep.email! } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: world.staffRep.id, action: "pair.invitation-resent" } })).toBe(1);
  });

  it("refuses a member without an e-mail address, and sends nothing", async () => {
    actAs(world.charge.id);
    await db.person.update({ where: { id: world.member.direction.id }, data: { email: null } });
    const outbox = await db.outboxEmail.count();
    const result = await invitePairMemberAction({ pairMemberId: world.direction.id });
    expect(!result.ok && result.error).toMatch(/n'a pas d'adresse e-mail : il ne peut pas être invité/);
    expect(await db.outboxEmail.count()).toBe(outbox);
    expect((await seatOf(world.direction.id)).invitedAt).toBeNull();
    await db.person.update({ where: { id: world.member.direction.id }, data: { email: world.member.direction.email } });
  });

  it("refuses another Aract's chargé de mission (not found), a company member and an evaluated cluster", async () => {
    const outbox = await db.outboxEmail.count();
    actAs(world.otherCharge.id);
    const foreign = await invitePairMemberAction({ pairMemberId: world.direction.id });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.member.user.id);
    expect(await invitePairMemberAction({ pairMemberId: world.direction.id })).toEqual(FORBIDDEN);
    actAs(world.charge.id);
    const frozenSeat = await db.pairMember.findFirstOrThrow({ where: { participationId: world.frozen.participation.id } });
    const frozen = await invitePairMemberAction({ pairMemberId: frozenSeat.id });
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect(await db.outboxEmail.count()).toBe(outbox);
    expect((await seatOf(world.direction.id)).invitedAt).toBeNull();
  });
});

describe("replacing a pair member", () => {
  const newcomer = { firstName: "Gwenaëlle", lastName: "Tanguy", jobTitle: "DRH", email: "g.tanguy@entreprise.fr" };

  it("refuses another Aract's chargé de mission (not found) and a company member, changing nothing", async () => {
    actAs(world.otherCharge.id);
    const foreign = await replacePairMemberAction({ pairMemberId: world.direction.id, side: "DIRECTION", person: newcomer });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.member.user.id);
    expect(await replacePairMemberAction({ pairMemberId: world.direction.id, side: "DIRECTION", person: newcomer })).toEqual(FORBIDDEN);
    expect((await seatOf(world.direction.id)).endedAt).toBeNull();
  });

  it("refuses bad input next to the fields, and the person already in the seat", async () => {
    actAs(world.charge.id);
    const bad = await replacePairMemberAction({
      pairMemberId: world.direction.id,
      side: "DIRECTION",
      person: { ...newcomer, lastName: "", email: "" },
    });
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ "person.lastName": "Saisissez le nom.", "person.email": expect.stringMatching(/direction/) });
    const same = await replacePairMemberAction({
      pairMemberId: world.direction.id,
      side: "DIRECTION",
      person: { ...newcomer, email: world.member.direction.email! },
    });
    expect(!same.ok && same.fieldErrors?.["person.email"]).toBe("C'est déjà cette personne qui occupe ce siège.");
    expect((await seatOf(world.direction.id)).endedAt).toBeNull();
  });

  it("ends the seat, seats the new person on the same side, and the replaced person loses access", async () => {
    actAs(world.charge.id);
    expect((await buildScope(world.member.user.id))?.role).toBe("COMPANY_MEMBER");
    const result = await replacePairMemberAction({ pairMemberId: world.direction.id, side: "DIRECTION", person: newcomer });
    expect(result.ok).toBe(true);
    const old = await seatOf(world.direction.id);
    expect(old.endedAt).toBeInstanceOf(Date);
    const active = await db.pairMember.findMany({ where: { participationId: world.member.participation.id, endedAt: null }, include: { person: true } });
    expect(active.map((s) => [s.side, s.person.email]).sort()).toEqual([
      ["DIRECTION", "g.tanguy@entreprise.fr"],
      ["STAFF_REPRESENTATIVE", world.member.staffRep.email],
    ]);
    expect(await buildScope(world.member.user.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: world.direction.id, action: "pair.member-replaced" } })).toBe(1);
    const again = await replacePairMemberAction({ pairMemberId: world.direction.id, side: "DIRECTION", person: newcomer });
    expect(!again.ok && again.error).toMatch(/ne fait plus partie des membres/);
  });

  it("refuses an evaluated cluster", async () => {
    actAs(world.charge.id);
    const frozenSeat = await db.pairMember.findFirstOrThrow({ where: { participationId: world.frozen.participation.id, side: "STAFF_REPRESENTATIVE" } });
    const result = await replacePairMemberAction({ pairMemberId: frozenSeat.id, side: "STAFF_REPRESENTATIVE", person: newcomer });
    expect(!result.ok && result.error).toMatch(/évalué/);
    expect((await seatOf(frozenSeat.id)).endedAt).toBeNull();
  });
});
