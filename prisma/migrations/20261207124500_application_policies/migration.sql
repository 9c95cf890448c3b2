-- The national side only routes an unrouted application: the row it writes must be given to an Aract and
-- still wait for its decision (nothing else of it changes through this policy).
DROP POLICY national_routing ON "Application";
CREATE POLICY national_routing ON "Application" FOR UPDATE USING ("aractId" IS NULL AND (SELECT app_reads_all()))
  WITH CHECK ((SELECT app_reads_all()) AND "aractId" IS NOT NULL AND "status" = 'PENDING');

-- The erasure of a person by an Aract administrator removes the rate-limit records naming the address.
CREATE POLICY erasure ON "ApplicationRequest" FOR DELETE USING ((SELECT app_role()) = 'ARACT_ADMIN');
-- A delete reads the rows it filters on: the same administrator may read them (as for the outbox).
CREATE POLICY erasure_read ON "ApplicationRequest" FOR SELECT USING ((SELECT app_role()) = 'ARACT_ADMIN');
