CREATE TYPE "case"."care_plan_status" AS ENUM('draft', 'pending_approval', 'approved', 'rejected', 'superseded', 'completed');--> statement-breakpoint
CREATE TYPE "case"."document_type" AS ENUM('identity_document', 'consent_form', 'assessment', 'medical_report', 'legal_document', 'correspondence', 'photo', 'other');--> statement-breakpoint
CREATE TYPE "case"."household_relationship" AS ENUM('head', 'spouse_partner', 'child', 'stepchild', 'sibling', 'parent', 'grandparent', 'grandchild', 'other_relative', 'caregiver', 'non_relative');--> statement-breakpoint
CREATE TYPE "case"."intervention_status" AS ENUM('planned', 'in_progress', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "case"."note_type" AS ENUM('contact', 'home_visit', 'office_visit', 'phone_call', 'follow_up', 'case_conference', 'supervision', 'other');--> statement-breakpoint
CREATE TYPE "case"."objective_status" AS ENUM('not_started', 'in_progress', 'achieved', 'partially_achieved', 'not_achieved', 'cancelled');--> statement-breakpoint
CREATE TYPE "case"."responsible_party" AS ENUM('caseworker', 'client', 'family', 'agency_team', 'service_provider', 'other');--> statement-breakpoint
CREATE TABLE "case"."admin_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"level" integer NOT NULL,
	"parent_id" uuid,
	"name" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."care_plan_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_id" uuid,
	"referral_id" uuid,
	"status" "case"."intervention_status" DEFAULT 'planned' NOT NULL,
	"note" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."care_plan_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"care_plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"need" text,
	"description" text NOT NULL,
	"responsible_party" "case"."responsible_party" NOT NULL,
	"responsible_user_id" uuid,
	"responsible_name" text,
	"due_date" date,
	"status" "case"."objective_status" DEFAULT 'not_started' NOT NULL,
	"outcome" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "case"."care_plan_status" DEFAULT 'draft' NOT NULL,
	"summary" text,
	"review_date" date,
	"follow_up_days" integer,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_comment" text
);
--> statement-breakpoint
CREATE TABLE "case"."case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"note_type" "case"."note_type" NOT NULL,
	"classification" text DEFAULT 'standard' NOT NULL,
	"subject" text,
	"body" text,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer,
	"supersedes_id" uuid,
	"author_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."case_types" (
	"agency_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" jsonb NOT NULL,
	"description" jsonb,
	"form_keys" text[] DEFAULT '{}' NOT NULL,
	"mandatory_fields" text[] DEFAULT '{}' NOT NULL,
	"field_classifications" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"default_form_classification" text DEFAULT 'standard' NOT NULL,
	"workflow_key" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_types_agency_id_key_pk" PRIMARY KEY("agency_id","key")
);
--> statement-breakpoint
CREATE TABLE "case"."document_versions" (
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"key_id" text NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_versions_document_id_version_pk" PRIMARY KEY("document_id","version")
);
--> statement-breakpoint
CREATE TABLE "case"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid,
	"document_type" "case"."document_type" NOT NULL,
	"classification" text DEFAULT 'restricted' NOT NULL,
	"title" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case"."household_members" (
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"relationship" "case"."household_relationship" NOT NULL,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp (3) with time zone,
	"added_by" uuid NOT NULL,
	CONSTRAINT "household_members_household_id_person_id_pk" PRIMARY KEY("household_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case"."households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"label" text,
	"head_person_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "case"."referral_status" NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."service_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"category" text NOT NULL,
	"description" jsonb,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"internal_team_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."service_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"service_keys" text[] DEFAULT '{}' NOT NULL,
	"area_codes" text[] DEFAULT '{}' NOT NULL,
	"contact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case"."care_plan_interventions" ADD CONSTRAINT "care_plan_interventions_objective_id_care_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "case"."care_plan_objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_interventions" ADD CONSTRAINT "care_plan_interventions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_interventions" ADD CONSTRAINT "care_plan_interventions_service_id_service_catalogue_id_fk" FOREIGN KEY ("service_id") REFERENCES "case"."service_catalogue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_interventions" ADD CONSTRAINT "care_plan_interventions_provider_id_service_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "case"."service_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_interventions" ADD CONSTRAINT "care_plan_interventions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "case"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_objectives" ADD CONSTRAINT "care_plan_objectives_care_plan_id_care_plans_id_fk" FOREIGN KEY ("care_plan_id") REFERENCES "case"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plan_objectives" ADD CONSTRAINT "care_plan_objectives_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."care_plans" ADD CONSTRAINT "care_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "case"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."document_versions" ADD CONSTRAINT "document_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."documents" ADD CONSTRAINT "documents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."household_members" ADD CONSTRAINT "household_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "case"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."household_members" ADD CONSTRAINT "household_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."households" ADD CONSTRAINT "households_head_person_id_persons_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "case"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."referral_events" ADD CONSTRAINT "referral_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_areas_code_uq" ON "case"."admin_areas" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "admin_areas_parent_idx" ON "case"."admin_areas" USING btree ("agency_id","parent_id");--> statement-breakpoint
CREATE INDEX "care_plan_interventions_objective_idx" ON "case"."care_plan_interventions" USING btree ("objective_id");--> statement-breakpoint
CREATE INDEX "care_plan_objectives_plan_idx" ON "case"."care_plan_objectives" USING btree ("care_plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_version_uq" ON "case"."care_plans" USING btree ("case_id","version");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case"."case_notes" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "document_versions_key_idx" ON "case"."document_versions" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "case"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "documents_person_idx" ON "case"."documents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "household_members_person_idx" ON "case"."household_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "households_agency_idx" ON "case"."households" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "case"."referral_events" USING btree ("referral_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_catalogue_key_uq" ON "case"."service_catalogue" USING btree ("agency_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "service_providers_name_uq" ON "case"."service_providers" USING btree ("agency_id","name");--> statement-breakpoint
-- Custom (appended): the shipped case types for every existing agency, then every case must name one
-- of its agency's case types. New agencies get them at provisioning (subgraphs/case).
INSERT INTO "case"."case_types" ("agency_id", "key", "label", "form_keys", "mandatory_fields", "workflow_key", "default_form_classification", "built_in")
SELECT s.agency_id, t.key, t.label::jsonb, t.form_keys, t.mandatory_fields, t.workflow_key, t.default_classification, true
FROM "case"."agency_settings" s
CROSS JOIN (VALUES
  ('child_protection', '{"en":"Child protection","ar":"حماية الطفل"}',
   ARRAY['registration','consent','protection_risk_assessment','best_interests_assessment','care_plan','case_closure'],
   ARRAY['person.dateOfBirth'], 'cp-default', 'standard'),
  ('gbv', '{"en":"Gender-based violence","ar":"العنف القائم على النوع الاجتماعي"}',
   ARRAY['registration','consent','gbv_intake','protection_risk_assessment','gbv_safety_plan','care_plan','case_closure'],
   ARRAY[]::text[], 'gbv-default', 'restricted'),
  ('general_protection', '{"en":"General protection","ar":"الحماية العامة"}',
   ARRAY['registration','consent','protection_risk_assessment','care_plan','case_closure'],
   ARRAY[]::text[], 'gp-default', 'standard')
) AS t(key, label, form_keys, mandatory_fields, workflow_key, default_classification)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
ALTER TABLE "case"."cases" ADD CONSTRAINT "cases_case_type_fk" FOREIGN KEY ("agency_id", "case_type") REFERENCES "case"."case_types" ("agency_id", "key");
--> statement-breakpoint
ALTER TABLE "case"."case_notes" ADD CONSTRAINT "case_notes_classification_ck" CHECK ("classification" IN ('standard', 'restricted', 'confidential'));
--> statement-breakpoint
ALTER TABLE "case"."documents" ADD CONSTRAINT "documents_classification_ck" CHECK ("classification" IN ('standard', 'restricted', 'confidential'));
--> statement-breakpoint
ALTER TABLE "case"."case_types" ADD CONSTRAINT "case_types_default_classification_ck" CHECK ("default_form_classification" IN ('standard', 'restricted', 'confidential'));
--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD CONSTRAINT "referrals_urgency_ck" CHECK ("urgency" IN ('normal', 'urgent'));
--> statement-breakpoint
-- Row-level security (custom, appended), in the pattern of 0007/0009.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    '"case".case_types', '"case".admin_areas', '"case".households', '"case".household_members', '"case".case_notes',
    '"case".documents', '"case".document_versions', '"case".service_providers', '"case".service_catalogue',
    '"case".care_plans', '"case".care_plan_objectives', '"case".care_plan_interventions', '"case".referral_events'
  ] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY system_all ON %s FOR ALL TO haven_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Agency configuration (case types, areas, the directory, the catalogue): the agency's own. Who may
-- change it is the service's decision (form:manage).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['"case".case_types', '"case".admin_areas', '"case".service_providers', '"case".service_catalogue'] LOOP
    EXECUTE format(
      'CREATE POLICY own_agency ON %s FOR ALL TO haven_app USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"())', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Case data keyed by case: read when the case is reached, written by those who work it.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    '"case".care_plans', '"case".care_plan_objectives', '"case".care_plan_interventions'
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
-- Notes and documents: reached cases; a confidential one only for the assigned worker, in SQL too.
-- Notes are never updated (a correction supersedes); documents are updated (new version, withdrawal).
CREATE POLICY viewer_read ON "case"."case_notes" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches"(case_id)
  AND (classification <> 'confidential' OR "case"."viewer_is_assigned"(case_id))
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."case_notes" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND author_id = "case"."current_viewer_id"() AND "case"."viewer_manages"(case_id)
);
--> statement-breakpoint
CREATE POLICY viewer_read ON "case"."documents" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches"(case_id)
  AND (classification <> 'confidential' OR "case"."viewer_is_assigned"(case_id))
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."documents" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND created_by = "case"."current_viewer_id"() AND "case"."viewer_manages"(case_id)
  AND (classification <> 'confidential' OR "case"."viewer_is_assigned"(case_id))
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."documents" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id)
  AND (classification <> 'confidential' OR "case"."viewer_is_assigned"(case_id))
);
--> statement-breakpoint
-- A version is seen exactly when its document is (the documents policy applies inside the subquery).
CREATE POLICY viewer_read ON "case"."document_versions" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."documents" d WHERE d.id = document_id)
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."document_versions" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND uploaded_by = "case"."current_viewer_id"() AND "case"."viewer_manages"(case_id)
  AND EXISTS (SELECT 1 FROM "case"."documents" d WHERE d.id = document_id AND d.case_id = document_versions.case_id)
);
--> statement-breakpoint
-- Whether the viewer belongs to a team (members receive internal referrals to it).
CREATE FUNCTION "case"."viewer_in_team"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT target IS NOT NULL AND (
    target = ANY ("case"."current_supervised_team_ids"())
    OR EXISTS (SELECT 1 FROM "identity"."team_members" m WHERE m.team_id = target AND m.user_id = "case"."current_viewer_id"())
  )
