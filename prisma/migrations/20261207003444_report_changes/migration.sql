-- CreateTable
CREATE TABLE "ReportChange" (
    "aractId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportChange_pkey" PRIMARY KEY ("aractId")
);

-- CreateTable
CREATE TABLE "ReportFactsState" (
    "aractId" TEXT NOT NULL,
    "factsVersion" INTEGER NOT NULL,
    "factsDay" DATE NOT NULL,

    CONSTRAINT "ReportFactsState_pkey" PRIMARY KEY ("aractId")
);

-- Every change to the records the report facts are computed from bumps its Aract version, in the
-- writing transaction (statement triggers with transition tables, so that a bulk write bumps each Aract
-- once). An update bumps only when a column the facts read changed: an autosaved answer, a cluster
-- description or a company name move no figure. The runner splits scripts at semicolons: the function
-- bodies are written as escaped strings (octal 073 is a semicolon), and no comment holds a quote.
-- Inserted or deleted rows. TG_ARGV[0], when given: which of them move a figure (a draft response moves none).
CREATE FUNCTION report_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  EXECUTE format(
    ''INSERT INTO "ReportChange" AS c ("aractId", version)
     SELECT a, 1 FROM (SELECT DISTINCT "aractId" AS a FROM changed_rows WHERE %s ORDER BY 1) s
     ON CONFLICT ("aractId") DO UPDATE SET version = c.version + 1'', coalesce(TG_ARGV[0], ''true''))\073
  RETURN NULL\073
END'
;
-- Updated rows. TG_ARGV: the columns whose change moves a figure.
CREATE FUNCTION report_changed_columns() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE
  changed text\073
BEGIN
  SELECT string_agg(format(''o.%I IS DISTINCT FROM n.%I'', col, col), '' OR '') INTO changed FROM unnest(TG_ARGV) AS col\073
  EXECUTE format(
    ''INSERT INTO "ReportChange" AS c ("aractId", version)
     SELECT a, 1 FROM (SELECT DISTINCT n."aractId" AS a FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE %s ORDER BY 1) s
     ON CONFLICT ("aractId") DO UPDATE SET version = c.version + 1'', changed)\073
  RETURN NULL\073
END'
;
-- The reports name the programmes: a national programme (no Aract) concerns every Aract.
CREATE FUNCTION report_changed_programme() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "ReportChange" AS c ("aractId", version)
  SELECT a.id, 1 FROM "Aract" a
  WHERE EXISTS (SELECT 1 FROM changed_rows p WHERE p."aractId" IS NULL OR p."aractId" = a.id) ORDER BY a.id
  ON CONFLICT ("aractId") DO UPDATE SET version = c.version + 1\073
  RETURN NULL\073
END'
;
-- The reports name the Aracts.
CREATE FUNCTION report_changed_aract() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  INSERT INTO "ReportChange" AS c ("aractId", version)
  SELECT n.id, 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.name IS DISTINCT FROM n.name ORDER BY n.id
  ON CONFLICT ("aractId") DO UPDATE SET version = c.version + 1\073
  RETURN NULL\073
END'
;

-- A company comes and goes with its participations: only its NAF code is read.
CREATE TRIGGER report_insert AFTER INSERT ON "Cluster" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "Cluster" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "Cluster" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('aractId', 'status', 'programmeId', 'themes', 'startDate', 'plannedSupportDaysPerCompany');
CREATE TRIGGER report_insert AFTER INSERT ON "CollectiveSession" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "CollectiveSession" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "CollectiveSession" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('clusterId', 'date', 'cancelledAt');
CREATE TRIGGER report_insert AFTER INSERT ON "Attendance" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "Attendance" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "Attendance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('sessionId', 'participationId', 'status');
CREATE TRIGGER report_insert AFTER INSERT ON "Participation" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "Participation" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "Participation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('clusterId', 'companyId', 'status', 'headcountAtEntry');
CREATE TRIGGER report_insert AFTER INSERT ON "PairMember" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "PairMember" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "PairMember" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('participationId', 'side', 'endedAt');
CREATE TRIGGER report_insert AFTER INSERT ON "SupportDay" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "SupportDay" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "SupportDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('participationId', 'durationDays');
CREATE TRIGGER report_insert AFTER INSERT ON "DiagnosticResponse" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed('status = ''SUBMITTED''');
CREATE TRIGGER report_delete AFTER DELETE ON "DiagnosticResponse" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed('status = ''SUBMITTED''');
CREATE TRIGGER report_update AFTER UPDATE ON "DiagnosticResponse" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('participationId', 'status');
CREATE TRIGGER report_insert AFTER INSERT ON "Outcome" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_delete AFTER DELETE ON "Outcome" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed();
CREATE TRIGGER report_update AFTER UPDATE ON "Outcome" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('participationId', 'kind', 'status');
CREATE TRIGGER report_update AFTER UPDATE ON "Company" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_columns('nafCode');
CREATE TRIGGER report_insert AFTER INSERT ON "Programme" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_programme();
CREATE TRIGGER report_update AFTER UPDATE ON "Programme" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_programme();
CREATE TRIGGER report_delete AFTER DELETE ON "Programme" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_programme();
CREATE TRIGGER report_update AFTER UPDATE ON "Aract" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_changed_aract();

-- Whoever writes the records bumps the counters (they hold no tenant data). Only the system keeps the
-- state of the facts.
ALTER TABLE "ReportChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY report_change_bump ON "ReportChange" FOR INSERT WITH CHECK ((SELECT app_role()) <> '');
CREATE POLICY report_change_read ON "ReportChange" FOR SELECT USING ((SELECT app_role()) <> '');
CREATE POLICY report_change_update ON "ReportChange" FOR UPDATE USING ((SELECT app_role()) <> '') WITH CHECK ((SELECT app_role()) <> '');
ALTER TABLE "ReportFactsState" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportFactsState" FORCE ROW LEVEL SECURITY;
CREATE POLICY facts_state_system ON "ReportFactsState" FOR ALL USING ((SELECT app_role()) = 'system') WITH CHECK ((SELECT app_role()) = 'system');
