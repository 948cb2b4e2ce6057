-- Custom migration: a referral may be cancelled by the referring side, and an approved care plan completed.
--
-- The new enum value is only added here, never used in this migration (PostgreSQL refuses a new enum
-- value in the transaction that added it). The new columns are covered by haven_app's table-wide
-- grants and by the existing row-level security policies of both tables (written by those who work
-- the case; the receiving team's update policy on referrals is unchanged and the service refuses it
-- a cancellation).
ALTER TYPE "case"."referral_status" ADD VALUE IF NOT EXISTS 'cancelled';
--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "cancel_reason" text;
--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "cancelled_at" timestamp (3) with time zone;
--> statement-breakpoint
ALTER TABLE "case"."referrals" ADD COLUMN "cancelled_by" uuid;
--> statement-breakpoint
ALTER TABLE "case"."care_plans" ADD COLUMN "completed_at" timestamp (3) with time zone;
--> statement-breakpoint
ALTER TABLE "case"."care_plans" ADD COLUMN "completed_by" uuid;
--> statement-breakpoint
ALTER TABLE "case"."care_plans" ADD COLUMN "completion_note" text;
