-- Custom migration: the case layer in the database (DESIGN.md, access model). drizzle-kit does not
-- emit roles, policies, FORCE ROW LEVEL SECURITY or functions, so this is hand-written SQL that runs
-- the same on PostgreSQL 15+ and PGlite.
--
-- Three runtime roles, none of them the owner of any table:
--   haven_app        every request; sees only the cases its viewer reaches (policies below).
--   haven_system     seeding, provisioning, jobs, key rotation; its policies allow every row.
--   haven_reporting  aggregates; reads the agency's case facts but no personal columns.
-- The viewer is set per transaction with set_config(..., true) (core/src/db/database.ts).
-- In server mode the login role of the services must be a member of all three.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'haven_system') THEN
    CREATE ROLE haven_system NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'haven_reporting') THEN
    CREATE ROLE haven_reporting NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "identity", "case", "workflow", "exchange", "reporting", "audit" TO haven_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "identity", "case", "workflow", "exchange" TO haven_system;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA "reporting" TO haven_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "identity", "case", "workflow", "exchange" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO haven_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "reporting" GRANT SELECT ON TABLES TO haven_system, haven_reporting;
--> statement-breakpoint
GRANT SELECT, INSERT ON "audit"."events" TO haven_system, haven_reporting;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "case", "reporting", "audit" TO haven_reporting;
--> statement-breakpoint
-- Reporting reads whether a case exists, its type, status and dates, and its consent to be counted;
-- never names, contacts or anything else (column grants).
GRANT SELECT ("id", "agency_id", "case_type", "status", "created_at", "updated_at", "team_id") ON "case"."cases" TO haven_reporting;
--> statement-breakpoint
GRANT SELECT ("case_id", "agency_id", "scope", "withdrawn_at") ON "case"."consents" TO haven_reporting;
--> statement-breakpoint
GRANT SELECT ("case_id", "agency_id", "scope") ON "case"."consent_overrides" TO haven_reporting;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA "reporting" TO haven_reporting;
--> statement-breakpoint
-- Who the transaction runs for. Plain SQL, so the planner inlines them and can use indexes.
CREATE FUNCTION "case"."current_viewer_id"() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('haven.viewer_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE FUNCTION "case"."current_agency_id"() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('haven.agency_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE FUNCTION "case"."current_supervised_team_ids"() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('haven.supervised_team_ids', true), ''), ',')::uuid[], '{}'::uuid[])
$$;
--> statement-breakpoint
-- The helpers below look at other tables. They are SECURITY DEFINER functions owned by haven_system
-- (whose policies allow every row), so a policy can ask about shares or cases without the policies
-- of those tables calling back into each other.
--
-- A live share or emergency access of the viewer on the case.
CREATE FUNCTION "case"."viewer_has_grant"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM "case"."case_shares" s
    WHERE s.case_id = target AND s.grantee_id = "case"."current_viewer_id"()
      AND s.revoked_at IS NULL AND s.expires_at > now()
  ) OR EXISTS (
    SELECT 1 FROM "case"."emergency_accesses" e
    WHERE e.case_id = target AND e.user_id = "case"."current_viewer_id"() AND e.expires_at > now()
  )
$$;
--> statement-breakpoint
-- The viewer works the case: assigned to it, or supervisor of its team.
CREATE FUNCTION "case"."viewer_manages"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM "case"."cases" c
    WHERE c.id = target AND c.agency_id = "case"."current_agency_id"()
      AND (c.assigned_worker_id = "case"."current_viewer_id"() OR c.team_id = ANY ("case"."current_supervised_team_ids"()))
  )
$$;
--> statement-breakpoint
-- The viewer reaches the case: works it, or holds a live share or emergency access.
CREATE FUNCTION "case"."viewer_reaches"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT "case"."viewer_manages"(target) OR (
    EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = target AND c.agency_id = "case"."current_agency_id"())
    AND "case"."viewer_has_grant"(target)
  )
$$;
--> statement-breakpoint
-- The viewer is the assigned worker: the only one who sees confidential values.
CREATE FUNCTION "case"."viewer_is_assigned"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM "case"."cases" c
    WHERE c.id = target AND c.agency_id = "case"."current_agency_id"() AND c.assigned_worker_id = "case"."current_viewer_id"()
  )
$$;
--> statement-breakpoint
CREATE FUNCTION "case"."viewer_reaches_person"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = target AND "case"."viewer_reaches"(c.id))
$$;
--> statement-breakpoint
CREATE FUNCTION "case"."viewer_manages_person"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = target AND "case"."viewer_manages"(c.id))
$$;
--> statement-breakpoint
-- For emergency access: whether a case id exists in the agency, without revealing anything of it.
CREATE FUNCTION "case"."case_exists_in_agency"(target uuid, agency uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = target AND c.agency_id = agency AND agency = "case"."current_agency_id"())
$$;
--> statement-breakpoint
ALTER FUNCTION "case"."case_exists_in_agency"(uuid, uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_has_grant"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_manages"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_reaches"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_is_assigned"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_reaches_person"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_manages_person"(uuid) OWNER TO haven_system;
--> statement-breakpoint
-- Row-level security on every table that holds case data, forced even for the owner, plus a
-- policy that lets haven_system through. Tables without a haven_app policy for a command refuse it.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    '"case".persons', '"case".cases', '"case".case_changes', '"case".case_shares', '"case".emergency_accesses',
    '"case".confidential_values', '"case".consents', '"case".consent_overrides', '"case".referrals',
    '"case".agency_settings', '"case".case_number_series', 'workflow.case_stages', 'exchange.partners',
    'exchange.transfers'
  ] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY system_all ON %s FOR ALL TO haven_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Cases: read when reached; written only by those who work the case (shares are read-only).
