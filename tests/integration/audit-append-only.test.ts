import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db as appDb } from "@/lib/db";
import { createAract, testDb } from "../factories";

// The trail is append-only in the database itself: whatever the application's code does, through its
// own connection, an UPDATE, DELETE or TRUNCATE of "AuditEvent" fails and leaves the rows as they were.
const db = testDb();
let eventId: string;
let aractId: string;

beforeAll(async () => {
  aractId = (await createAract(db)).id;
  eventId = (
    await db.auditEvent.create({
      data: {
        aractId,
        actorId: null,
        action: "cluster.created",
        entityType: "Cluster",
        entityId: "c1",
        changes: { name: "Avant" },
      },
    })
  ).id;
});
afterAll(async () => {
  await db.$disconnect();
});

const snapshot = () => db.auditEvent.findMany({ orderBy: { id: "asc" } });

describe("the audit trail in the database", () => {
  it("still takes new rows", async () => {
    await appDb.auditEvent.create({
      data: { aractId, actorId: null, action: "cluster.updated", entityType: "Cluster", entityId: "c1" },
    });
    expect(await db.auditEvent.count()).toBe(2);
  });

  it("refuses UPDATE and DELETE through the app's connection, in SQL and through Prisma, and changes nothing", async () => {
    const before = await snapshot();
    const attempts: [string, () => Promise<unknown>][] = [
      ["UPDATE", () => appDb.$executeRaw`UPDATE "AuditEvent" SET action = 'falsifie' WHERE id = ${eventId}`],
      ["UPDATE", () => appDb.$executeRaw`UPDATE "AuditEvent" SET "actorId" = NULL`],
      ["DELETE", () => appDb.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${eventId}`],
      ["DELETE", () => appDb.$executeRaw`DELETE FROM "AuditEvent"`],
      ["TRUNCATE", () => appDb.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)],
      ["UPDATE", () => appDb.auditEvent.update({ where: { id: eventId }, data: { changes: { name: "Après" } } })],
      ["UPDATE", () => appDb.auditEvent.updateMany({ data: { entityId: "autre" } })],
      ["DELETE", () => appDb.auditEvent.delete({ where: { id: eventId } })],
      ["DELETE", () => appDb.auditEvent.deleteMany({})],
    ];
    for (const [operation, attempt] of attempts) {
      await expect(attempt(), operation).rejects.toThrow(
        new RegExp(`journal d'audit est en ajout seul : ${operation} refusé`),
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a change inside a transaction too, which then changes nothing", async () => {
    const before = await snapshot();
    await expect(
      appDb.$transaction(async (tx) => {
        await tx.auditEvent.create({
          data: { aractId, actorId: null, action: "x", entityType: "Cluster", entityId: "c2" },
        });
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${eventId}`;
      }),
    ).rejects.toThrow(/ajout seul/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses deleting an Aract that has events, whose cascade would erase them", async () => {
    // AuditEvent.aractId cascades on delete: the trigger makes deleting an Aract that has events fail
    // instead of silently erasing its history (Aracts are deactivated, never deleted).
    await expect(appDb.aract.delete({ where: { id: aractId } })).rejects.toThrow(/ajout seul/);
    expect(await db.aract.count({ where: { id: aractId } })).toBe(1);
  });

  it("refuses deleting a user who appears in it, whose SET NULL would rewrite the events (people are pseudonymised)", async () => {
    const user = await db.user.create({ data: { email: "acteur@exemple.fr", name: "Acteur" } });
    await db.auditEvent.create({
      data: { aractId, actorId: user.id, action: "cluster.updated", entityType: "Cluster", entityId: "c1" },
    });
    await expect(appDb.user.delete({ where: { id: user.id } })).rejects.toThrow(/ajout seul/);
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(1);
  });
});
