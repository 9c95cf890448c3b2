-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('NATIONAL', 'ARACT_ADMIN', 'CHARGE_DE_MISSION');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('QVCT', 'EGALITE_PROFESSIONNELLE', 'EMPLOI_SENIORS', 'PREVENTION_PENIBILITE', 'USURE_PROFESSIONNELLE', 'TELETRAVAIL', 'RISQUES_PSYCHOSOCIAUX');

-- CreateEnum
CREATE TYPE "ClusterKind" AS ENUM ('TERRITORIAL', 'SECTORAL');

-- CreateEnum
CREATE TYPE "ClusterStatus" AS ENUM ('DRAFT', 'RECRUITING', 'RUNNING', 'CLOSED', 'EVALUATED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('CARSAT', 'OPCO', 'DREETS', 'POLE_COMPETITIVITE', 'SYNDICAT_PROFESSIONNEL', 'ASSOCIATION', 'COLLECTIVITE', 'AUTRE');

-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('CANDIDATE', 'ENROLLED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PairSide" AS ENUM ('DIRECTION', 'STAFF_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "HalfDay" AS ENUM ('MORNING', 'AFTERNOON');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('PRE_DIAGNOSTIC', 'DIAGNOSTIC', 'ACTION_PLAN', 'STEERING_COMMITTEE', 'OTHER');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SCALE', 'YES_NO', 'NUMBER', 'PERCENTAGE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TEXT');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('ACCORD', 'PLAN_ACTION');

-- CreateEnum
CREATE TYPE "OutcomeStatus" AS ENUM ('IN_PREPARATION', 'SIGNED', 'DEPOSITED');

-- CreateTable
CREATE TABLE "Aract" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Aract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "aractId" TEXT,
    "role" "StaffRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "SignInRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "jobTitle" TEXT,
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "aractId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "themes" "Theme"[],
    "startYear" INTEGER,
    "endYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "programmeId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "themes" "Theme"[],
    "kind" "ClusterKind" NOT NULL,
    "territory" TEXT,
    "sector" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "plannedCollectiveSessions" INTEGER NOT NULL,
    "plannedSupportDaysPerCompany" DECIMAL(5,1) NOT NULL,
    "status" "ClusterStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterStaff" (
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ClusterStaff_pkey" PRIMARY KEY ("clusterId","userId")
);

-- CreateTable
CREATE TABLE "ClusterStatusChange" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "fromStatus" "ClusterStatus",
    "toStatus" "ClusterStatus" NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ClusterStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterPartner" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "role" TEXT,

    CONSTRAINT "ClusterPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterFunder" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amountCents" BIGINT,

    CONSTRAINT "ClusterFunder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "nafCode" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "city" TEXT,
    "postalCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'CANDIDATE',
    "project" TEXT,
    "withdrawalReason" TEXT,
    "headcountAtEntry" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationStatusChange" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "fromStatus" "ParticipationStatus",
    "toStatus" "ParticipationStatus" NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ParticipationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairMember" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "side" "PairSide" NOT NULL,
    "invitedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "PairMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectiveSession" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "halfDay" "HalfDay" NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollectiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "participationId" TEXT,
    "status" "AttendanceStatus" NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportDay" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "durationDays" DECIMAL(3,1) NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "deliveredByUserId" TEXT,
    "partnerId" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreDiagnostic" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "chosenProject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreDiagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticTemplate" (
    "id" TEXT NOT NULL,
    "aractId" TEXT,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "theme" "Theme" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiagnosticTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticSection" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DiagnosticSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticQuestion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "help" TEXT,
    "type" "QuestionType" NOT NULL,
    "options" JSONB,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DiagnosticQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterTemplate" (
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,

    CONSTRAINT "ClusterTemplate_pkey" PRIMARY KEY ("clusterId","templateId")
);

-- CreateTable
CREATE TABLE "DiagnosticResponse" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "side" "PairSide" NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiagnosticResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticAnswer" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiagnosticAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "actionPlanId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE,
    "indicator" TEXT,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "theme" "Theme" NOT NULL,
    "status" "OutcomeStatus" NOT NULL DEFAULT 'IN_PREPARATION',
    "signedAt" DATE,
    "depositedAt" DATE,
    "depositReference" TEXT,
    "domains" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "aractId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "participationId" TEXT,
    "whatWasDone" TEXT NOT NULL,
    "satisfaction" INTEGER,
    "results" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "aractId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT,
    "theme" "Theme",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "aractId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Aract_slug_key" ON "Aract"("slug");

-- CreateIndex
CREATE INDEX "Membership_aractId_role_idx" ON "Membership"("aractId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_aractId_role_key" ON "Membership"("userId", "aractId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "SignInRequest_email_createdAt_idx" ON "SignInRequest"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInRequest_ip_createdAt_idx" ON "SignInRequest"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_to_createdAt_idx" ON "OutboxEmail"("to", "createdAt");

-- CreateIndex
CREATE INDEX "Person_userId_idx" ON "Person"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_aractId_email_key" ON "Person"("aractId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE INDEX "Programme_aractId_idx" ON "Programme"("aractId");

-- CreateIndex
CREATE INDEX "Cluster_aractId_status_idx" ON "Cluster"("aractId", "status");

-- CreateIndex
CREATE INDEX "Cluster_aractId_startDate_idx" ON "Cluster"("aractId", "startDate");

-- CreateIndex
CREATE INDEX "Cluster_programmeId_idx" ON "Cluster"("programmeId");

-- CreateIndex
CREATE INDEX "Cluster_startDate_idx" ON "Cluster"("startDate");

-- CreateIndex
CREATE INDEX "Cluster_themes_idx" ON "Cluster" USING GIN ("themes");

-- CreateIndex
CREATE INDEX "ClusterStaff_userId_idx" ON "ClusterStaff"("userId");

-- CreateIndex
CREATE INDEX "ClusterStaff_aractId_idx" ON "ClusterStaff"("aractId");

-- CreateIndex
CREATE INDEX "ClusterStatusChange_clusterId_changedAt_idx" ON "ClusterStatusChange"("clusterId", "changedAt");

-- CreateIndex
CREATE INDEX "ClusterStatusChange_aractId_idx" ON "ClusterStatusChange"("aractId");

-- CreateIndex
CREATE INDEX "ClusterPartner_clusterId_idx" ON "ClusterPartner"("clusterId");

-- CreateIndex
CREATE INDEX "ClusterPartner_aractId_idx" ON "ClusterPartner"("aractId");

-- CreateIndex
CREATE INDEX "ClusterFunder_clusterId_idx" ON "ClusterFunder"("clusterId");

-- CreateIndex
CREATE INDEX "ClusterFunder_aractId_idx" ON "ClusterFunder"("aractId");

-- CreateIndex
CREATE INDEX "Company_aractId_name_idx" ON "Company"("aractId", "name");

-- CreateIndex
CREATE INDEX "Company_nafCode_idx" ON "Company"("nafCode");

-- CreateIndex
CREATE UNIQUE INDEX "Company_aractId_siret_key" ON "Company"("aractId", "siret");

-- CreateIndex
CREATE INDEX "Participation_aractId_status_idx" ON "Participation"("aractId", "status");

-- CreateIndex
CREATE INDEX "Participation_companyId_idx" ON "Participation"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_clusterId_companyId_key" ON "Participation"("clusterId", "companyId");

-- CreateIndex
CREATE INDEX "ParticipationStatusChange_participationId_changedAt_idx" ON "ParticipationStatusChange"("participationId", "changedAt");

-- CreateIndex
CREATE INDEX "ParticipationStatusChange_aractId_idx" ON "ParticipationStatusChange"("aractId");

-- CreateIndex
CREATE INDEX "PairMember_participationId_side_idx" ON "PairMember"("participationId", "side");

-- CreateIndex
CREATE INDEX "PairMember_personId_idx" ON "PairMember"("personId");

-- CreateIndex
CREATE INDEX "PairMember_aractId_idx" ON "PairMember"("aractId");

-- CreateIndex
CREATE INDEX "CollectiveSession_clusterId_date_idx" ON "CollectiveSession"("clusterId", "date");

-- CreateIndex
CREATE INDEX "CollectiveSession_aractId_date_idx" ON "CollectiveSession"("aractId", "date");

-- CreateIndex
CREATE INDEX "Attendance_participationId_idx" ON "Attendance"("participationId");

-- CreateIndex
CREATE INDEX "Attendance_aractId_idx" ON "Attendance"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_sessionId_personId_key" ON "Attendance"("sessionId", "personId");

-- CreateIndex
CREATE INDEX "SupportDay_participationId_date_idx" ON "SupportDay"("participationId", "date");

-- CreateIndex
CREATE INDEX "SupportDay_clusterId_idx" ON "SupportDay"("clusterId");

-- CreateIndex
CREATE INDEX "SupportDay_aractId_date_idx" ON "SupportDay"("aractId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PreDiagnostic_participationId_key" ON "PreDiagnostic"("participationId");

-- CreateIndex
CREATE INDEX "PreDiagnostic_aractId_idx" ON "PreDiagnostic"("aractId");

-- CreateIndex
CREATE INDEX "DiagnosticTemplate_theme_idx" ON "DiagnosticTemplate"("theme");

-- CreateIndex
CREATE INDEX "DiagnosticTemplate_aractId_idx" ON "DiagnosticTemplate"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticTemplate_key_version_key" ON "DiagnosticTemplate"("key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticSection_templateId_key_key" ON "DiagnosticSection"("templateId", "key");

-- CreateIndex
CREATE INDEX "DiagnosticQuestion_sectionId_idx" ON "DiagnosticQuestion"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticQuestion_templateId_key_key" ON "DiagnosticQuestion"("templateId", "key");

-- CreateIndex
CREATE INDEX "ClusterTemplate_aractId_idx" ON "ClusterTemplate"("aractId");

-- CreateIndex
CREATE INDEX "DiagnosticResponse_aractId_status_idx" ON "DiagnosticResponse"("aractId", "status");

-- CreateIndex
CREATE INDEX "DiagnosticResponse_templateId_idx" ON "DiagnosticResponse"("templateId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticResponse_participationId_templateId_personId_key" ON "DiagnosticResponse"("participationId", "templateId", "personId");

-- CreateIndex
CREATE INDEX "DiagnosticAnswer_questionId_idx" ON "DiagnosticAnswer"("questionId");

-- CreateIndex
CREATE INDEX "DiagnosticAnswer_aractId_idx" ON "DiagnosticAnswer"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticAnswer_responseId_questionId_key" ON "DiagnosticAnswer"("responseId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_participationId_key" ON "ActionPlan"("participationId");

-- CreateIndex
CREATE INDEX "ActionPlan_aractId_idx" ON "ActionPlan"("aractId");

-- CreateIndex
CREATE INDEX "Action_actionPlanId_position_idx" ON "Action"("actionPlanId", "position");

-- CreateIndex
CREATE INDEX "Action_aractId_idx" ON "Action"("aractId");

-- CreateIndex
CREATE INDEX "Outcome_participationId_idx" ON "Outcome"("participationId");

-- CreateIndex
CREATE INDEX "Outcome_aractId_status_idx" ON "Outcome"("aractId", "status");

-- CreateIndex
CREATE INDEX "Evaluation_aractId_idx" ON "Evaluation"("aractId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_clusterId_participationId_key" ON "Evaluation"("clusterId", "participationId");

-- CreateIndex
CREATE INDEX "Resource_aractId_idx" ON "Resource"("aractId");

-- CreateIndex
CREATE INDEX "Resource_theme_idx" ON "Resource"("theme");

-- CreateIndex
CREATE INDEX "AuditEvent_aractId_createdAt_idx" ON "AuditEvent"("aractId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterStaff" ADD CONSTRAINT "ClusterStaff_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterStaff" ADD CONSTRAINT "ClusterStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterStatusChange" ADD CONSTRAINT "ClusterStatusChange_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterStatusChange" ADD CONSTRAINT "ClusterStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterPartner" ADD CONSTRAINT "ClusterPartner_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterFunder" ADD CONSTRAINT "ClusterFunder_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationStatusChange" ADD CONSTRAINT "ParticipationStatusChange_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairMember" ADD CONSTRAINT "PairMember_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairMember" ADD CONSTRAINT "PairMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveSession" ADD CONSTRAINT "CollectiveSession_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CollectiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportDay" ADD CONSTRAINT "SupportDay_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportDay" ADD CONSTRAINT "SupportDay_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportDay" ADD CONSTRAINT "SupportDay_deliveredByUserId_fkey" FOREIGN KEY ("deliveredByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportDay" ADD CONSTRAINT "SupportDay_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "ClusterPartner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreDiagnostic" ADD CONSTRAINT "PreDiagnostic_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticTemplate" ADD CONSTRAINT "DiagnosticTemplate_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticSection" ADD CONSTRAINT "DiagnosticSection_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "DiagnosticTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticQuestion" ADD CONSTRAINT "DiagnosticQuestion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "DiagnosticTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticQuestion" ADD CONSTRAINT "DiagnosticQuestion_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "DiagnosticSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterTemplate" ADD CONSTRAINT "ClusterTemplate_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterTemplate" ADD CONSTRAINT "ClusterTemplate_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "DiagnosticTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticResponse" ADD CONSTRAINT "DiagnosticResponse_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticResponse" ADD CONSTRAINT "DiagnosticResponse_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "DiagnosticTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticResponse" ADD CONSTRAINT "DiagnosticResponse_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticAnswer" ADD CONSTRAINT "DiagnosticAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "DiagnosticResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticAnswer" ADD CONSTRAINT "DiagnosticAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "DiagnosticQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_aractId_fkey" FOREIGN KEY ("aractId") REFERENCES "Aract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A pair has at most one active member per side (replaced members keep their row, with "endedAt").
CREATE UNIQUE INDEX "PairMember_active_side_key" ON "PairMember"("participationId", "side") WHERE "endedAt" IS NULL;
