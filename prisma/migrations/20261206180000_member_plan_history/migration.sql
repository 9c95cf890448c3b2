-- A company member editing their action plan is told who changed it meanwhile (src/lib/action-plans):
-- they read the audit events of their own participations' plans, and nothing else of the trail.
-- No semicolon may appear inside a statement, nor a semicolon or a quote in a comment.
CREATE POLICY member_plan_history ON "AuditEvent" FOR SELECT USING (
  "aractId" = (SELECT app_member_aract()) AND "entityType" = 'ActionPlan'
  AND "entityId" IN (SELECT ap."id" FROM "ActionPlan" ap WHERE ap."participationId" = ANY ((SELECT app_participation_ids())::text[])));
