import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeClusterStatusAction } from "@/lib/clusters/actions";
import { rescheduleFollowUpAction, saveFollowUpAction } from "@/lib/follow-ups/actions";
import { sendDueFollowUps } from "@/lib/follow-ups/sending/mutations";
import { getFollowUp, listClusterFollowUps } from "@/lib/follow-ups/queries";
import type { FollowUpInput } from "@/lib/follow-ups/schemas";
import { refreshStaleFacts } from "@/lib/reports/facts/mutations";
import { countReport } from "@/lib/reports/queries";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import { addMonths } from "@/lib/follow-ups/rules";
import { actAs, FORBIDDEN } from "../support/session";
import { createTwoAracts, enrolCompany, giveAccount, testDb } from "../factories";

// The follow-up after a cluster: scheduled at its closing, e-mailed to the pair on its day and weekly
// after, answered by the pair or the staff, its outcomes feeding « Accords et plans aboutis à 6 mois ».

const db = testDb();
const DAY_MS = 24 * 3600 * 1000;
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const shared = await createTwoAracts(db);
  await db.cluster.update({ where: { id: shared.cluster.id }, data: { themes: ["EGALITE_PROFESSIONNELLE"] } });
  const programme = await db.programme.create({
    data: { aractId: shared.aract.id, code: "SUIVI-9", name: "Programme à neuf mois", themes: ["EGALITE_PROFESSIONNELLE"], followUpMonths: 9 },
  });
  await db.cluster.update({ where: { id: shared.cluster.id }, data: { programmeId: programme.id } });
  const second = await enrolCompany(db, shared.cluster.id, shared.aract.id);
  const withdrawn = await enrolCompany(db, shared.cluster.id, shared.aract.id);
  await db.participation.update({ where: { id: withdrawn.participation.id }, data: { status: "WITHDRAWN" } });
  const referente = await db.person.create({ data: { aractId: shared.aract.id, firstName: "Réf", lastName: "Égalité", email: "ref@entreprise.fr" } });
  await db.pairMember.create({
    data: { aractId: shared.aract.id, participationId: shared.member.participation.id, personId: referente.id, role: "EQUALITY_REFERENT" },
  });
  const referenteUser = await giveAccount(db, referente);
  return { ...shared, second, withdrawn, referenteUser };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const followUpOf = (participationId: string) => db.followUp.findUnique({ where: { participationId }, include: { messages: true } });
