-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "ApplicationRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "aractId" TEXT,
    "clusterId" TEXT,
    "programmeId" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "companyName" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "nafCode" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT,
    "directionFirstName" TEXT NOT NULL,
    "directionLastName" TEXT NOT NULL,
    "directionJobTitle" TEXT,
    "directionEmail" TEXT NOT NULL,
    "staffFirstName" TEXT NOT NULL,
    "staffLastName" TEXT NOT NULL,
    "staffJobTitle" TEXT,
    "staffEmail" TEXT,
    "project" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "participationId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApplicationRequest_email_createdAt_idx" ON "ApplicationRequest"("email", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationRequest_ip_createdAt_idx" ON "ApplicationRequest"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_participationId_key" ON "Application"("participationId");

-- CreateIndex
CREATE INDEX "Application_aractId_status_createdAt_idx" ON "Application"("aractId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Application_clusterId_status_idx" ON "Application"("clusterId", "status");

-- CreateIndex
CREATE INDEX "Application_status_createdAt_idx" ON "Application"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security. An application is read and decided by the staff of its Aract, and by the national side
-- (the unrouted ones, which it routes to an Aract). The public form writes through the system role.
ALTER TABLE "Application" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Application" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Application" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()));
CREATE POLICY tenant_write ON "Application" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));
CREATE POLICY national_routing ON "Application" FOR UPDATE USING ("aractId" IS NULL AND (SELECT app_reads_all()))
  WITH CHECK ((SELECT app_reads_all()));

-- The rate limit of the public form: the system role only.
ALTER TABLE "ApplicationRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApplicationRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY system_only ON "ApplicationRequest" FOR ALL USING ((SELECT app_role()) = 'system')
  WITH CHECK ((SELECT app_role()) = 'system');