$$;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_in_team"(uuid) OWNER TO haven_system;
--> statement-breakpoint
-- Internal referrals are seen and answered by the receiving team too (the case itself stays out of
-- their reach until it is shared or reassigned); 0007's policies cover the referring side.
CREATE POLICY receiving_team_read ON "case"."referrals" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND kind = 'internal' AND "case"."viewer_in_team"(to_team_id)
);
--> statement-breakpoint
CREATE POLICY receiving_team_update ON "case"."referrals" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND kind = 'internal' AND "case"."viewer_in_team"(to_team_id)
);
--> statement-breakpoint
CREATE POLICY viewer_read ON "case"."referral_events" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."referrals" r WHERE r.id = referral_id)
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."referral_events" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND recorded_by = "case"."current_viewer_id"()
  AND EXISTS (SELECT 1 FROM "case"."referrals" r WHERE r.id = referral_id AND r.case_id = referral_events.case_id)
);
--> statement-breakpoint
-- Households: seen by those who reach one of the members, or who created it (before members exist).
CREATE FUNCTION "case"."viewer_reaches_household"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM "case"."household_members" m
    WHERE m.household_id = target AND "case"."viewer_reaches_person"(m.person_id)
  )
$$;
--> statement-breakpoint
CREATE FUNCTION "case"."viewer_manages_household"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM "case"."household_members" m
    WHERE m.household_id = target AND "case"."viewer_manages_person"(m.person_id)
  )