CREATE POLICY viewer_read ON "case"."cases" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND (
    assigned_worker_id = "case"."current_viewer_id"()
    OR team_id = ANY ("case"."current_supervised_team_ids"())
    OR "case"."viewer_has_grant"(id)
  )
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."cases" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND assigned_worker_id = "case"."current_viewer_id"()
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."cases" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND (
    assigned_worker_id = "case"."current_viewer_id"() OR team_id = ANY ("case"."current_supervised_team_ids"())
  )
) WITH CHECK (
  agency_id = "case"."current_agency_id"() AND (
    assigned_worker_id = "case"."current_viewer_id"() OR team_id = ANY ("case"."current_supervised_team_ids"())
  )
);
--> statement-breakpoint
-- Persons are reached through their cases. A new person is inserted before its case exists, by the
-- registering worker (the service inserts without RETURNING).
CREATE POLICY viewer_read ON "case"."persons" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches_person"(id)
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."persons" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND created_by = "case"."current_viewer_id"()
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."persons" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_manages_person"(id)
);
--> statement-breakpoint
-- Tables of a case's own data: read when the case is reached, written by those who work it.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    '"case".case_changes', '"case".consents', '"case".consent_overrides', '"case".referrals', 'workflow.case_stages',
    'exchange.transfers'
  ] LOOP
    EXECUTE format(
      'CREATE POLICY viewer_read ON %s FOR SELECT TO haven_app USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches"(case_id))', t);
    EXECUTE format(
      'CREATE POLICY viewer_insert ON %s FOR INSERT TO haven_app WITH CHECK (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id))', t);
    EXECUTE format(
      'CREATE POLICY viewer_update ON %s FOR UPDATE TO haven_app USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id))', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Confidential values: the assigned worker only, whatever else the viewer may do.
CREATE POLICY assigned_only ON "case"."confidential_values" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_is_assigned"(case_id))
WITH CHECK (agency_id = "case"."current_agency_id"() AND "case"."viewer_is_assigned"(case_id));
--> statement-breakpoint
-- Shares: seen by their grantee and by those who work the case; granted and revoked by the latter.
CREATE POLICY viewer_read ON "case"."case_shares" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND (grantee_id = "case"."current_viewer_id"() OR "case"."viewer_manages"(case_id))
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."case_shares" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND granted_by = "case"."current_viewer_id"() AND "case"."viewer_manages"(case_id)
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."case_shares" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id)
);
--> statement-breakpoint
-- Emergency access: opened by the viewer for herself; seen by her and by those who work the case.
CREATE POLICY viewer_read ON "case"."emergency_accesses" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND (user_id = "case"."current_viewer_id"() OR "case"."viewer_manages"(case_id))
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."emergency_accesses" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND user_id = "case"."current_viewer_id"()
);
--> statement-breakpoint
-- Agency settings, case number series and partners: the viewer's own agency only.
CREATE POLICY own_agency ON "case"."agency_settings" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY own_agency ON "case"."case_number_series" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY own_agency ON "exchange"."partners" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
-- Reporting: every case of the viewer's agency, through the column grants above.
CREATE POLICY reporting_agency ON "case"."cases" FOR SELECT TO haven_reporting USING (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY reporting_agency ON "case"."consents" FOR SELECT TO haven_reporting USING (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY reporting_agency ON "case"."consent_overrides" FOR SELECT TO haven_reporting USING (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
-- Only cases whose people consented to be counted (or whose consent was overridden, with a reason)
-- are in the aggregates. security_invoker: the view reads with the reader's rights and policies.
CREATE OR REPLACE VIEW "reporting"."case_facts" WITH (security_invoker = true) AS
SELECT
  c.agency_id,
  c.case_type::text AS case_type,
  c.status::text AS status,
  date_trunc('month', c.created_at)::date AS opened_month
FROM "case"."cases" c
WHERE EXISTS (
  SELECT 1 FROM "case"."consents" k
  WHERE k.case_id = c.id AND k.scope = 'reporting' AND k.withdrawn_at IS NULL
) OR EXISTS (
  SELECT 1 FROM "case"."consent_overrides" o WHERE o.case_id = c.id AND o.scope = 'reporting'
);
--> statement-breakpoint
-- Alerts for the agency's auditors (emergency access, for now). Not part of the hash chain: an
-- alert is acknowledged, which is an update; the event that raised it is in the chain.
CREATE TABLE "audit"."alerts" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "agency_id" uuid NOT NULL,
  "kind" text NOT NULL,
  "case_id" uuid,
  "actor_id" uuid NOT NULL,
  "reason" text,
  "raised_at" timestamp (3) with time zone NOT NULL DEFAULT now(),
  "expires_at" timestamp (3) with time zone,
  "acknowledged_at" timestamp (3) with time zone,
  "acknowledged_by" uuid
);
--> statement-breakpoint
CREATE INDEX "alerts_agency_idx" ON "audit"."alerts" ("agency_id", "raised_at");
--> statement-breakpoint
GRANT SELECT, INSERT ON "audit"."alerts" TO haven_app, haven_system;
--> statement-breakpoint
GRANT UPDATE ("acknowledged_at", "acknowledged_by") ON "audit"."alerts" TO haven_app;
--> statement-breakpoint
ALTER TABLE "audit"."alerts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit"."alerts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_all ON "audit"."alerts" FOR ALL TO haven_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY own_agency ON "audit"."alerts" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