const scopeOf = async (userId: string) => (await buildScope(userId)) as Scope;
const answers = (followUpId: string, version: number, overrides: Partial<FollowUpInput> = {}): FollowUpInput => ({
  followUpId,
  version,
  outcomes: [
    { theme: "EGALITE_PROFESSIONNELLE", kind: "ACCORD", status: "SIGNED", signedAt: "2026-11-20", depositedAt: "", depositReference: "", domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"] },
  ],
  actionsCarriedOut: "Deux réunions de négociation, puis la signature.",
  changes: "Les écarts de rémunération sont suivis chaque trimestre.",
  satisfaction: "5",
  ...overrides,
});
/** Puts a follow-up's due day `days` days before today (the clock of the schedule is the caller's). */
const dueDaysAgo = (participationId: string, days: number) =>
  db.followUp.update({ where: { participationId }, data: { dueOn: new Date(parseDay(todayInFrance()).getTime() - days * DAY_MS) } });

describe("closing a cluster", () => {
  it("schedules the follow-up of each company still engaged, the programme's months later", async () => {
    actAs(world.charge.id);
    const closed = await changeClusterStatusAction({ id: world.cluster.id, to: "CLOSED" });
    expect(closed.ok).toBe(true);
    const today = todayInFrance();
    const first = await followUpOf(world.member.participation.id);
    expect(first?.closedOn).toEqual(parseDay(today));
    expect(first?.dueOn).toEqual(parseDay(addMonths(today, 9)));
    expect(await followUpOf(world.second.participation.id)).not.toBeNull();
    expect(await followUpOf(world.withdrawn.participation.id)).toBeNull();
    // Not due yet: nothing goes, and the questionnaire is not open.
    expect((await sendDueFollowUps()).sent).toBe(0);
    actAs(world.member.user.id);
    const early = await saveFollowUpAction(answers(first!.id, first!.version));
    expect(!early.ok && early.error).toMatch(/^Le questionnaire de suivi s'ouvre le /);
  });
});

describe("moving a follow-up", () => {
  it("lets the chargée open it on another day before its e-mail, audited; refuses another Aract, the pair and a past day", async () => {
    const followUp = (await followUpOf(world.second.participation.id))!;
    const later = addMonths(todayInFrance(), 10);
    actAs(world.otherCharge.id);
    const foreign = await rescheduleFollowUpAction({ followUpId: followUp.id, dueOn: later });
    expect(!foreign.ok && foreign.error).toMatch(/introuvable/);
    actAs(world.second.user.id);
    expect(await rescheduleFollowUpAction({ followUpId: followUp.id, dueOn: later })).toEqual(FORBIDDEN);
    actAs(world.charge.id);
    const past = await rescheduleFollowUpAction({ followUpId: followUp.id, dueOn: "2020-01-01" });
    expect(!past.ok && past.fieldErrors).toEqual({ dueOn: "Choisissez aujourd'hui ou une date à venir." });
    expect((await followUpOf(world.second.participation.id))?.dueOn).toEqual(followUp.dueOn);
    expect((await rescheduleFollowUpAction({ followUpId: followUp.id, dueOn: later })).ok).toBe(true);
    expect((await followUpOf(world.second.participation.id))?.dueOn).toEqual(parseDay(later));
    expect(await db.auditEvent.findFirst({ where: { action: "follow-up.rescheduled", entityId: followUp.id } })).toMatchObject({
      actorId: world.charge.id,
      changes: { dueOn: [addMonths(todayInFrance(), 9), later] },
    });
  });
});

describe("the follow-up's e-mails", () => {
  it("go to the pair members who can sign in on the due day, once, whichever process sends", async () => {
    await dueDaysAgo(world.member.participation.id, 0);
    const outbox = () => db.outboxEmail.findMany({ where: { to: world.member.user.email }, orderBy: { createdAt: "asc" } });
    const before = (await outbox()).length;
    const rounds = await Promise.all([sendDueFollowUps(), sendDueFollowUps()]);
    expect(rounds.reduce((sum, round) => sum + round.sent, 0)).toBe(1);
    const followUp = await followUpOf(world.member.participation.id);
    expect(followUp?.messages.map((m) => [m.week, m.recipients])).toEqual([[0, 1]]);
    const mails = await outbox();
    expect(mails.length - before).toBe(1);
    expect(mails.at(-1)?.subject).toMatch(/^Le suivi de Entreprise \d+, après le « Cluster \d+ »$/);
    expect(mails.at(-1)?.text).toContain(encodeURIComponent(`/clusters/${world.cluster.id}/suivi/${world.member.participation.id}`));
    // The staff representative has no account: no e-mail to them.
    expect(await db.outboxEmail.count({ where: { to: world.member.staffRep.email! } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "follow-up.sent", entityId: followUp!.id } })).toBe(1);
    // The same day again: nothing more.
    expect((await sendDueFollowUps()).sent).toBe(0);
    // Sent: its date no longer moves.
    actAs(world.charge.id);
    const moved = await rescheduleFollowUpAction({ followUpId: followUp!.id, dueOn: addMonths(todayInFrance(), 1) });
    expect(!moved.ok && moved.fieldErrors).toEqual({ dueOn: "Le questionnaire a déjà été envoyé au binôme : sa date ne change plus." });
  });

  it("remind once a week for a month, and no more", async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY_MS);
    expect((await sendDueFollowUps(at(6))).reminded).toBe(0);
    expect((await sendDueFollowUps(at(7))).reminded).toBe(1);
    expect((await sendDueFollowUps(at(8))).reminded).toBe(0);
    for (const days of [14, 21, 28]) expect((await sendDueFollowUps(at(days))).reminded).toBe(1);
    expect((await sendDueFollowUps(at(35))).reminded).toBe(0);
    const followUp = await followUpOf(world.member.participation.id);
    expect(followUp?.messages.map((m) => m.week).sort()).toEqual([0, 1, 2, 3, 4]);
    const last = await db.outboxEmail.findFirst({ where: { to: world.member.user.email }, orderBy: { createdAt: "desc" } });
    expect(last?.subject).toMatch(/^Rappel : le suivi de Entreprise \d+ attend vos réponses$/);
    expect(await db.auditEvent.count({ where: { action: "follow-up.reminded", entityId: followUp!.id } })).toBe(4);
  });

  it("stop once the questionnaire is answered", async () => {
    await dueDaysAgo(world.second.participation.id, 0);
    await db.followUp.update({ where: { participationId: world.second.participation.id }, data: { submittedAt: new Date() } });
    expect((await sendDueFollowUps()).sent).toBe(0);
    expect((await followUpOf(world.second.participation.id))?.messages).toEqual([]);
    await db.followUp.update({ where: { participationId: world.second.participation.id }, data: { submittedAt: null } });
  });
});