$$;
--> statement-breakpoint
-- A person with no case of their own (a relative recorded as a household member, say).
CREATE FUNCTION "case"."person_has_case"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = target)
$$;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_reaches_household"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_manages_household"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER FUNCTION "case"."person_has_case"(uuid) OWNER TO haven_system;
--> statement-breakpoint
CREATE POLICY viewer_read ON "case"."households" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND (created_by = "case"."current_viewer_id"() OR "case"."viewer_reaches_household"(id))
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."households" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND created_by = "case"."current_viewer_id"()
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."households" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_manages_household"(id)
);
--> statement-breakpoint
CREATE POLICY viewer_read ON "case"."household_members" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches_household"(household_id)
);
--> statement-breakpoint
-- A member is added by one who works a member's case, or (the first members) by the household's creator.
CREATE POLICY viewer_insert ON "case"."household_members" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND added_by = "case"."current_viewer_id"() AND (
    "case"."viewer_manages_household"(household_id)
    OR EXISTS (SELECT 1 FROM "case"."households" h WHERE h.id = household_id AND h.created_by = "case"."current_viewer_id"())
  )
);
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."household_members" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND "case"."viewer_manages_household"(household_id)
);
--> statement-breakpoint
-- Persons without a case of their own are reached through a household the viewer reaches (a child's
-- mother, say); persons with a case of their own only through that case (0007).
CREATE POLICY household_read ON "case"."persons" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND NOT "case"."person_has_case"(id) AND EXISTS (
    SELECT 1 FROM "case"."household_members" m WHERE m.person_id = persons.id AND "case"."viewer_reaches_household"(m.household_id)
  )
);
--> statement-breakpoint
CREATE POLICY household_update ON "case"."persons" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND NOT "case"."person_has_case"(id) AND EXISTS (
    SELECT 1 FROM "case"."household_members" m WHERE m.person_id = persons.id AND "case"."viewer_manages_household"(m.household_id)
  )
);
