CREATE TABLE "identity"."sso_flows" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity"."sso_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret" text NOT NULL,
	"email_claim" text DEFAULT 'email' NOT NULL,
	"name_claim" text DEFAULT 'name' NOT NULL,
	"role_claim" text,
	"role_mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unknown_users" text DEFAULT 'refuse' NOT NULL,
	"default_role_key" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sso_providers_unknown_users_ck" CHECK (unknown_users in ('refuse', 'provision'))
);
--> statement-breakpoint
ALTER TABLE "identity"."sso_flows" ADD CONSTRAINT "sso_flows_provider_id_sso_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "identity"."sso_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."sso_providers" ADD CONSTRAINT "sso_providers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_providers_agency_idx" ON "identity"."sso_providers" USING btree ("agency_id");