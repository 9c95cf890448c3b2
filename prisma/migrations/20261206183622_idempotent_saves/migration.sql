-- AlterTable
ALTER TABLE "DiagnosticAnswer" ADD COLUMN     "lastSaveId" TEXT;

-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "lastChangeKey" TEXT;
