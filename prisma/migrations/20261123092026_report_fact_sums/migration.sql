-- The report facts are derived and recomputed at the first report read: emptied here so that the new
-- columns can be NOT NULL.
DELETE FROM "ReportParticipationFact";
DELETE FROM "ReportClusterFact";

-- AlterTable
ALTER TABLE "ReportParticipationFact" ADD COLUMN     "programmeId" TEXT,
ADD COLUMN     "startYear" INTEGER NOT NULL,
ADD COLUMN     "themes" "Theme"[];

-- AlterTable
ALTER TABLE "ReportClusterFact" DROP COLUMN "startDate",
ADD COLUMN     "accordsDeposited" INTEGER NOT NULL,
ADD COLUMN     "accordsInPreparation" INTEGER NOT NULL,
ADD COLUMN     "accordsSigned" INTEGER NOT NULL,
ADD COLUMN     "activeCompanies" INTEGER NOT NULL,
ADD COLUMN     "attendancePresent" INTEGER NOT NULL,
ADD COLUMN     "attendanceRecorded" INTEGER NOT NULL,
ADD COLUMN     "companies" INTEGER NOT NULL,
ADD COLUMN     "diagnosticsSubmitted" INTEGER NOT NULL,
ADD COLUMN     "employees" INTEGER NOT NULL,
ADD COLUMN     "pairsComplete" INTEGER NOT NULL,
ADD COLUMN     "plansAdopted" INTEGER NOT NULL,
ADD COLUMN     "plansDeposited" INTEGER NOT NULL,
ADD COLUMN     "plansInPreparation" INTEGER NOT NULL,
ADD COLUMN     "startYear" INTEGER NOT NULL,
ADD COLUMN     "supportDelivered" DOUBLE PRECISION NOT NULL;
