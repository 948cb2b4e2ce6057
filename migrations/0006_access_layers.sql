CREATE TYPE "case"."consent_giver" AS ENUM('client', 'child', 'guardian');--> statement-breakpoint
CREATE TYPE "case"."consent_scope" AS ENUM('services', 'referral', 'information_sharing', 'reporting');--> statement-breakpoint
CREATE TYPE "case"."referral_kind" AS ENUM('internal', 'external');--> statement-breakpoint
CREATE TYPE "case"."referral_status" AS ENUM('pending', 'accepted', 'declined', 'completed');--> statement-breakpoint
CREATE TYPE "exchange"."transfer_status" AS ENUM('initiated', 'transmitted', 'received', 'accepted', 'cancelled');--> statement-breakpoint
CREATE TABLE "case"."case_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"grantee_id" uuid NOT NULL,
	"granted_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"includes_restricted" boolean DEFAULT false NOT NULL,
	"granted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case"."confidential_values" (
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"field" text NOT NULL,
	"key_id" text NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	CONSTRAINT "confidential_values_case_id_field_pk" PRIMARY KEY("case_id","field")
);
--> statement-breakpoint
CREATE TABLE "case"."consent_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"scope" "case"."consent_scope" NOT NULL,
	"organisation_id" uuid,
	"reason" text NOT NULL,
	"overridden_by" uuid NOT NULL,
	"overridden_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"given_by" "case"."consent_giver" NOT NULL,
	"given_by_name" text,
	"scope" "case"."consent_scope" NOT NULL,
	"organisation_ids" uuid[] DEFAULT '{}' NOT NULL,
	"given_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case"."emergency_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"opened_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case"."referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case"."referral_kind" NOT NULL,
	"to_team_id" uuid,
	"to_organisation_id" uuid,
	"service" text NOT NULL,
	"status" "case"."referral_status" DEFAULT 'pending' NOT NULL,
	"consent_id" uuid,
	"consent_override_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange"."transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" "exchange"."transfer_status" DEFAULT 'initiated' NOT NULL,
	"consent_id" uuid,
	"consent_override_id" uuid,
	"initiated_by" uuid NOT NULL,
	"initiated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case"."cases" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "case"."persons" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "case"."persons" ADD COLUMN "current_address" text;--> statement-breakpoint
ALTER TABLE "case"."case_shares" ADD CONSTRAINT "case_shares_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."confidential_values" ADD CONSTRAINT "confidential_values_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."consent_overrides" ADD CONSTRAINT "consent_overrides_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."consents" ADD CONSTRAINT "consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."emergency_accesses" ADD CONSTRAINT "emergency_accesses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "case"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "case"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD CONSTRAINT "referrals_consent_override_id_consent_overrides_id_fk" FOREIGN KEY ("consent_override_id") REFERENCES "case"."consent_overrides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange"."transfers" ADD CONSTRAINT "transfers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "exchange"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_shares_case_idx" ON "case"."case_shares" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_shares_grantee_idx" ON "case"."case_shares" USING btree ("grantee_id","expires_at");--> statement-breakpoint
CREATE INDEX "confidential_values_key_idx" ON "case"."confidential_values" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "consent_overrides_case_idx" ON "case"."consent_overrides" USING btree ("case_id","scope");--> statement-breakpoint
CREATE INDEX "consents_case_idx" ON "case"."consents" USING btree ("case_id","scope");--> statement-breakpoint
CREATE INDEX "emergency_accesses_user_idx" ON "case"."emergency_accesses" USING btree ("user_id","expires_at");--> statement-breakpoint
CREATE INDEX "emergency_accesses_case_idx" ON "case"."emergency_accesses" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "case"."referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "transfers_case_idx" ON "exchange"."transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_team_idx" ON "case"."cases" USING btree ("team_id","updated_at");