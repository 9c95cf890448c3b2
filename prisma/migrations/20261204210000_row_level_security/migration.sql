-- Row-level security: PostgreSQL as the second wall behind the queries’ own tenant filters.
-- The app connects as a role that owns nothing, each query runs in a transaction whose settings
-- (set_config(..., true), see src/lib/db.ts) say who asks: app.role, app.aract_id, and for a company
-- member app.participation_ids and app.person_ids. With no setting, a query sees no tenant row.
-- Background work (sign-in, jobs, scripts) runs with app.role = system.
-- The settings are read through (SELECT f()) so that each is evaluated once per query, not per row.
-- No semicolon may appear inside a function body, nor a semicolon or a quote in a comment: the migration
-- runner splits scripts at semicolons.

CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('app.role', true), '') $$;
CREATE FUNCTION app_aract_id() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.aract_id', true), '') $$;
CREATE FUNCTION app_participation_ids() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(nullif(current_setting('app.participation_ids', true), ''), ','), '{}') $$;
CREATE FUNCTION app_person_ids() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(nullif(current_setting('app.person_ids', true), ''), ','), '{}') $$;
-- Every Aract: the system and the national side (team and administrator).
CREATE FUNCTION app_reads_all() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT app_role() IN ('system', 'NATIONAL', 'NATIONAL_ADMIN') $$;
CREATE FUNCTION app_writes_all() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT app_role() IN ('system', 'NATIONAL_ADMIN') $$;
-- The Aract of a staff caller (administrator or chargé·e de mission), null for anyone else.
CREATE FUNCTION app_staff_aract() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN app_role() IN ('ARACT_ADMIN', 'CHARGE_DE_MISSION') THEN app_aract_id() END $$;
CREATE FUNCTION app_admin_aract() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN app_role() = 'ARACT_ADMIN' THEN app_aract_id() END $$;
-- The Aract of a company member, null for anyone else.
CREATE FUNCTION app_member_aract() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN app_role() = 'COMPANY_MEMBER' THEN app_aract_id() END $$;
-- The clusters of a company member’s participations (read under Participation’s own policies).
CREATE FUNCTION app_member_cluster_ids() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(array_agg(DISTINCT p."clusterId"), '{}') FROM "Participation" p WHERE p."id" = ANY (app_participation_ids()) $$;


-- Person
ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Person" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Person" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" = ANY ((SELECT app_person_ids())::text[]) OR "id" IN (SELECT pm."personId" FROM "PairMember" pm WHERE pm."participationId" = ANY ((SELECT app_participation_ids())::text[])))));
CREATE POLICY tenant_write ON "Person" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" = ANY ((SELECT app_person_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" = ANY ((SELECT app_person_ids())::text[]))));

-- Cluster
ALTER TABLE "Cluster" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Cluster" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Cluster" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "Cluster" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ClusterStaff
ALTER TABLE "ClusterStaff" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterStaff" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterStaff" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterStaff" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ClusterStatusChange
ALTER TABLE "ClusterStatusChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterStatusChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterStatusChange" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterStatusChange" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Partner
ALTER TABLE "Partner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Partner" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Partner" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" IN (SELECT cp."partnerId" FROM "ClusterPartner" cp WHERE cp."clusterId" = ANY ((SELECT app_member_cluster_ids())::text[])))));
CREATE POLICY tenant_write ON "Partner" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ClusterPartner
ALTER TABLE "ClusterPartner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterPartner" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterPartner" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterPartner" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ClusterFunder
ALTER TABLE "ClusterFunder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterFunder" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterFunder" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterFunder" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Company
ALTER TABLE "Company" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Company" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Company" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" IN (SELECT p."companyId" FROM "Participation" p WHERE p."id" = ANY ((SELECT app_participation_ids())::text[])))));
CREATE POLICY tenant_write ON "Company" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Participation
ALTER TABLE "Participation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Participation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Participation" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("id" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "Participation" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ParticipationStatusChange
ALTER TABLE "ParticipationStatusChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ParticipationStatusChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ParticipationStatusChange" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "ParticipationStatusChange" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- PairMember
ALTER TABLE "PairMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PairMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PairMember" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "PairMember" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- CollectiveSession
ALTER TABLE "CollectiveSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CollectiveSession" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "CollectiveSession" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "CollectiveSession" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Attendance
ALTER TABLE "Attendance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Attendance" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Attendance" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]) OR "personId" = ANY ((SELECT app_person_ids())::text[]))));
CREATE POLICY tenant_write ON "Attendance" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- SupportDay
ALTER TABLE "SupportDay" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SupportDay" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "SupportDay" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "SupportDay" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- PreDiagnostic
ALTER TABLE "PreDiagnostic" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PreDiagnostic" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PreDiagnostic" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "PreDiagnostic" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ClusterTemplate
ALTER TABLE "ClusterTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClusterTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ClusterTemplate" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("clusterId" = ANY ((SELECT app_member_cluster_ids())::text[]))));
CREATE POLICY tenant_write ON "ClusterTemplate" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- DiagnosticResponse
ALTER TABLE "DiagnosticResponse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticResponse" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticResponse" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "DiagnosticResponse" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]) AND "personId" = ANY ((SELECT app_person_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]) AND "personId" = ANY ((SELECT app_person_ids())::text[]))));

