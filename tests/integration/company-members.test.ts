import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMemberAction,
  addSteeringMeetingAction,
  deleteSteeringMeetingAction,
  removeMemberAction,
  setMemberDiagnosticsAction,
  setSteeringAction,
} from "@/lib/members/actions";
import { invitePairMemberAction } from "@/lib/participations/actions";
import { recordAttendanceAction } from "@/lib/sessions/actions";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { getParticipationDetail } from "@/lib/participations/queries";
import { listMyParticipations } from "@/lib/participations/mine/queries";
import { getAttendanceSheet } from "@/lib/sessions/queries";
import { countReport } from "@/lib/reports/queries";
import type { AddMemberInput } from "@/lib/members/schemas";
import { actAs, FORBIDDEN } from "../support/session";
import { readerOf } from "../support/scopes";
import { createCluster, createSession, createTwoAracts, enrolCompany, testDb } from "../factories";

// The people of a company beyond its pair: added with a role, invited, seated in the company's space,
// recorded at sessions, counted in the reports; and the company's steering committee.

const db = testDb();
const TODAY = "2026-12-07";
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  const evaluated = await createCluster(db, shared.aract.id);
  const frozen = await enrolCompany(db, evaluated.id, shared.aract.id);
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  const session = await createSession(db, shared.cluster.id, shared.aract.id, "2026-11-20");
  return { ...shared, frozen, session };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const referente = (overrides: Partial<AddMemberInput> = {}): AddMemberInput => ({
  participationId: world.member.participation.id,
  role: "QVT_REFERENT",
  roleLabel: "",
  steering: false,
  person: { firstName: "Soizic", lastName: "Le Roux", jobTitle: "Chargée RH", email: "soizic.leroux@entreprise.fr" },
  ...overrides,
});
const seatOf = (id: string) => db.pairMember.findUniqueOrThrow({ where: { id } });
const audited = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

describe("adding a member beyond the pair", () => {
  it("refuses another Aract, a company member and the national team, and writes nothing", async () => {
    actAs(world.otherCharge.id);
    const foreign = await addMemberAction(referente());
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.member.user.id);
    expect(await addMemberAction(referente())).toEqual(FORBIDDEN);
    actAs(world.national.id);
    expect(await addMemberAction(referente())).toEqual(FORBIDDEN);
    expect(await db.pairMember.count({ where: { role: { not: null } } })).toBe(0);
  });

  it("refuses bad input with French messages: no role, another role without its name, an evaluated cluster", async () => {
    actAs(world.charge.id);
    const noRole = await addMemberAction({ ...referente(), role: "" as never });
    expect(!noRole.ok && noRole.fieldErrors?.role).toBe("Choisissez le rôle de cette personne.");
    const unnamed = await addMemberAction(referente({ role: "OTHER", roleLabel: " " }));
    expect(!unnamed.ok && unnamed.fieldErrors?.roleLabel).toBe("Précisez le rôle de cette personne.");
    const frozen = await addMemberAction(referente({ participationId: world.frozen.participation.id }));
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect(await db.person.count({ where: { email: "soizic.leroux@entreprise.fr" } })).toBe(0);
  });

  it("seats the référente with her role, audited, beside the pair; the same person twice is refused", async () => {
    actAs(world.charge.id);
    const added = await addMemberAction(referente());
    expect(added.ok).toBe(true);
    const seat = await seatOf(added.ok ? added.data.pairMemberId : "");
    expect(seat).toMatchObject({ side: null, role: "QVT_REFERENT", roleLabel: null, steering: false, endedAt: null });
    expect(await audited(seat.id, "member.added")).toBe(1);
    const twice = await addMemberAction(referente());
    expect(!twice.ok && twice.fieldErrors?.["person.email"]).toBe(
      "Cette personne fait déjà partie des membres de cette entreprise dans le cluster.",
    );
    const pairPerson = await addMemberAction(referente({ person: { firstName: "Dir", lastName: "X", email: world.member.user.email } }));
    expect(pairPerson.ok).toBe(false);

    const detail = await getParticipationDetail(readerOf(world.aract.id), world.cluster.id, world.member.participation.id);
    expect(detail?.pair.map((m) => m.label)).toEqual(["Direction", "Représentant·e du personnel"]);
    expect(detail?.members.map((m) => [m.label, m.name])).toEqual([["Référent·e QVT", "Soizic Le Roux"]]);
  });

  it("keeps the role typed in, and puts a steering committee member on the committee by her role", async () => {
    actAs(world.charge.id);
    const other = await addMemberAction(
      referente({ role: "OTHER", roleLabel: "Ergonome interne", person: { firstName: "Yann", lastName: "Morvan", email: "" } }),
    );
    expect(other.ok && (await seatOf(other.data.pairMemberId))).toMatchObject({ role: "OTHER", roleLabel: "Ergonome interne" });
    const steering = await addMemberAction(
      referente({ role: "STEERING_COMMITTEE", roleLabel: "ignoré", person: { firstName: "Anne", lastName: "Guéguen", email: "anne.gueguen@entreprise.fr" } }),
    );
    expect(steering.ok && (await seatOf(steering.data.pairMemberId))).toMatchObject({ steering: true, roleLabel: null });
    const off = await setSteeringAction({ pairMemberId: steering.ok ? steering.data.pairMemberId : "", steering: false });
    expect(!off.ok && off.error).toMatch(/par son rôle/);
  });
});

