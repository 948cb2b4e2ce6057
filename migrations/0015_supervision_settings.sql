ALTER TABLE "workflow"."agency_calendars" ADD COLUMN "inactivity_days" smallint DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow"."agency_calendars" ADD COLUMN "caseload_target" smallint DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow"."agency_calendars" ADD COLUMN "worker_caseload_targets" jsonb DEFAULT '{}'::jsonb NOT NULL;-- Row-level security: the columns are on workflow.agency_calendars, whose policies (0013: own_agency for
-- haven_app, system_all for haven_system) cover them; no new table, no new policy.
