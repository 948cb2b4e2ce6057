CREATE TABLE "workflow"."agency_calendars" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"weekend_days" smallint[] DEFAULT '{6,7}' NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow"."approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"reason" text,
	"input" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "workflow"."deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"escalate_after_hours" integer DEFAULT 24 NOT NULL,
	"basis" text,
	"met_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "workflow"."notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"case_id" uuid,
	"deadline_id" uuid,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone,
	"email_status" text DEFAULT 'not_configured' NOT NULL,
	"emailed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "workflow"."stage_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"workflow_key" text NOT NULL,
	"workflow_version" integer NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"closure_category" text,
	"transitioned_by" uuid NOT NULL,
	"transitioned_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"approval_id" uuid
);
--> statement-breakpoint
CREATE TABLE "workflow"."definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "workflow"."case_stages" ADD COLUMN "workflow_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow"."case_stages" ADD COLUMN "paused_from" text;--> statement-breakpoint
ALTER TABLE "workflow"."case_stages" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "approvals_case_idx" ON "workflow"."approvals" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE INDEX "approvals_agency_status_idx" ON "workflow"."approvals" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "deadlines_open_idx" ON "workflow"."deadlines" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "deadlines_case_idx" ON "workflow"."deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "workflow"."notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "workflow"."notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "stage_history_case_idx" ON "workflow"."stage_history" USING btree ("case_id","transitioned_at");--> statement-breakpoint
CREATE UNIQUE INDEX "definitions_version_uq" ON "workflow"."definitions" USING btree ("agency_id","key","version");--> statement-breakpoint
-- Custom (appended): checks drizzle-kit does not emit.
ALTER TABLE "workflow"."definitions" ADD CONSTRAINT "definitions_status_ck" CHECK ("status" IN ('draft', 'published'));
--> statement-breakpoint
ALTER TABLE "workflow"."approvals" ADD CONSTRAINT "approvals_status_ck" CHECK ("status" IN ('pending', 'approved', 'rejected', 'withdrawn'));
--> statement-breakpoint
ALTER TABLE "workflow"."deadlines" ADD CONSTRAINT "deadlines_kind_ck" CHECK ("kind" IN ('stage_limit', 'follow_up', 'review'));
--> statement-breakpoint
-- At most one pending approval per case: a second request while one waits is a conflict.
CREATE UNIQUE INDEX "approvals_one_pending_uq" ON "workflow"."approvals" ("case_id") WHERE "status" = 'pending';
--> statement-breakpoint
-- The shipped workflows (subgraphs/workflow/src/definitions/defaults.ts) as published version 1 for
-- every existing agency; new agencies get them at provisioning. Existing cases are on version 1.
INSERT INTO "workflow"."definitions" ("agency_id", "key", "version", "status", "definition", "created_by", "published_at")
SELECT s.agency_id, d.key, 1, 'published', d.definition::jsonb, '00000000-0000-0000-0000-000000000000', now()
FROM "case"."agency_settings" s
CROSS JOIN (VALUES
  ('cp-default', '{"label":{"en":"Child protection","ar":"حماية الطفل"},"initialStage":"identification","stages":[{"key":"identification","label":{"en":"Identification","ar":"التعرف"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"workingDays":5},"byRisk":{"high":{"hours":48},"critical":{"hours":48}},"escalateAfterHours":24}]},{"key":"assessment","label":{"en":"Assessment","ar":"التقييم"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"days":5},"escalateAfterHours":24}]},{"key":"care_plan","label":{"en":"Care plan","ar":"خطة الرعاية"},"caseStatus":"open"},{"key":"referral_only","label":{"en":"Referral only","ar":"إحالة فقط"},"caseStatus":"open"},{"key":"implementation","label":{"en":"Implementation","ar":"التنفيذ"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"follow_up","due":{"days":30},"byRisk":{"high":{"days":14},"critical":{"days":14}},"carePlanFollowUp":true,"escalateAfterHours":72},{"type":"deadline","kind":"review","due":{"days":90},"byRisk":{"medium":{"days":60},"high":{"days":30},"critical":{"days":30}},"escalateAfterHours":72}]},{"key":"case_review","label":{"en":"Case review","ar":"مراجعة الحالة"},"caseStatus":"open"},{"key":"closed","label":{"en":"Closed","ar":"مغلقة"},"caseStatus":"closed"},{"key":"reopened","label":{"en":"Reopened","ar":"أعيد فتحها"},"caseStatus":"open"},{"key":"transferred","label":{"en":"Transferred","ar":"محوّلة"},"caseStatus":"closed"}],"transitions":[{"from":"identification","to":"assessment","guards":[{"type":"consent","scope":"services"}]},{"from":"assessment","to":"care_plan","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]}],"approval":"panel"},{"from":"assessment","to":"referral_only","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]},{"type":"consent","scope":"referral"}]},{"from":"care_plan","to":"implementation","guards":[{"type":"care_plan_approved"}]},{"from":"implementation","to":"case_review"},{"from":"case_review","to":"implementation","reasonRequired":true},{"from":"case_review","to":"closed","approval":"panel"},{"from":"referral_only","to":"closed","approval":"supervisor"},{"from":"case_review","to":"transferred","approval":"panel","closureCategories":["transferred"]},{"from":"closed","to":"reopened","reasonRequired":true},{"from":"reopened","to":"assessment"},{"from":"reopened","to":"implementation","reasonRequired":true}]}'),
  ('gbv-default', '{"label":{"en":"Gender-based violence","ar":"العنف القائم على النوع الاجتماعي"},"initialStage":"identification","stages":[{"key":"identification","label":{"en":"Identification","ar":"التعرف"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"workingDays":5},"byRisk":{"high":{"hours":48},"critical":{"hours":48}},"escalateAfterHours":24}]},{"key":"assessment","label":{"en":"Assessment","ar":"التقييم"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"days":5},"escalateAfterHours":24}]},{"key":"care_plan","label":{"en":"Care plan","ar":"خطة الرعاية"},"caseStatus":"open"},{"key":"referral_only","label":{"en":"Referral only","ar":"إحالة فقط"},"caseStatus":"open"},{"key":"implementation","label":{"en":"Implementation","ar":"التنفيذ"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"follow_up","due":{"days":30},"byRisk":{"high":{"days":14},"critical":{"days":14}},"carePlanFollowUp":true,"escalateAfterHours":72},{"type":"deadline","kind":"review","due":{"days":90},"byRisk":{"medium":{"days":60},"high":{"days":30},"critical":{"days":30}},"escalateAfterHours":72}]},{"key":"case_review","label":{"en":"Case review","ar":"مراجعة الحالة"},"caseStatus":"open"},{"key":"closed","label":{"en":"Closed","ar":"مغلقة"},"caseStatus":"closed"},{"key":"reopened","label":{"en":"Reopened","ar":"أعيد فتحها"},"caseStatus":"open"},{"key":"transferred","label":{"en":"Transferred","ar":"محوّلة"},"caseStatus":"closed"},{"key":"paused","label":{"en":"Paused at the survivor’s request","ar":"متوقفة بطلب من الناجية"},"caseStatus":"open"}],"transitions":[{"from":"identification","to":"assessment","guards":[{"type":"consent","scope":"services"}]},{"from":"assessment","to":"care_plan","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]}]},{"from":"assessment","to":"referral_only","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]},{"type":"consent","scope":"referral"}]},{"from":"care_plan","to":"implementation","guards":[{"type":"care_plan_approved"}]},{"from":"implementation","to":"case_review"},{"from":"case_review","to":"implementation","reasonRequired":true},{"from":"case_review","to":"closed","approval":"supervisor"},{"from":"referral_only","to":"closed","approval":"supervisor"},{"from":"case_review","to":"transferred","approval":"supervisor","closureCategories":["transferred"]},{"from":"closed","to":"reopened","reasonRequired":true},{"from":"reopened","to":"assessment"},{"from":"reopened","to":"implementation","reasonRequired":true},{"from":"*","to":"paused","reasonRequired":true},{"from":"paused","to":"@resume","reasonRequired":true},{"from":"*","to":"closed","approval":"supervisor","closureCategories":["survivor_request"]}]}'),
  ('gp-default', '{"label":{"en":"General protection","ar":"الحماية العامة"},"initialStage":"identification","stages":[{"key":"identification","label":{"en":"Identification","ar":"التعرف"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"workingDays":5},"byRisk":{"high":{"hours":48},"critical":{"hours":48}},"escalateAfterHours":24}]},{"key":"assessment","label":{"en":"Assessment","ar":"التقييم"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"stage_limit","due":{"days":5},"escalateAfterHours":24}]},{"key":"care_plan","label":{"en":"Care plan","ar":"خطة الرعاية"},"caseStatus":"open"},{"key":"referral_only","label":{"en":"Referral only","ar":"إحالة فقط"},"caseStatus":"open"},{"key":"implementation","label":{"en":"Implementation","ar":"التنفيذ"},"caseStatus":"open","onEnter":[{"type":"deadline","kind":"follow_up","due":{"days":30},"byRisk":{"high":{"days":14},"critical":{"days":14}},"carePlanFollowUp":true,"escalateAfterHours":72},{"type":"deadline","kind":"review","due":{"days":90},"byRisk":{"medium":{"days":60},"high":{"days":30},"critical":{"days":30}},"escalateAfterHours":72}]},{"key":"case_review","label":{"en":"Case review","ar":"مراجعة الحالة"},"caseStatus":"open"},{"key":"closed","label":{"en":"Closed","ar":"مغلقة"},"caseStatus":"closed"},{"key":"reopened","label":{"en":"Reopened","ar":"أعيد فتحها"},"caseStatus":"open"},{"key":"transferred","label":{"en":"Transferred","ar":"محوّلة"},"caseStatus":"closed"}],"transitions":[{"from":"identification","to":"assessment","guards":[{"type":"consent","scope":"services"}]},{"from":"assessment","to":"care_plan","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]}]},{"from":"assessment","to":"referral_only","guards":[{"type":"forms_submitted","forms":["protection_risk_assessment"]},{"type":"consent","scope":"referral"}]},{"from":"care_plan","to":"implementation","guards":[{"type":"care_plan_approved"}]},{"from":"implementation","to":"case_review"},{"from":"case_review","to":"implementation","reasonRequired":true},{"from":"case_review","to":"closed","approval":"supervisor"},{"from":"referral_only","to":"closed","approval":"supervisor"},{"from":"case_review","to":"transferred","approval":"supervisor","closureCategories":["transferred"]},{"from":"closed","to":"reopened","reasonRequired":true},{"from":"reopened","to":"assessment"},{"from":"reopened","to":"implementation","reasonRequired":true}]}')
) AS d(key, definition)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "workflow"."agency_calendars" ("agency_id") SELECT agency_id FROM "case"."agency_settings" ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Programme managers configure workflows (the role is data; new agencies get it from permissions.ts).
UPDATE "identity"."roles" SET "permissions" = array_append("permissions", 'workflow:manage')
WHERE "key" = 'programme_manager' AND NOT ('workflow:manage' = ANY ("permissions"));
--> statement-breakpoint
-- Row-level security (custom, appended), in the pattern of 0007 and 0012.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'workflow.definitions', 'workflow.stage_history', 'workflow.approvals', 'workflow.agency_calendars',
    'workflow.deadlines', 'workflow.notifications'
  ] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY system_all ON %s FOR ALL TO haven_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Agency configuration (definitions, calendar): the agency's own; who may change it is the service's