-- DiagnosticAnswer
ALTER TABLE "DiagnosticAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticAnswer" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("responseId" IN (SELECT r."id" FROM "DiagnosticResponse" r WHERE r."participationId" = ANY ((SELECT app_participation_ids())::text[])))));
CREATE POLICY tenant_write ON "DiagnosticAnswer" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("responseId" IN (SELECT r."id" FROM "DiagnosticResponse" r WHERE r."participationId" = ANY ((SELECT app_participation_ids())::text[]) AND r."personId" = ANY ((SELECT app_person_ids())::text[])))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("responseId" IN (SELECT r."id" FROM "DiagnosticResponse" r WHERE r."participationId" = ANY ((SELECT app_participation_ids())::text[]) AND r."personId" = ANY ((SELECT app_person_ids())::text[])))));

-- DiagnosticReminder
ALTER TABLE "DiagnosticReminder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticReminder" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticReminder" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "DiagnosticReminder" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ActionPlan
ALTER TABLE "ActionPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ActionPlan" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "ActionPlan" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));

-- Action
ALTER TABLE "Action" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Action" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Action" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("actionPlanId" IN (SELECT ap."id" FROM "ActionPlan" ap WHERE ap."participationId" = ANY ((SELECT app_participation_ids())::text[])))));
CREATE POLICY tenant_write ON "Action" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("actionPlanId" IN (SELECT ap."id" FROM "ActionPlan" ap WHERE ap."participationId" = ANY ((SELECT app_participation_ids())::text[])))))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("actionPlanId" IN (SELECT ap."id" FROM "ActionPlan" ap WHERE ap."participationId" = ANY ((SELECT app_participation_ids())::text[])))));

-- Outcome
ALTER TABLE "Outcome" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Outcome" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Outcome" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "Outcome" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Evaluation
ALTER TABLE "Evaluation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Evaluation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Evaluation" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND ("participationId" = ANY ((SELECT app_participation_ids())::text[]))));
CREATE POLICY tenant_write ON "Evaluation" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ReportParticipationFact
ALTER TABLE "ReportParticipationFact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportParticipationFact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ReportParticipationFact" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND (false)));
CREATE POLICY tenant_write ON "ReportParticipationFact" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- ReportClusterFact
ALTER TABLE "ReportClusterFact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportClusterFact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ReportClusterFact" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract())
  OR ("aractId" = (SELECT app_member_aract()) AND (false)));
CREATE POLICY tenant_write ON "ReportClusterFact" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Rows of an Aract, or national rows (no Aract) that the whole network reads: programmes, diagnostic
-- templates, resources. National rows are written by the national administrator (templates: by the
-- national side, which publishes them), an Aract’s by its people.

