import { afterAll, describe, expect, it } from "vitest";
import { createNationalAdmin } from "../../scripts/lib/national-admin";
import { buildScope } from "@/lib/auth/scope";
import { createStaffUser, testDb } from "../factories";

// `npm run admin:create`: the first national administrator of an empty platform, idempotent.
const db = testDb();
afterAll(() => db.$disconnect());

describe("npm run admin:create", () => {
  it("creates a national administrator who can sign in with that role, audited", async () => {
    const result = await createNationalAdmin(db, { email: " Alice.Durand@Anact.fr ", name: "Alice Durand" });
    expect(result).toEqual({ ok: true, line: expect.stringContaining("créé·e : Alice Durand <alice.durand@anact.fr>") });
    const user = await db.user.findUniqueOrThrow({ where: { email: "alice.durand@anact.fr" } });
    expect((await buildScope(user.id))?.role).toBe("NATIONAL_ADMIN");
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(["user.national-admin-created"]);
  });

  it("changes nothing when run again", async () => {
    await createNationalAdmin(db, { email: "bob@anact.fr", name: "Bob" });
    const before = await db.membership.count();
    const again = await createNationalAdmin(db, { email: "bob@anact.fr", name: "Bob" });
    expect(again).toEqual({ ok: true, line: "bob@anact.fr est déjà administrateur·rice national·e : rien n'a changé." });
    expect(await db.membership.count()).toBe(before);
    expect(await db.user.count({ where: { email: "bob@anact.fr" } })).toBe(1);
  });

  it("gives the role to an existing account and reactivates a suspended administrator", async () => {
    const member = await createStaffUser(db, "NATIONAL", null);
    await createNationalAdmin(db, { email: member.email, name: "X" });
    expect((await buildScope(member.id))?.role).toBe("NATIONAL_ADMIN");
    await db.user.update({ where: { id: member.id }, data: { disabledAt: new Date() } });
    expect(await buildScope(member.id)).toBeNull();
    const result = await createNationalAdmin(db, { email: member.email, name: "X" });
    expect(result.line).toContain("réactivé·e");
    expect((await buildScope(member.id))?.role).toBe("NATIONAL_ADMIN");
  });

  it("refuses a malformed address or a missing name and writes nothing", async () => {
    const users = await db.user.count();
    expect(await createNationalAdmin(db, { email: "pas-une-adresse", name: "Quelqu'un" })).toEqual({
      ok: false,
      line: "Rien n'a été créé : adresse e-mail invalide (« pas-une-adresse »).",
    });
    expect((await createNationalAdmin(db, { email: "ok@anact.fr" })).ok).toBe(false);
    expect(await db.user.count()).toBe(users);
  });
});
