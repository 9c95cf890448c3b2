-- The report facts count the companies whose journey is finished. The facts computed before are recomputed
-- at the next request or round of the facts worker, since no state says they are fresh any more.
ALTER TABLE "ReportParticipationFact" ADD COLUMN "completed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ReportClusterFact" ADD COLUMN "completedCompanies" INTEGER NOT NULL DEFAULT 0;
DELETE FROM "ReportFactsState";
