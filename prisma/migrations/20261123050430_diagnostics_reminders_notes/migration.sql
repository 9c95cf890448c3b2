-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "notes" TEXT;

-- AlterTable
ALTER TABLE "DiagnosticAnswer" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DiagnosticReminder" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "responseId" TEXT,
    "sentById" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "day" DATE NOT NULL,

    CONSTRAINT "DiagnosticReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DiagnosticReminder_participationId_idx" ON "DiagnosticReminder"("participationId");

-- CreateIndex
CREATE INDEX "DiagnosticReminder_aractId_idx" ON "DiagnosticReminder"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticReminder_personId_templateId_day_key" ON "DiagnosticReminder"("personId", "templateId", "day");

-- AddForeignKey
ALTER TABLE "DiagnosticReminder" ADD CONSTRAINT "DiagnosticReminder_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "DiagnosticResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;
