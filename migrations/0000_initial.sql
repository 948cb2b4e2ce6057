CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE SCHEMA "case";
--> statement-breakpoint
CREATE SCHEMA "workflow";
--> statement-breakpoint
CREATE SCHEMA "exchange";
--> statement-breakpoint
CREATE TYPE "case"."case_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "case"."case_type" AS ENUM('child_protection', 'gbv', 'general_protection');--> statement-breakpoint
CREATE TYPE "case"."sex" AS ENUM('female', 'male', 'other', 'unknown');--> statement-breakpoint
CREATE TABLE "identity"."agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "identity"."roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"permissions" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_supervisor" boolean DEFAULT false NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."user_roles" (
	"user_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	CONSTRAINT "user_roles_user_id_role_id_pk" PRIMARY KEY("user_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."agency_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"case_number_prefix" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."case_number_series" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "case_number_series_agency_id_year_pk" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
CREATE TABLE "case"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"case_type" "case"."case_type" NOT NULL,
	"status" "case"."case_status" DEFAULT 'open' NOT NULL,
	"person_id" uuid NOT NULL,
	"assigned_worker_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"sex" "case"."sex" NOT NULL,
	"date_of_birth" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow"."case_stages" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"workflow_key" text NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entered_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange"."partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"endpoint_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity"."roles" ADD CONSTRAINT "roles_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "identity"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."teams" ADD CONSTRAINT "teams_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."user_roles" ADD CONSTRAINT "user_roles_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "identity"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."case_number_series" ADD CONSTRAINT "case_number_series_agency_id_agency_settings_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "case"."agency_settings"("agency_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."cases" ADD CONSTRAINT "cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "case"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roles_agency_key_uq" ON "identity"."roles" USING btree ("agency_id","key");--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "identity"."team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_agency_name_uq" ON "identity"."teams" USING btree ("agency_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "identity"."users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "identity"."users" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_agency_number_uq" ON "case"."cases" USING btree ("agency_id","case_number");--> statement-breakpoint
CREATE INDEX "cases_assigned_worker_idx" ON "case"."cases" USING btree ("assigned_worker_id","updated_at");--> statement-breakpoint
CREATE INDEX "persons_agency_idx" ON "case"."persons" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "case_stages_agency_idx" ON "workflow"."case_stages" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_agency_name_uq" ON "exchange"."partners" USING btree ("agency_id","name");