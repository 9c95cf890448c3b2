-- The report facts carry the end year of their cluster, for the filter of the clusters running during a year.
-- The facts computed before are recomputed at the next request or round of the facts worker.
ALTER TABLE "ReportParticipationFact" ADD COLUMN "endYear" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ReportClusterFact" ADD COLUMN "endYear" INTEGER NOT NULL DEFAULT 0;
DELETE FROM "ReportFactsState";
