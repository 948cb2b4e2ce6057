-- Custom migration: read policies ask "does the viewer reach the case?" with a subquery on
-- "case".cases instead of calling the SECURITY DEFINER helpers of migration 0007 once per row.
--
-- The subquery runs as the requesting role (haven_app), so the cases table's own viewer_read policy
-- applies to it: a row of a case's table is visible exactly when the viewer can see the case itself,
-- which is what viewer_reaches(case_id) answered (assigned, supervisor of its team, or a live share or
-- emergency access; all within the viewer's agency). The planner inlines the subquery and the
-- current_* settings and uses the primary key or cases_person_idx, where every SECURITY DEFINER call
-- (with its search_path setting) cost 100-200 microseconds per row: 20 persons of a caseload took
-- 4.0 ms and now take 0.45 ms (docs/PERFORMANCE.md). No recursion: the cases policy reaches
-- case_shares and emergency_accesses only through viewer_has_grant, which runs as haven_system.
--
-- Only SELECT policies change; writes keep their helpers (they are rare and check single rows).
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."care_plan_interventions" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = care_plan_interventions.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."care_plan_objectives" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = care_plan_objectives.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."care_plans" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = care_plans.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."case_changes" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = case_changes.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."consent_overrides" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = consent_overrides.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."consents" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = consents.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."form_submissions" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = form_submissions.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."referrals" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = referrals.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "workflow"."approvals" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = approvals.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "workflow"."case_stages" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = case_stages.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "workflow"."deadlines" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = deadlines.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "workflow"."stage_history" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = stage_history.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "exchange"."transfers" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = transfers.case_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."case_notes" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = case_notes.case_id)
  AND (classification <> 'confidential' OR EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = case_notes.case_id AND c.assigned_worker_id = "case"."current_viewer_id"()))
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."documents" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = documents.case_id)
  AND (classification <> 'confidential' OR EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = documents.case_id AND c.assigned_worker_id = "case"."current_viewer_id"()))
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."case_shares" USING (
  agency_id = "case"."current_agency_id"() AND (grantee_id = "case"."current_viewer_id"() OR EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = case_shares.case_id AND (c.assigned_worker_id = "case"."current_viewer_id"() OR c.team_id = ANY ("case"."current_supervised_team_ids"()))))
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."emergency_accesses" USING (
  agency_id = "case"."current_agency_id"() AND (user_id = "case"."current_viewer_id"() OR EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.id = emergency_accesses.case_id AND (c.assigned_worker_id = "case"."current_viewer_id"() OR c.team_id = ANY ("case"."current_supervised_team_ids"()))))
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."persons" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = persons.id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."person_identifiers" USING (
  agency_id = "case"."current_agency_id"() AND EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = person_identifiers.person_id)
);
--> statement-breakpoint
ALTER POLICY viewer_read ON "case"."person_merges" USING (
  agency_id = "case"."current_agency_id"() AND (EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = person_merges.kept_person_id) OR EXISTS (SELECT 1 FROM "case"."cases" c WHERE c.person_id = person_merges.merged_person_id))
);
