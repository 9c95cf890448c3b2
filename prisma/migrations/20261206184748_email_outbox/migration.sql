-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sentAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_nextAttemptAt_idx" ON "OutboxEmail"("sentAt", "nextAttemptAt");

-- Messages written before the outbox had a sender were shown in the local outbox only: never send them.
UPDATE "OutboxEmail" SET "sentAt" = "createdAt";

-- The messages hold sign-in links: any caller appends one with the change that causes it, only the
-- system (the sender, the local outbox page) reads, updates or removes them, and an Aract administrator
-- erasing a person removes the messages to that person (src/lib/personal-data/erasure.ts).
ALTER TABLE "OutboxEmail" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxEmail" FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_append ON "OutboxEmail" FOR INSERT WITH CHECK ((SELECT app_role()) <> '');
CREATE POLICY outbox_system ON "OutboxEmail" FOR ALL USING ((SELECT app_role()) = 'system') WITH CHECK ((SELECT app_role()) = 'system');
CREATE POLICY outbox_erasure ON "OutboxEmail" FOR DELETE USING ((SELECT app_role()) = 'ARACT_ADMIN');
-- A DELETE with a WHERE clause reads the rows it matches: the erasure needs them visible.
CREATE POLICY outbox_erasure_read ON "OutboxEmail" FOR SELECT USING ((SELECT app_role()) = 'ARACT_ADMIN');