-- decision (workflow:manage).
CREATE POLICY own_agency ON "workflow"."definitions" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY own_agency ON "workflow"."agency_calendars" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
-- Case data keyed by case: read when the case is reached, written by those who work it. History is
-- never updated.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['workflow.stage_history', 'workflow.approvals', 'workflow.deadlines'] LOOP
    EXECUTE format(
      'CREATE POLICY viewer_read ON %s FOR SELECT TO haven_app USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches"(case_id))', t);
    EXECUTE format(
      'CREATE POLICY viewer_insert ON %s FOR INSERT TO haven_app WITH CHECK (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id))', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['workflow.approvals', 'workflow.deadlines'] LOOP
    EXECUTE format(
      'CREATE POLICY viewer_update ON %s FOR UPDATE TO haven_app USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id))', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Notifications: each recipient reads and marks her own; those who work a case notify about it
-- (an approval request to the team's supervisors). Sweeps run as haven_system.
CREATE POLICY recipient_read ON "workflow"."notifications" FOR SELECT TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND recipient_id = "case"."current_viewer_id"()
);
--> statement-breakpoint
CREATE POLICY recipient_update ON "workflow"."notifications" FOR UPDATE TO haven_app USING (
  agency_id = "case"."current_agency_id"() AND recipient_id = "case"."current_viewer_id"()
);
--> statement-breakpoint
CREATE POLICY viewer_insert ON "workflow"."notifications" FOR INSERT TO haven_app WITH CHECK (
  agency_id = "case"."current_agency_id"() AND case_id IS NOT NULL AND "case"."viewer_manages"(case_id)
);