describe("a member's place in the company", () => {
  const referenteSeat = () => db.pairMember.findFirstOrThrow({ where: { role: "QVT_REFERENT", endedAt: null } });

  it("is invited by e-mail as what she is, and then reaches the company's space", async () => {
    actAs(world.charge.id);
    const seat = await referenteSeat();
    const invited = await invitePairMemberAction({ pairMemberId: seat.id });
    expect(invited.ok).toBe(true);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "soizic.leroux@entreprise.fr" } });
    expect(mail.text).toContain("en tant que « Référent·e QVT »");
    const person = await db.person.findUniqueOrThrow({ where: { id: seat.personId } });
    const scope = (await buildScope(person.userId!)) as Scope;
    expect(scope.role).toBe("COMPANY_MEMBER");
    const mine = await listMyParticipations(scope, new Date(`${TODAY}T12:00:00Z`));
    expect(mine.map((p) => p.id)).toEqual([world.member.participation.id]);
    expect(mine[0]!.people.map((p) => [p.label, p.isMe])).toEqual([
      ["Direction", false],
      ["Représentant·e du personnel", false],
      ["Référent·e QVT", true],
      ["Ergonome interne", false],
      ["Membre du comité de pilotage", false],
    ]);
  });

  it("is expected at the sessions and her attendance recorded; the reports count the people associated", async () => {
    const seat = await referenteSeat();
    const sheet = await getAttendanceSheet(readerOf(world.aract.id), world.cluster.id, world.session.id);
    const company = sheet!.companies.find((c) => c.participationId === world.member.participation.id)!;
    expect(company.people.map((p) => p.label)).toContain("Référent·e QVT");
    actAs(world.charge.id);
    const recorded = await recordAttendanceAction({ sessionId: world.session.id, statuses: { [seat.personId]: "PRESENT" } });
    expect(recorded.ok).toBe(true);
    expect(await db.attendance.findUniqueOrThrow({ where: { sessionId_personId: { sessionId: world.session.id, personId: seat.personId } } }))
      .toMatchObject({ status: "PRESENT", participationId: world.member.participation.id });
    const report = await countReport(readerOf(world.aract.id), {}, TODAY);
    // The pair and its three further members, beside the frozen cluster's pair.
    expect(report.total.people).toBe(2 + 3 + 2);
    expect((await countReport(readerOf(world.other.id), {}, TODAY)).total.people).toBe(0);
  });

  it("leaves when removed (history kept, access lost); a pair member is replaced, not removed", async () => {
    const seat = await referenteSeat();
    const direction = await db.pairMember.findFirstOrThrow({ where: { participationId: world.member.participation.id, side: "DIRECTION" } });
    actAs(world.charge.id);
    const refused = await removeMemberAction({ pairMemberId: direction.id });
    expect(!refused.ok && refused.error).toBe("Un membre du binôme ne se retire pas : remplacez-le.");
    expect((await removeMemberAction({ pairMemberId: seat.id })).ok).toBe(true);
    expect((await seatOf(seat.id)).endedAt).not.toBeNull();
    expect(await audited(seat.id, "member.removed")).toBe(1);
    const person = await db.person.findUniqueOrThrow({ where: { id: seat.personId } });
    expect(await buildScope(person.userId!)).toBeNull();
    expect(await db.attendance.count({ where: { personId: seat.personId } })).toBe(1);
    // Reached once: she still counts among the people associated.
    expect((await countReport(readerOf(world.aract.id), {}, TODAY)).total.people).toBe(7);
    const again = await removeMemberAction({ pairMemberId: seat.id });
    expect(!again.ok && again.error).toMatch(/ne fait plus partie/);
  });
});