describe("answering the follow-up", () => {
  it("refuses another Aract, the national team, another company's pair and a further member, and writes nothing", async () => {
    const followUp = (await followUpOf(world.member.participation.id))!;
    for (const [userId, expected] of [
      [world.otherCharge.id, /introuvable/],
      [world.second.user.id, /introuvable/],
      [world.referenteUser.id, /introuvable/],
    ] as const) {
      actAs(userId);
      const refused = await saveFollowUpAction(answers(followUp.id, followUp.version));
      expect(!refused.ok && refused.error).toMatch(expected);
    }
    actAs(world.national.id);
    expect(await saveFollowUpAction(answers(followUp.id, followUp.version))).toEqual(FORBIDDEN);
    expect((await followUpOf(world.member.participation.id))?.submittedAt).toBeNull();
    expect(await db.outcome.count({ where: { participationId: world.member.participation.id } })).toBe(0);
  });

  it("says in French what is missing, and writes nothing", async () => {
    const followUp = (await followUpOf(world.member.participation.id))!;
    actAs(world.member.user.id);
    const bad = await saveFollowUpAction(
      answers(followUp.id, followUp.version, {
        outcomes: [{ theme: "EGALITE_PROFESSIONNELLE", kind: "ACCORD", status: "SIGNED", signedAt: "", depositedAt: "", depositReference: "", domains: [] }],
        changes: "",
        satisfaction: undefined,
      }),
    );
    expect(!bad.ok && bad.fieldErrors).toEqual({
      "outcomes.0.signedAt": "Saisissez la date de signature.",
      changes: "Saisissez ce que le cluster a changé.",
      satisfaction: "Choisissez une note de 1 à 5.",
    });
    // A signed égalité accord of a company of 50 or more must retain three domains with pay (R. 2242-2).
    await db.participation.update({ where: { id: world.member.participation.id }, data: { headcountAtEntry: 120 } });
    const short = await saveFollowUpAction(
      answers(followUp.id, followUp.version, {
        outcomes: [{ theme: "EGALITE_PROFESSIONNELLE", kind: "ACCORD", status: "SIGNED", signedAt: "2026-11-20", depositedAt: "", depositReference: "", domains: ["EMBAUCHE"] }],
      }),
    );
    expect(!short.ok && short.fieldErrors?.["outcomes.0.domains"]).toMatch(/^Il manque 2 domaines/);
    const untouched = await followUpOf(world.member.participation.id);
    expect([untouched?.submittedAt, untouched?.version]).toEqual([null, followUp.version]);
    expect(await db.outcome.count({ where: { participationId: world.member.participation.id } })).toBe(0);
  });

  it("records the pair's answers, the accord signed after the cluster, and audits both", async () => {
    const followUp = (await followUpOf(world.member.participation.id))!;
    actAs(world.member.user.id);
    const saved = await saveFollowUpAction(answers(followUp.id, followUp.version));
    expect(saved.ok).toBe(true);
    const after = await followUpOf(world.member.participation.id);
    expect(after).toMatchObject({ satisfaction: 5, submittedById: world.member.user.id, version: followUp.version + 1 });
    expect(after?.submittedAt).not.toBeNull();
    const outcome = await db.outcome.findFirstOrThrow({ where: { participationId: world.member.participation.id } });
    expect(outcome).toMatchObject({ kind: "ACCORD", status: "SIGNED", signedAt: parseDay("2026-11-20"), theme: "EGALITE_PROFESSIONNELLE" });
    // The trail says which answers changed, not the company's words.
    expect(await db.auditEvent.findFirst({ where: { action: "follow-up.answered", entityId: followUp.id, actorId: world.member.user.id } })).toMatchObject({
      changes: { actionsCarriedOut: "modifié", changes: "modifié", satisfaction: [null, 5] },
    });
    expect(await db.auditEvent.count({ where: { action: "outcome.created", entityId: outcome.id } })).toBe(1);
    // The staff read it, the pair's further member too, without writing.
    const view = await getFollowUp(await scopeOf(world.referenteUser.id), world.cluster.id, world.member.participation.id);
    expect(view).toMatchObject({ state: "answered", writable: false, answers: { satisfaction: 5 } });
    // The pair reads the e-mails it was sent; another Aract finds nothing.
    const mine = await getFollowUp(await scopeOf(world.member.user.id), world.cluster.id, world.member.participation.id);
    expect(mine?.messages.map((m) => m.week)).toEqual([0, 1, 2, 3, 4]);
    expect(await getFollowUp(await scopeOf(world.otherCharge.id), world.cluster.id, world.member.participation.id)).toBeNull();
    const list = await listClusterFollowUps(await scopeOf(world.charge.id), world.cluster.id);
    expect(list.find((row) => row.participationId === world.member.participation.id)).toMatchObject({ state: "answered", reminders: 4 });
  });

  it("lets the staff complete it on its version, the deposit updating the same accord; a stale version is refused", async () => {
    const followUp = (await followUpOf(world.member.participation.id))!;
    const outcome = await db.outcome.findFirstOrThrow({ where: { participationId: world.member.participation.id } });
    const deposited = answers(followUp.id, followUp.version, {
      outcomes: [
        {
          theme: "EGALITE_PROFESSIONNELLE",
          outcomeId: outcome.id,
          outcomeVersion: outcome.version,
          kind: "ACCORD",
          status: "DEPOSITED",
          signedAt: "2026-11-20",
          depositedAt: "2026-11-27",
          depositReference: "T03526001234",
          domains: ["EMBAUCHE", "FORMATION", "REMUNERATION"],
        },
      ],
      satisfaction: "4",
    });
    actAs(world.charge.id);
    expect((await saveFollowUpAction(deposited)).ok).toBe(true);
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcome.id } })).toMatchObject({ status: "DEPOSITED", depositReference: "T03526001234", version: outcome.version + 1 });
    const after = await followUpOf(world.member.participation.id);
    // The first answer's author stays; the audit says who changed what.
    expect(after).toMatchObject({ satisfaction: 4, submittedById: world.member.user.id });
    expect(await db.auditEvent.findFirst({ where: { action: "follow-up.updated", entityId: followUp.id } })).toMatchObject({
      actorId: world.charge.id,
      changes: { satisfaction: [5, 4] },
    });
    // The pair saves the form it loaded before: refused, nothing written.
    actAs(world.member.user.id);
    const stale = await saveFollowUpAction({ ...deposited, satisfaction: "1" });
    expect(!stale.ok && stale.error).toMatch(/modifié par quelqu'un d'autre|enregistré par quelqu'un d'autre/);
    expect((await followUpOf(world.member.participation.id))?.satisfaction).toBe(4);
  });
});

