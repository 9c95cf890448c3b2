import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { StaffIdentity } from "../../src/lib/users/schemas.ts";

export type AdminCreation = { ok: true; line: string } | { ok: false; line: string };

/**
 * Makes the person at this address a national administrator (idempotent): creates the account, adds the role
 * to an existing account, or reactivates a suspended one; audited with no actor (the command line).
 * Says what it did in one French line.
 */
export async function createNationalAdmin(db: PrismaClient, input: { email?: string; name?: string }): Promise<AdminCreation> {
  const parsed = StaffIdentity.safeParse({ email: input.email ?? "", name: input.name ?? "" });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === "email" ? `adresse e-mail invalide (« ${input.email ?? ""} »)` : "nom manquant (--name)";
    return { ok: false, line: `Rien n'a été créé : ${field}.` };
  }
  const { email, name } = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, disabledAt: true, erasedAt: true, memberships: { where: { role: "NATIONAL_ADMIN" }, select: { id: true } } },
    });
    if (existing?.erasedAt) return { ok: false as const, line: `Rien n'a été créé : ${email} appartient à une personne supprimée.` };
    if (existing && existing.memberships.length > 0 && !existing.disabledAt) {
      return { ok: true as const, line: `${email} est déjà administrateur·rice national·e : rien n'a changé.` };
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { disabledAt: null }, select: { id: true } })
      : await tx.user.create({ data: { email, name }, select: { id: true } });
    if (!existing || existing.memberships.length === 0) {
      await tx.membership.create({ data: { userId: user.id, aractId: null, role: "NATIONAL_ADMIN" } });
    }
    await tx.auditEvent.create({
      data: { actorId: null, aractId: null, action: "user.national-admin-created", entityType: "User", entityId: user.id, changes: { email } },
    });
    const what = !existing ? "créé·e" : existing.memberships.length ? "réactivé·e" : "nommé·e (compte existant)";
    return { ok: true as const, line: `Administrateur·rice national·e ${what} : ${name} <${email}>. Connexion par lien e-mail sur la page de connexion.` };
  });
}
