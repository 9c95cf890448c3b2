-- The clusters of a company member: the participation ids are read once, as a parameter (a sub-select), so
-- that the lookup by primary key stays an index scan under the policies of Participation. Written with the
-- expression of the settings inline, the filter was not leakproof: PostgreSQL applied it after the policies, row
-- by row, over every participation (10 ms at the size of the network, each time a page of a member read it).
CREATE OR REPLACE FUNCTION app_member_cluster_ids() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(array_agg(DISTINCT p."clusterId"), '{}') FROM "Participation" p WHERE p."id" = ANY ((SELECT app_participation_ids())::text[]) $$;
