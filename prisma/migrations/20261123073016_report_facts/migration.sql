-- CreateTable
CREATE TABLE "ReportParticipationFact" (
    "participationId" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "nafDivision" TEXT NOT NULL,
    "withdrawn" BOOLEAN NOT NULL,
    "pairComplete" BOOLEAN NOT NULL,
    "attendancePresent" INTEGER NOT NULL,
    "attendanceRecorded" INTEGER NOT NULL,
    "supportDelivered" DOUBLE PRECISION NOT NULL,
    "diagnosticsSubmitted" INTEGER NOT NULL,
    "accordsSigned" INTEGER NOT NULL,
    "plansAdopted" INTEGER NOT NULL,
    "accordsDeposited" INTEGER NOT NULL,
    "plansDeposited" INTEGER NOT NULL,
    "accordsInPreparation" INTEGER NOT NULL,
    "plansInPreparation" INTEGER NOT NULL,

    CONSTRAINT "ReportParticipationFact_pkey" PRIMARY KEY ("participationId")
);

-- CreateTable
CREATE TABLE "ReportClusterFact" (
    "clusterId" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "programmeId" TEXT,
    "startDate" DATE NOT NULL,
    "themes" "Theme"[],
    "plannedSupportDaysPerCompany" DOUBLE PRECISION NOT NULL,
    "sessionsHeld" INTEGER NOT NULL,

    CONSTRAINT "ReportClusterFact_pkey" PRIMARY KEY ("clusterId")
);

-- CreateIndex
CREATE INDEX "ReportParticipationFact_aractId_idx" ON "ReportParticipationFact"("aractId");

-- CreateIndex
CREATE INDEX "ReportParticipationFact_clusterId_idx" ON "ReportParticipationFact"("clusterId");

-- CreateIndex
CREATE INDEX "ReportClusterFact_aractId_idx" ON "ReportClusterFact"("aractId");
