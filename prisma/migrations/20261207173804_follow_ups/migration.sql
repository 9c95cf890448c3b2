-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "followUpMonths" INTEGER NOT NULL DEFAULT 6;

-- AlterTable
ALTER TABLE "ReportParticipationFact" ADD COLUMN     "sixMonthOutcomes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sixMonths" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReportClusterFact" ADD COLUMN     "sixMonthCompanies" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sixMonthCompaniesReached" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sixMonthOutcomes" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "closedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "actionsCarriedOut" TEXT,
    "changes" TEXT,
    "satisfaction" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpMessage" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "week" INTEGER NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_participationId_key" ON "FollowUp"("participationId");

-- CreateIndex
CREATE INDEX "FollowUp_aractId_idx" ON "FollowUp"("aractId");

-- CreateIndex
CREATE INDEX "FollowUp_dueOn_idx" ON "FollowUp"("dueOn");

-- CreateIndex
CREATE INDEX "FollowUpMessage_aractId_idx" ON "FollowUpMessage"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpMessage_followUpId_week_key" ON "FollowUpMessage"("followUpId", "week");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpMessage" ADD CONSTRAINT "FollowUpMessage_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- FollowUp: read like the other rows of the participation. Written by the staff of the Aract, by the members of the company
-- (the pair answers from its space) and by the system (the schedule).
ALTER TABLE "FollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "FollowUp" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "FollowUp" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));

-- FollowUpMessage: the e-mails sent by the schedule, read like their follow-up, written by the system only.
ALTER TABLE "FollowUpMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUpMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "FollowUpMessage" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND "followUpId" IN (
    SELECT f.id FROM "FollowUp" f WHERE f."participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "FollowUpMessage" FOR ALL USING ((SELECT app_writes_all()))
  WITH CHECK ((SELECT app_writes_all()));

-- Outcome: the pair now updates its accord or plan when it answers the follow-up.
DROP POLICY tenant_write ON "Outcome";
CREATE POLICY tenant_write ON "Outcome" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));

-- The follow-ups of the clusters closed before this migration: closed on the day of their closing (or their
-- end date when none is recorded), due six months later, for the companies still engaged. Those due long
-- ago are never e-mailed (the schedule sends within a month of the due day): their answers may be entered.
INSERT INTO "FollowUp" ("id", "aractId", "participationId", "closedOn", "dueOn", "updatedAt")
SELECT 'fu-' || p.id, p."aractId", p.id, closed.day, (closed.day + make_interval(months => coalesce(pr."followUpMonths", 6)))::date, now()
FROM "Participation" p
JOIN "Cluster" c ON c.id = p."clusterId"
LEFT JOIN "Programme" pr ON pr.id = c."programmeId"
CROSS JOIN LATERAL (
  SELECT coalesce(
    (SELECT max((sc."changedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date) FROM "ClusterStatusChange" sc
      WHERE sc."clusterId" = c.id AND sc."toStatus" = 'CLOSED'),
    c."endDate") AS day
) closed
WHERE c.status IN ('CLOSED', 'EVALUATED') AND p.status IN ('ENROLLED', 'COMPLETED');

-- The figure at six months reads the signature dates of the outcomes.
DROP TRIGGER report_update ON "Outcome";
CREATE TRIGGER report_update AFTER UPDATE ON "Outcome" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('participationId', 'kind', 'status', 'signedAt');

-- The facts computed before are recomputed at the next request or round of the facts worker.
DELETE FROM "ReportFactsState";