ALTER TABLE "Programme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Programme" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Programme" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()) OR "aractId" = (SELECT app_member_aract())
  OR ("aractId" IS NULL AND (SELECT app_role()) <> ''));
CREATE POLICY tenant_write ON "Programme" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));
ALTER TABLE "Resource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Resource" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Resource" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()) OR "aractId" = (SELECT app_member_aract())
  OR ("aractId" IS NULL AND (SELECT app_role()) <> ''));
CREATE POLICY tenant_write ON "Resource" FOR ALL USING (
  (SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_staff_aract()));
ALTER TABLE "DiagnosticTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticTemplate" FOR SELECT USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()) OR "aractId" = (SELECT app_member_aract())
  OR ("aractId" IS NULL AND (SELECT app_role()) <> ''));
CREATE POLICY tenant_write ON "DiagnosticTemplate" FOR ALL USING (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()))
  WITH CHECK ((SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()));

-- Rows reached through a parent: visible when the parent is (the parent’s own policies apply inside).
ALTER TABLE "ProgrammeFunder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgrammeFunder" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ProgrammeFunder" FOR SELECT USING (EXISTS (SELECT 1 FROM "Programme" p WHERE p."id" = "programmeId"));
CREATE POLICY tenant_write ON "ProgrammeFunder" FOR ALL USING (EXISTS (SELECT 1 FROM "Programme" p WHERE p."id" = "programmeId"
  AND ((SELECT app_writes_all()) OR p."aractId" = (SELECT app_admin_aract()))))
  WITH CHECK (EXISTS (SELECT 1 FROM "Programme" p WHERE p."id" = "programmeId"
  AND ((SELECT app_writes_all()) OR p."aractId" = (SELECT app_admin_aract()))));
ALTER TABLE "DiagnosticSection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticSection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticSection" FOR SELECT USING (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"));
CREATE POLICY tenant_write ON "DiagnosticSection" FOR ALL USING (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"
  AND ((dt."aractId" IS NULL AND (SELECT app_reads_all())) OR dt."aractId" = (SELECT app_staff_aract()))))
  WITH CHECK (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"
  AND ((dt."aractId" IS NULL AND (SELECT app_reads_all())) OR dt."aractId" = (SELECT app_staff_aract()))));
ALTER TABLE "DiagnosticQuestion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticQuestion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DiagnosticQuestion" FOR SELECT USING (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"));
CREATE POLICY tenant_write ON "DiagnosticQuestion" FOR ALL USING (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"
  AND ((dt."aractId" IS NULL AND (SELECT app_reads_all())) OR dt."aractId" = (SELECT app_staff_aract()))))
  WITH CHECK (EXISTS (SELECT 1 FROM "DiagnosticTemplate" dt WHERE dt."id" = "templateId"
  AND ((dt."aractId" IS NULL AND (SELECT app_reads_all())) OR dt."aractId" = (SELECT app_staff_aract()))));

-- Staff roles: the national side reads them all, an Aract’s people their Aract’s, the national
-- administrator appoints, an Aract’s administrator manages the Aract’s team.
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Membership" FOR SELECT USING ((SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()));
CREATE POLICY tenant_write ON "Membership" FOR ALL USING ((SELECT app_writes_all()) OR "aractId" = (SELECT app_admin_aract()))
  WITH CHECK ((SELECT app_writes_all()) OR "aractId" = (SELECT app_admin_aract()));

-- The audit trail: read by the national side and by an Aract’s people for their Aract’s events, appended
-- by any caller (an export by the national team is recorded too). The app role gets no UPDATE or DELETE
-- (privileges granted by scripts/lib/app-role.ts) and the trigger refuses them for everyone.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "AuditEvent" FOR SELECT USING ((SELECT app_reads_all()) OR "aractId" = (SELECT app_staff_aract()));
CREATE POLICY tenant_append ON "AuditEvent" FOR INSERT WITH CHECK (
  (SELECT app_reads_all()) OR "aractId" = (SELECT app_aract_id()) OR ("aractId" IS NULL AND (SELECT app_role()) <> ''));