describe("the reports", () => {
  it("count the accords and plans reached within six months of the closing, over the clusters closed six months ago", async () => {
    const aractScope = await scopeOf(world.charge.id);
    const today = todayInFrance();
    await refreshStaleFacts(world.aract.id, today);
    const now = await countReport(aractScope, {}, today);
    // Closed today: not yet six months.
    expect([now.total.sixMonthCompanies, now.total.sixMonthOutcomes]).toEqual([0, 0]);
    // Closed seven months ago: the accord signed two months ago counts, for one company of two.
    await db.outcome.updateMany({ where: { participationId: world.member.participation.id }, data: { signedAt: parseDay(addMonths(today, -2)) } });
    await db.clusterStatusChange.updateMany({
      where: { clusterId: world.cluster.id, toStatus: "CLOSED" },
      data: { changedAt: new Date(parseDay(addMonths(today, -7)).getTime() + 12 * 3600 * 1000) },
    });
    await db.cluster.update({ where: { id: world.cluster.id }, data: { status: "EVALUATED" } });
    await refreshStaleFacts(world.aract.id, today);
    const later = await countReport(aractScope, {}, today);
    expect([later.total.sixMonthCompanies, later.total.sixMonthCompaniesReached, later.total.sixMonthOutcomes]).toEqual([2, 1, 1]);
    // Signed more than six months after the closing: no longer « à 6 mois » (the date's change moves the figure).
    await db.outcome.updateMany({ where: { participationId: world.member.participation.id }, data: { signedAt: parseDay(today) } });
    await refreshStaleFacts(world.aract.id, today);
    expect((await countReport(aractScope, {}, today)).total.sixMonthOutcomes).toBe(0);
  });
});
