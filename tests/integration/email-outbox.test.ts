import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitePairMemberAction } from "@/lib/participations/actions";
import { deliverDueEmails, enqueueEmail } from "@/lib/email/mutations";
import { retryDelayMs } from "@/lib/email/rules";
import { startSmtpSink, type SmtpSink, type SunkMail } from "../../scripts/lib/smtp-sink";
import { actAs } from "../support/session";
import { createTwoAracts, testDb } from "../factories";

// E-mails leave through the outbox: written with the change that causes them, sent afterwards by SMTP,
// retried while the mail server refuses them, and never lost. A real SMTP server (the e2e suite's sink)
// refuses or takes the messages.
const db = testDb();
let sink: SmtpSink;
let refusing = false;
let world: Awaited<ReturnType<typeof createTwoAracts>>;

beforeAll(async () => {
  sink = await startSmtpSink({ refusing: () => refusing });
  // Read by env() at its first use, which comes after this.
  process.env.SMTP_URL = sink.smtpUrl;
  world = await createTwoAracts(db);
});
afterAll(async () => {
  await sink.stop();
  await db.$disconnect();
});

const received = async (to: string): Promise<SunkMail[]> => (await fetch(`${sink.inboxUrl}?to=${encodeURIComponent(to)}`)).json();
const later = (ms: number) => new Date(Date.now() + ms);

describe("an e-mail caused by a change", () => {
  it("is kept when the mail server refuses it, retried later, and sent once it takes it", async () => {
    refusing = true;
    actAs(world.charge.id);
    const seat = await db.pairMember.findFirstOrThrow({ where: { participationId: world.member.participation.id, side: "STAFF_REPRESENTATIVE" } });
    const email = world.member.staffRep.email!;
    expect(await invitePairMemberAction({ pairMemberId: seat.id })).toMatchObject({ ok: true });
    // Committed with the invitation, then tried at once, and refused.
    await deliverDueEmails();
    await expect
      .poll(async () => db.outboxEmail.findFirst({ where: { to: email }, select: { attempts: true, sentAt: true, lastError: true } }))
      .toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringMatching(/451|indisponible/) });
    const waiting = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) - 5_000);
    expect(await received(email)).toEqual([]);

    // Not due yet: nothing is tried.
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    // Still refusing when due: tried again, later still.
    expect(await deliverDueEmails(later(retryDelayMs(1) + 1_000))).toEqual({ sent: 0, failed: 1 });
    // The server is back: sent, once.
    refusing = false;
    expect(await deliverDueEmails(later(3600_000))).toEqual({ sent: 1, failed: 0 });
    expect((await received(email)).map((m) => m.subject)).toEqual([waiting.subject]);
    const sent = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(sent).toMatchObject({ attempts: 3, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await deliverDueEmails(later(7200_000))).toEqual({ sent: 0, failed: 0 });
  });

  it("is not written when the change is refused", async () => {
    actAs(world.otherCharge.id);
    const seat = await db.pairMember.findFirstOrThrow({ where: { participationId: world.member.participation.id, side: "DIRECTION" } });
    const before = await db.outboxEmail.count();
    expect(await invitePairMemberAction({ pairMemberId: seat.id })).toMatchObject({ ok: false });
    expect(await db.outboxEmail.count()).toBe(before);
  });

  it("goes once even when two processes send at the same time", async () => {
    const to = "deux.envoyeurs@exemple.fr";
    for (let i = 0; i < 6; i++) await enqueueEmail({ to, subject: `Message ${i}`, text: "Texte", html: "<p>Texte</p>" });
    const [a, b] = await Promise.all([deliverDueEmails(undefined, 3), deliverDueEmails(undefined, 3)]);
    await Promise.all([deliverDueEmails(), deliverDueEmails()]);
    expect(a.sent + b.sent).toBeGreaterThan(0);
    await expect.poll(async () => (await received(to)).length).toBe(6);
    expect(new Set((await received(to)).map((m) => m.subject)).size).toBe(6);
    await expect.poll(() => db.outboxEmail.count({ where: { to, sentAt: null } })).toBe(0);
  });
});
