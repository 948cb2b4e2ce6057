CREATE TABLE "case"."case_number_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"first_serial" integer NOT NULL,
	"last_serial" integer NOT NULL,
	"reserved_for" uuid NOT NULL,
	"device_label" text NOT NULL,
	"reserved_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_number_blocks_user_idx" ON "case"."case_number_blocks" USING btree ("reserved_for","year");--> statement-breakpoint
-- Row-level security (custom, appended): a user sees and reserves only her own blocks.
ALTER TABLE "case"."case_number_blocks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "case"."case_number_blocks" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_all ON "case"."case_number_blocks" FOR ALL TO haven_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY own_blocks ON "case"."case_number_blocks" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"() AND reserved_for = "case"."current_viewer_id"())
WITH CHECK (agency_id = "case"."current_agency_id"() AND reserved_for = "case"."current_viewer_id"());
