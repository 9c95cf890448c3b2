-- A collective session is a half-day, a whole day or has explicit times, and may be held by video.
ALTER TYPE "HalfDay" ADD VALUE 'FULL_DAY';
ALTER TYPE "HalfDay" ADD VALUE 'TIMED';
ALTER TABLE "CollectiveSession" ADD COLUMN "startTime" TEXT, ADD COLUMN "endTime" TEXT, ADD COLUMN "videoUrl" TEXT;
-- A session counts in the reports by its half-days: a change of its slot or times moves the figures.
DROP TRIGGER report_update ON "CollectiveSession";
CREATE TRIGGER report_update AFTER UPDATE ON "CollectiveSession" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('clusterId', 'date', 'cancelledAt', 'halfDay', 'startTime', 'endTime');
DELETE FROM "ReportFactsState";
