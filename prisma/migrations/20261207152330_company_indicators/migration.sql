-- CreateEnum
CREATE TYPE "IndicatorStage" AS ENUM ('ENTRY', 'END', 'FOLLOW_UP');

-- CreateTable
CREATE TABLE "CompanyIndicators" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "stage" "IndicatorStage" NOT NULL,
    "measuredOn" DATE NOT NULL,
    "source" TEXT,
    "headcount" INTEGER,
    "women" INTEGER,
    "men" INTEGER,
    "under30" INTEGER,
    "age30to44" INTEGER,
    "age45to54" INTEGER,
    "age55plus" INTEGER,
    "absenteeismRate" DOUBLE PRECISION,
    "turnoverRate" DOUBLE PRECISION,
    "accidents" INTEGER,
    "accidentFrequency" DOUBLE PRECISION,
    "occupationalDiseases" INTEGER,
    "partTimeWomen" DOUBLE PRECISION,
    "partTimeMen" DOUBLE PRECISION,
    "equalityIndex" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyIndicators_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyIndicators_aractId_idx" ON "CompanyIndicators"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyIndicators_participationId_stage_key" ON "CompanyIndicators"("participationId", "stage");

-- AddForeignKey
ALTER TABLE "CompanyIndicators" ADD CONSTRAINT "CompanyIndicators_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CompanyIndicators: read like the participation's other rows, written by the Aract's staff and by the
-- company's own members (the pair enters its figures from its space).
ALTER TABLE "CompanyIndicators" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CompanyIndicators" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "CompanyIndicators" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "CompanyIndicators" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
