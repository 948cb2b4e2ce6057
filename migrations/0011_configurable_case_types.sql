-- Case types become agency configuration (case_types, next migration): the column holds a key.
-- reporting.case_facts depends on the column, so it is dropped and created again unchanged.
DROP VIEW "reporting"."case_facts";--> statement-breakpoint
ALTER TABLE "case"."cases" ALTER COLUMN "case_type" SET DATA TYPE text;--> statement-breakpoint
CREATE VIEW "reporting"."case_facts" WITH (security_invoker = true) AS
SELECT
  c.agency_id,
  c.case_type AS case_type,
  c.status::text AS status,
  date_trunc('month', c.created_at)::date AS opened_month
FROM "case"."cases" c
WHERE EXISTS (
  SELECT 1 FROM "case"."consents" k
  WHERE k.case_id = c.id AND k.scope = 'reporting' AND k.withdrawn_at IS NULL
) OR EXISTS (
  SELECT 1 FROM "case"."consent_overrides" o WHERE o.case_id = c.id AND o.scope = 'reporting'
);--> statement-breakpoint
GRANT SELECT ON "reporting"."case_facts" TO haven_app, haven_system, haven_reporting;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "to_programme" text;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "service_id" uuid;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "urgency" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "responded_by" uuid;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "responded_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "feedback" text;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "completed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "referrals_to_team_idx" ON "case"."referrals" USING btree ("to_team_id","status");--> statement-breakpoint
DROP TYPE "case"."case_type";