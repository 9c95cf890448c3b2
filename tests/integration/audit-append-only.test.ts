import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { systemDb as appDb } from "@/lib/db";
import { createAract, testDb } from "../factories";

// The trail is append-only in the database itself: whatever the application's code does, through its
// own connection (even as the system, which row-level security lets see everything), an UPDATE, DELETE or
// TRUNCATE of "AuditEvent" fails, for want of the privilege, and leaves the rows as they were; the owner
// of the table is refused by the trigger.
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

  const attemptsOn = (client: PrismaClient): [string, () => Promise<unknown>][] => [
    ["UPDATE", () => client.$executeRaw`UPDATE "AuditEvent" SET action = 'falsifie' WHERE id = ${eventId}`],
    ["UPDATE", () => client.$executeRaw`UPDATE "AuditEvent" SET "actorId" = NULL`],
    ["DELETE", () => client.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${eventId}`],
    ["DELETE", () => client.$executeRaw`DELETE FROM "AuditEvent"`],
    ["TRUNCATE", () => client.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)],
    ["UPDATE", () => client.auditEvent.update({ where: { id: eventId }, data: { changes: { name: "Après" } } })],
    ["UPDATE", () => client.auditEvent.updateMany({ data: { entityId: "autre" } })],
    ["DELETE", () => client.auditEvent.delete({ where: { id: eventId } })],
    ["DELETE", () => client.auditEvent.deleteMany({})],
  ];

  it("refuses UPDATE and DELETE through the app's connection, in SQL and through Prisma, and changes nothing", async () => {
    const before = await snapshot();
    for (const [operation, attempt] of attemptsOn(appDb)) {
      await expect(attempt(), operation).rejects.toThrow(/permission denied for table "?AuditEvent/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses them to the table's owner too, by the trigger", async () => {
    const before = await snapshot();
    for (const [operation, attempt] of attemptsOn(db)) {
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
    ).rejects.toThrow(/permission denied/);
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
