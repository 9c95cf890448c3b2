-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('QVT_REFERENT', 'PREVENTION_REFERENT', 'EQUALITY_REFERENT', 'STEERING_COMMITTEE', 'LOCAL_MANAGER', 'HEALTH_PROFESSIONAL', 'OTHER');

-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN     "diagnosticsOpenToMembers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PairMember" ADD COLUMN     "role" "MemberRole",
ADD COLUMN     "roleLabel" TEXT,
ADD COLUMN     "steering" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "side" DROP NOT NULL;

-- AlterTable
ALTER TABLE "DiagnosticResponse" ALTER COLUMN "side" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReportParticipationFact" ADD COLUMN     "people" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReportClusterFact" ADD COLUMN     "people" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SteeringMeeting" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SteeringMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SteeringMeeting_participationId_date_idx" ON "SteeringMeeting"("participationId", "date");

-- CreateIndex
CREATE INDEX "SteeringMeeting_aractId_idx" ON "SteeringMeeting"("aractId");

-- AddForeignKey
ALTER TABLE "SteeringMeeting" ADD CONSTRAINT "SteeringMeeting_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A seat is a side of the pair or a further member with a role, never both nor neither. A role typed in
-- (OTHER) carries its label, and only it does.
ALTER TABLE "PairMember" ADD CONSTRAINT "PairMember_side_or_role" CHECK (("side" IS NULL) <> ("role" IS NULL));
ALTER TABLE "PairMember" ADD CONSTRAINT "PairMember_role_label" CHECK (("role" = 'OTHER') = ("roleLabel" IS NOT NULL) OR "role" IS NULL AND "roleLabel" IS NULL);

-- SteeringMeeting, under the same policies as the other rows of a participation.
ALTER TABLE "SteeringMeeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SteeringMeeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "SteeringMeeting" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "SteeringMeeting" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- The report facts count the people seated: recomputed at the next request or round of the facts worker.
DELETE FROM "ReportFactsState";
