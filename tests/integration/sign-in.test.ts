import { afterAll, describe, expect, it } from "vitest";
import { admitSignInRequest } from "@/lib/auth/mutations";
import { findUserWithAccess } from "@/lib/auth/access";
import { enqueueEmail } from "@/lib/email/mutations";
import { listOutbox } from "@/lib/email/queries";
import { createAract, createStaffUser, testDb } from "../factories";

const db = testDb();
afterAll(() => db.$disconnect());

describe("rate limit on sign-in links", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("serves 5 requests per address in 15 minutes, then refuses, then serves again", async () => {
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await admitSignInRequest("a@exemple.fr", `10.0.0.${i}`, now));
    expect(verdicts).toEqual([...Array(5).fill("allowed"), "too-many-for-address"]);
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect(await admitSignInRequest("a@exemple.fr", "10.0.0.9", later)).toBe("allowed");
  });

  it("refuses an IP that asks for too many addresses, whether they exist or not", async () => {
    const verdicts = [];
    for (let i = 0; i < 31; i++) verdicts.push(await admitSignInRequest(`x${i}@exemple.fr`, "192.0.2.1", now));
    expect(verdicts.slice(0, 30).every((v) => v === "allowed")).toBe(true);
    expect(verdicts[30]).toBe("too-many-for-ip");
  });

  it("counts refused requests nowhere: they do not extend the lock", async () => {
    const count = await db.signInRequest.count({ where: { email: "a@exemple.fr" } });
    expect(count).toBe(6);
  });
});

describe("who gets a link", () => {
  it("a user with a role does; an unknown address or a disabled user does not", async () => {
    const aract = await createAract(db);
    const user = await createStaffUser(db, "CHARGE_DE_MISSION", aract.id);
    expect(await findUserWithAccess(user.email.toUpperCase())).toBe(user.id);
    expect(await findUserWithAccess("inconnu@exemple.fr")).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findUserWithAccess(user.email)).toBeNull();
  });
});

describe("the local outbox", () => {
  it("keeps e-mails instead of sending them when no SMTP server is configured, for the machine itself only", async () => {
    await enqueueEmail({ to: "claire@exemple.fr", subject: "Objet", text: "Texte", html: "<p>Texte</p>" });
    const messages = await listOutbox("127.0.0.1", "Claire@exemple.fr");
    expect(messages?.map((m) => m.subject)).toEqual(["Objet"]);
    expect((await listOutbox("::ffff:127.0.0.1", "claire@exemple.fr"))?.length).toBe(1);
    expect(await listOutbox("203.0.113.9", "claire@exemple.fr")).toBeNull();
    expect(await listOutbox("inconnue")).toBeNull();
  });
});
