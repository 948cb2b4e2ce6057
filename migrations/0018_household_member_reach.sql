-- Custom migration: who may be recorded as a member of a household, in the database too.
--
-- Migration 0012 let anyone who manages a household (works a member's case) or created it insert a
-- member row for ANY person of the agency. The service adds only persons the viewer reaches, but in
-- SQL a worker could create a household for her own client, insert an unrelated relative (a person
-- without a case, recorded in another worker's household) and then read that relative through the
-- household_read policy. Now the person must be one the viewer reaches: through one of her cases, as
-- a caseless member of a household she reaches, or a person she has just recorded herself (no case,
-- in no household yet: addHouseholdMember's new relative). Member rows may no longer move to another
-- household or person: haven_app updates only relationship, joined_at and left_at.
CREATE FUNCTION "case"."viewer_may_add_member"(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT "case"."viewer_reaches_person"(target)
    OR (
      NOT "case"."person_has_case"(target) AND EXISTS (
        SELECT 1 FROM "case"."household_members" m
        WHERE m.person_id = target AND "case"."viewer_reaches_household"(m.household_id)
      )
    )
    OR EXISTS (
      SELECT 1 FROM "case"."persons" p
      WHERE p.id = target AND p.agency_id = "case"."current_agency_id"() AND p.created_by = "case"."current_viewer_id"()
        AND NOT "case"."person_has_case"(target)
        AND NOT EXISTS (SELECT 1 FROM "case"."household_members" m WHERE m.person_id = target)
    )
$$;
--> statement-breakpoint
ALTER FUNCTION "case"."viewer_may_add_member"(uuid) OWNER TO haven_system;
--> statement-breakpoint
ALTER POLICY viewer_insert ON "case"."household_members" WITH CHECK (
  agency_id = "case"."current_agency_id"() AND added_by = "case"."current_viewer_id"() AND (
    "case"."viewer_manages_household"(household_id)
    OR EXISTS (SELECT 1 FROM "case"."households" h WHERE h.id = household_id AND h.created_by = "case"."current_viewer_id"())
  ) AND "case"."viewer_may_add_member"(person_id)
);
--> statement-breakpoint
REVOKE UPDATE ON "case"."household_members" FROM haven_app;
--> statement-breakpoint
GRANT UPDATE ("relationship", "joined_at", "left_at") ON "case"."household_members" TO haven_app;
