CREATE TYPE "case"."form_status" AS ENUM('draft', 'published', 'retired');--> statement-breakpoint
CREATE TYPE "case"."submission_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "case"."form_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"case_types" text[] NOT NULL,
	"definition" jsonb NOT NULL,
	"status" "case"."form_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "case"."form_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"form_definition_id" uuid NOT NULL,
	"form_key" text NOT NULL,
	"form_version" integer NOT NULL,
	"values" jsonb NOT NULL,
	"status" "case"."submission_status" DEFAULT 'submitted' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."matching_rules" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."person_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"normalized" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kept_person_id" uuid NOT NULL,
	"merged_person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case"."persons" ADD COLUMN "search_name" text;--> statement-breakpoint
ALTER TABLE "case"."persons" ADD COLUMN "name_keys" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "case"."persons" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "case"."form_submissions" ADD CONSTRAINT "form_submissions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."form_submissions" ADD CONSTRAINT "form_submissions_form_definition_id_form_definitions_id_fk" FOREIGN KEY ("form_definition_id") REFERENCES "case"."form_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."person_identifiers" ADD CONSTRAINT "person_identifiers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."person_merges" ADD CONSTRAINT "person_merges_kept_person_id_persons_id_fk" FOREIGN KEY ("kept_person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."person_merges" ADD CONSTRAINT "person_merges_merged_person_id_persons_id_fk" FOREIGN KEY ("merged_person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "form_definitions_version_uq" ON "case"."form_definitions" USING btree ("agency_id","key","version");--> statement-breakpoint
CREATE INDEX "form_submissions_case_idx" ON "case"."form_submissions" USING btree ("case_id","form_key");--> statement-breakpoint
CREATE INDEX "person_identifiers_lookup_idx" ON "case"."person_identifiers" USING btree ("agency_id","kind","normalized");--> statement-breakpoint
CREATE INDEX "person_identifiers_person_idx" ON "case"."person_identifiers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_merges_kept_idx" ON "case"."person_merges" USING btree ("kept_person_id");--> statement-breakpoint
CREATE INDEX "persons_name_keys_idx" ON "case"."persons" USING gin ("name_keys");--> statement-breakpoint
CREATE INDEX "persons_dob_idx" ON "case"."persons" USING btree ("agency_id","date_of_birth");