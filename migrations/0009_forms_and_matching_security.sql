-- Custom migration: row-level security for the form and duplicate-detection tables of 0008, in the
-- pattern of 0007 (haven_system passes; haven_app by reach; FORCE for the owner too).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    '"case".form_definitions', '"case".form_submissions', '"case".person_identifiers', '"case".matching_rules',
    '"case".person_merges'
  ] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY system_all ON %s FOR ALL TO haven_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Form definitions and matching rules are agency configuration, not case data: the agency's own.
-- Who may change them is the service's decision (form:manage).
CREATE POLICY own_agency ON "case"."form_definitions" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
CREATE POLICY own_agency ON "case"."matching_rules" FOR ALL TO haven_app
USING (agency_id = "case"."current_agency_id"()) WITH CHECK (agency_id = "case"."current_agency_id"());
--> statement-breakpoint
-- Submissions are case data.
CREATE POLICY viewer_read ON "case"."form_submissions" FOR SELECT TO haven_app
USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches"(case_id));
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."form_submissions" FOR INSERT TO haven_app
WITH CHECK (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id));
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."form_submissions" FOR UPDATE TO haven_app
USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages"(case_id));
--> statement-breakpoint
-- Identifiers follow their person (insert them after the case that reaches the person).
CREATE POLICY viewer_read ON "case"."person_identifiers" FOR SELECT TO haven_app
USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_reaches_person"(person_id));
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."person_identifiers" FOR INSERT TO haven_app
WITH CHECK (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages_person"(person_id));
--> statement-breakpoint
CREATE POLICY viewer_update ON "case"."person_identifiers" FOR UPDATE TO haven_app
USING (agency_id = "case"."current_agency_id"() AND "case"."viewer_manages_person"(person_id));
--> statement-breakpoint
-- Merges: seen by those who reach either person; recorded by the viewer who merges.
CREATE POLICY viewer_read ON "case"."person_merges" FOR SELECT TO haven_app
USING (agency_id = "case"."current_agency_id"() AND ("case"."viewer_reaches_person"(kept_person_id) OR "case"."viewer_reaches_person"(merged_person_id)));
--> statement-breakpoint
CREATE POLICY viewer_insert ON "case"."person_merges" FOR INSERT TO haven_app
WITH CHECK (agency_id = "case"."current_agency_id"() AND merged_by = "case"."current_viewer_id"() AND "case"."viewer_manages_person"(kept_person_id));
