-- Custom migration: the runtime role and the tamper-evident audit trail.
-- drizzle-kit does not emit roles, grants, triggers or functions, so all of this is hand-written SQL
-- that runs the same on PostgreSQL 15+ and on PGlite.

-- The runtime role. Every transaction of the services runs as this role (set_config('role', ...,
-- true)); it may change case data but may only INSERT and SELECT audit events. Roles are
-- server-wide, so it is created only if missing. In server mode the login role the services use
-- must be a member of haven_app (GRANT haven_app TO <login role>).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'haven_app') THEN
    CREATE ROLE haven_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "identity", "case", "workflow", "exchange", "reporting" TO haven_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "identity", "case", "workflow", "exchange" TO haven_app;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA "reporting" TO haven_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "identity", "case", "workflow", "exchange" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO haven_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "reporting" GRANT SELECT ON TABLES TO haven_app;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS "audit";
--> statement-breakpoint
-- One append-only table. Field names are recorded, never field values: a change records only the
-- sha256 of the old and of the new values. A list read records the ids it returned in target_ids.
CREATE TABLE "audit"."events" (
  "seq" bigint PRIMARY KEY,
  "occurred_at" timestamp with time zone NOT NULL,
  "actor_id" uuid,
  "agency_id" uuid,
  "actor_roles" text[] NOT NULL DEFAULT '{}',
  "action" text NOT NULL,
  "target_type" text,
  "target_id" text,
  "target_ids" text[] NOT NULL DEFAULT '{}',
  "fields" text[] NOT NULL DEFAULT '{}',
  "old_values_hash" text,
  "new_values_hash" text,
  "reason" text,
  "outcome" text NOT NULL CHECK ("outcome" IN ('allowed', 'denied')),
  "request_id" text,
  "client_address" text,
  "prev_hash" text NOT NULL,
  "hash" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_target_idx" ON "audit"."events" ("target_type", "target_id", "seq");
--> statement-breakpoint
CREATE INDEX "events_actor_idx" ON "audit"."events" ("actor_id", "seq");
--> statement-breakpoint
CREATE INDEX "events_agency_time_idx" ON "audit"."events" ("agency_id", "occurred_at");
--> statement-breakpoint
-- The head of the chain: one row, locked by every insert until its transaction ends, so that
-- concurrent writers form one chain in commit order.
CREATE TABLE "audit"."chain_head" (
  "id" integer PRIMARY KEY CHECK ("id" = 1),
  "seq" bigint NOT NULL,
  "hash" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "audit"."chain_head" ("id", "seq", "hash") VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint
-- Length-prefixed encoding: unambiguous whatever the values contain. NULL is '~'.
CREATE FUNCTION "audit"."enc"(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END
$$;
--> statement-breakpoint
CREATE FUNCTION "audit"."enc_array"(v text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT "audit"."enc"(coalesce((SELECT string_agg("audit"."enc"(x), '' ORDER BY i) FROM unnest(v) WITH ORDINALITY AS u(x, i)), ''))
$$;
--> statement-breakpoint
-- The canonical form of a row, hashed into the chain. core/src/audit/canonical.ts computes the
-- same string in TypeScript for verification; keep the two in step.
CREATE FUNCTION "audit"."canonical"(e "audit"."events") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT "audit"."enc"(e.seq::text)
    || "audit"."enc"(to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || "audit"."enc"(e.actor_id::text)
    || "audit"."enc"(e.agency_id::text)
    || "audit"."enc_array"(e.actor_roles)
    || "audit"."enc"(e.action)
    || "audit"."enc"(e.target_type)
    || "audit"."enc"(e.target_id)
    || "audit"."enc_array"(e.target_ids)
    || "audit"."enc_array"(e.fields)
    || "audit"."enc"(e.old_values_hash)
    || "audit"."enc"(e.new_values_hash)
    || "audit"."enc"(e.reason)
    || "audit"."enc"(e.outcome)
    || "audit"."enc"(e.request_id)
    || "audit"."enc"(e.client_address)
$$;
--> statement-breakpoint
-- Assigns sequence number, time and hash under the head lock. SECURITY DEFINER: the runtime role
-- cannot touch chain_head itself.
CREATE FUNCTION "audit"."chain_event"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  head record;
BEGIN
  SELECT h.seq, h.hash INTO head FROM "audit"."chain_head" h WHERE h.id = 1 FOR UPDATE;
  NEW.seq := head.seq + 1;
  NEW.occurred_at := clock_timestamp();
  NEW.prev_hash := head.hash;
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || "audit"."canonical"(NEW), 'UTF8')), 'hex');
  UPDATE "audit"."chain_head" SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "audit"."reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "events_chain" BEFORE INSERT ON "audit"."events" FOR EACH ROW EXECUTE FUNCTION "audit"."chain_event"();
--> statement-breakpoint
CREATE TRIGGER "events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit"."events" FOR EACH ROW EXECUTE FUNCTION "audit"."reject_change"();
--> statement-breakpoint
CREATE TRIGGER "events_no_truncate" BEFORE TRUNCATE ON "audit"."events" FOR EACH STATEMENT EXECUTE FUNCTION "audit"."reject_change"();
--> statement-breakpoint
CREATE TRIGGER "chain_head_no_truncate" BEFORE TRUNCATE OR DELETE ON "audit"."chain_head" FOR EACH STATEMENT EXECUTE FUNCTION "audit"."reject_change"();
--> statement-breakpoint
REVOKE ALL ON ALL TABLES IN SCHEMA "audit" FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "audit" TO haven_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON "audit"."events" TO haven_app;
