import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRemindersAction } from "@/lib/reminders/actions";
import { listReminderTemplates } from "@/lib/reminders/queries";
import { buildScope, type Scope } from "@/lib/auth/scope";
import { parseDay, todayInFrance } from "@/lib/dates/day";
import type { PrismaClient } from "@/generated/prisma/client";
import { actAs, FORBIDDEN } from "../support/session";
import { createCluster, createTwoAracts, enrolCompany, testDb } from "../factories";

const db = testDb();
let world: Awaited<ReturnType<typeof build>>;

let templates = 0;
async function createTemplate(client: PrismaClient, title: string) {
  templates += 1;
  return client.diagnosticTemplate.create({
    data: { key: `relances-${templates}-${Date.now()}`, version: 1, theme: "QVCT", title, publishedAt: new Date() },
  });
}

/** Gives a person an account they signed in with (so that a reminder may reach them). */
async function giveAccount(personId: string, email: string) {
  const user = await db.user.create({ data: { email, name: email, emailVerified: new Date() } });
  await db.person.update({ where: { id: personId }, data: { userId: user.id } });
  return user;
}

async function build() {
  const shared = await createTwoAracts(db);
  const { aract, cluster, member: first } = shared;
  const second = await enrolCompany(db, cluster.id, aract.id);
  const third = await enrolCompany(db, cluster.id, aract.id);
  const template = await createTemplate(db, "Diagnostic QVCT");
  const detached = await createTemplate(db, "Diagnostic télétravail");
  await db.clusterTemplate.create({ data: { aractId: aract.id, clusterId: cluster.id, templateId: template.id } });
  // First company: the staff representative has submitted; the direction has not opened it.
  await giveAccount(first.staffRep.id, first.staffRep.email!);
  await db.diagnosticResponse.create({
    data: { aractId: aract.id, participationId: first.participation.id, templateId: template.id, personId: first.staffRep.id, side: "STAFF_REPRESENTATIVE", status: "SUBMITTED", submittedAt: new Date() },
  });
  // Second company: the direction has a draft; the staff representative has no account.
  await db.diagnosticResponse.create({
    data: { aractId: aract.id, participationId: second.participation.id, templateId: template.id, personId: second.direction.id, side: "DIRECTION" },
  });
  // Third company: both have accounts; kept for the concurrency test.
  await giveAccount(third.staffRep.id, third.staffRep.email!);
  const evaluated = await createCluster(db, aract.id);
  await db.clusterTemplate.create({ data: { aractId: aract.id, clusterId: evaluated.id, templateId: template.id } });
  await db.cluster.update({ where: { id: evaluated.id }, data: { status: "EVALUATED" } });
  return { ...shared, first, second, third, template, detached, evaluated };
}

beforeAll(async () => {
  world = await build();
});
afterAll(() => db.$disconnect());

const input = (personIds: string[]) => ({ clusterId: world.cluster.id, templateId: world.template.id, personIds });
const outbox = (to: string) => db.outboxEmail.findMany({ where: { to } });

