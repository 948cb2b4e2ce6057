-- Custom migration: drizzle-kit does not manage these objects.
-- The reporting schema holds read-only views over case data that carry no personal fields; the
-- reporting subgraph and, later, BI tools read aggregates from here and never from case tables.
CREATE SCHEMA IF NOT EXISTS "reporting";
--> statement-breakpoint
CREATE OR REPLACE VIEW "reporting"."case_facts" AS
SELECT
  c.agency_id,
  c.case_type::text AS case_type,
  c.status::text AS status,
  date_trunc('month', c.created_at)::date AS opened_month
FROM "case"."cases" c;