describe("the steering committee", () => {
  it("takes a pair member on and off, audited; refuses another Aract", async () => {
    const direction = await db.pairMember.findFirstOrThrow({ where: { participationId: world.member.participation.id, side: "DIRECTION" } });
    actAs(world.otherCharge.id);
    const foreign = await setSteeringAction({ pairMemberId: direction.id, steering: true });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    expect((await setSteeringAction({ pairMemberId: direction.id, steering: true })).ok).toBe(true);
    expect((await seatOf(direction.id)).steering).toBe(true);
    expect(await audited(direction.id, "member.steering-changed")).toBe(1);
    const detail = await getParticipationDetail(readerOf(world.aract.id), world.cluster.id, world.member.participation.id);
    expect([...detail!.pair, ...detail!.members].filter((m) => m.steering).map((m) => m.label)).toEqual([
      "Direction",
      "Membre du comité de pilotage",
    ]);
  });

  it("records its meetings, refuses a bad or repeated date, and deletes one recorded by mistake", async () => {
    const participationId = world.member.participation.id;
    actAs(world.charge.id);
    const bad = await addSteeringMeetingAction({ participationId, date: "2026-02-30" });
    expect(!bad.ok && bad.fieldErrors?.date).toBe("Saisissez une date valide (jj/mm/aaaa).");
    const added = await addSteeringMeetingAction({ participationId, date: "2026-10-14", note: "Choix des actions prioritaires" });
    expect(added.ok).toBe(true);
    const twice = await addSteeringMeetingAction({ participationId, date: "2026-10-14" });
    expect(!twice.ok && twice.fieldErrors?.date).toMatch(/déjà enregistrée/);
    await addSteeringMeetingAction({ participationId, date: "2026-12-02" });
    const detail = await getParticipationDetail(readerOf(world.aract.id), world.cluster.id, participationId);
    expect(detail?.steeringMeetings.map((m) => [m.date.toISOString().slice(0, 10), m.note])).toEqual([
      ["2026-10-14", "Choix des actions prioritaires"],
      ["2026-12-02", null],
    ]);
    const meetingId = added.ok ? added.data.meetingId : "";
    expect(await audited(meetingId, "steering-meeting.added")).toBe(1);
    actAs(world.otherCharge.id);
    const foreign = await deleteSteeringMeetingAction({ meetingId });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    expect((await deleteSteeringMeetingAction({ meetingId })).ok).toBe(true);
    expect(await db.steeringMeeting.count({ where: { participationId } })).toBe(1);
    expect(await audited(meetingId, "steering-meeting.deleted")).toBe(1);
    // The pair reads its committee in its space: who sits on it, when it met.
    const [mine] = await listMyParticipations((await buildScope(world.member.user.id)) as Scope, new Date(`${TODAY}T12:00:00Z`));
    expect(mine!.people.filter((p) => p.steering).map((p) => p.label)).toEqual(["Direction", "Membre du comité de pilotage"]);
    expect(mine!.steeringMeetings.map((m) => m.date.toISOString().slice(0, 10))).toEqual(["2026-12-02"]);
  });
});

describe("opening a cluster's diagnostics to the members", () => {
  it("is the Aract's decision, audited; refused to another Aract and to an evaluated cluster", async () => {
    actAs(world.otherCharge.id);
    const foreign = await setMemberDiagnosticsAction({ clusterId: world.cluster.id, open: true });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.charge.id);
    const frozen = await setMemberDiagnosticsAction({ clusterId: world.frozen.participation.clusterId, open: true });
    expect(!frozen.ok && frozen.error).toMatch(/évalué/);
    expect((await setMemberDiagnosticsAction({ clusterId: world.cluster.id, open: true })).ok).toBe(true);
    expect((await db.cluster.findUniqueOrThrow({ where: { id: world.cluster.id } })).diagnosticsOpenToMembers).toBe(true);
    expect(await audited(world.cluster.id, "cluster.member-diagnostics")).toBe(1);
  });
});