describe("reminding pair members who have not submitted", () => {
  it("lists them per diagnostic with their response and e-mail state", async () => {
    const [board] = (await listReminderTemplates((await buildScope(world.charge.id)) as Scope, world.cluster.id))!;
    expect(board).toMatchObject({ id: world.template.id, title: "Diagnostic QVCT", submitted: 1 });
    const state = Object.fromEntries(board!.targets.map((t) => [t.personId, [t.responseStatus, t.eligibility]]));
    expect(state).toMatchObject({
      [world.first.direction.id]: [null, "eligible"],
      [world.first.staffRep.id]: ["SUBMITTED", "submitted"],
      [world.second.direction.id]: ["DRAFT", "eligible"],
      [world.second.staffRep.id]: [null, "no-account"],
    });
  });

  it("sends the reminders, records and audits each one, and says who could not be reminded", async () => {
    actAs(world.charge.id);
    const picked = [world.first.direction.id, world.first.staffRep.id, world.second.direction.id, world.second.staffRep.id];
    const result = await sendRemindersAction(input(picked));
    expect(result).toEqual({
      ok: true,
      data: {
        clusterId: world.cluster.id,
        sent: [`Dir ${world.first.direction.lastName}`, `Dir ${world.second.direction.lastName}`],
        skipped: [
          { name: `Rep ${world.first.staffRep.lastName}`, reason: "réponse envoyée" },
          {
            name: `Rep ${world.second.staffRep.lastName}`,
            reason: "pas encore invité·e : ne peut pas être relancé·e (invitez d'abord depuis la fiche de l'entreprise)",
          },
        ],
        failed: [],
      },
    });
    const reminders = await db.diagnosticReminder.findMany({ where: { templateId: world.template.id }, orderBy: { sentAt: "asc" } });
    expect(reminders).toHaveLength(2);
    expect(reminders[1]).toMatchObject({
      aractId: world.aract.id,
      participationId: world.second.participation.id,
      personId: world.second.direction.id,
      sentById: world.charge.id,
      day: parseDay(todayInFrance()),
    });
    expect(reminders[1]!.responseId).not.toBeNull();

    const [message] = await outbox(world.second.direction.email!);
    expect(message!.subject).toBe("Rappel : votre diagnostic « Diagnostic QVCT » attend vos réponses");
    expect(message!.text).toContain(`${world.charge.name}, de l'Aract Ouest, vous rappelle que votre réponse au diagnostic « Diagnostic QVCT » de ${world.second.company.name}`);
    expect(message!.text).toContain("Vos réponses déjà saisies sont enregistrées");
    expect(message!.text).toMatch(/http:\/\/localhost:3000\/connexion\/confirmer\?\S*token=/);
    expect(message!.text).toMatch(/valable 7 jours/);
    expect(await outbox(world.first.staffRep.email!)).toHaveLength(0);
    expect(await outbox(world.second.staffRep.email!)).toHaveLength(0);

    const audits = await db.auditEvent.findMany({ where: { action: "diagnostic.reminder-sent", actorId: world.charge.id } });
    expect(audits.map((a) => a.entityId).sort()).toEqual(reminders.map((r) => r.id).sort());
    expect(JSON.stringify(audits.map((a) => a.changes))).not.toMatch(/Bonjour|token|connexion/);
  });

  it("skips those already reminded today, on a second send as on a race, one e-mail each per day", async () => {
    actAs(world.charge.id);
    const again = await sendRemindersAction(input([world.first.direction.id]));
    expect(again).toMatchObject({
      ok: true,
      data: { sent: [], skipped: [{ name: `Dir ${world.first.direction.lastName}`, reason: "déjà relancé·e aujourd'hui" }] },
    });
    expect(await outbox(world.first.direction.email!)).toHaveLength(1);

    const both = [world.third.direction.id, world.third.staffRep.id];
    const results = await Promise.all([sendRemindersAction(input(both)), sendRemindersAction(input(both))]);
    const sent = results.flatMap((r) => (r.ok ? r.data.sent : []));
    expect(sent.sort()).toEqual([`Dir ${world.third.direction.lastName}`, `Rep ${world.third.staffRep.lastName}`]);
    expect(await outbox(world.third.direction.email!)).toHaveLength(1);
    expect(await outbox(world.third.staffRep.email!)).toHaveLength(1);
    expect(await db.diagnosticReminder.count({ where: { personId: { in: both } } })).toBe(2);
  });

  it("refuses an empty selection and people outside the cluster, and sends nothing", async () => {
    actAs(world.charge.id);
    const before = await db.outboxEmail.count();
    const empty = await sendRemindersAction(input([]));
    expect(!empty.ok && empty.fieldErrors?.personIds).toBe("Choisissez au moins une personne à relancer.");
    const stranger = await enrolCompany(db, world.evaluated.id, world.aract.id);
    const outside = await sendRemindersAction(input([world.first.direction.id, stranger.direction.id]));
    expect(!outside.ok && outside.fieldErrors?.personIds).toBe("Choisissez des membres des entreprises de ce cluster.");
    const detached = await sendRemindersAction({ ...input([world.first.direction.id]), templateId: world.detached.id });
    expect(!detached.ok && detached.error).toMatch(/introuvable/);
    const evaluated = await sendRemindersAction({ ...input([stranger.direction.id]), clusterId: world.evaluated.id });
    expect(!evaluated.ok && evaluated.error).toBe("Ce cluster est évalué : ses entreprises ne sont plus relancées.");
    expect(await db.outboxEmail.count()).toBe(before);
  });

  it("answers another Aract's chargé de mission as if the cluster did not exist; refuses company members and the national team", async () => {
    const before = await db.diagnosticReminder.count();
    actAs(world.otherCharge.id);
    const other = await sendRemindersAction(input([world.second.staffRep.id]));
    expect(!other.ok && other.error).toMatch(/introuvable/);
    for (const userId of [world.first.user.id, world.national.id]) {
      actAs(userId);
      expect(await sendRemindersAction(input([world.second.staffRep.id]))).toEqual(FORBIDDEN);
    }
    expect(await db.diagnosticReminder.count()).toBe(before);
    for (const userId of [world.first.user.id, world.national.id, world.otherCharge.id]) {
      expect(await listReminderTemplates((await buildScope(userId)) as Scope, world.cluster.id)).toBeNull();
    }
  });
});
