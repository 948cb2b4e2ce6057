-- Custom migration: what the receiving team of an internal referral may write, in the database too.
--
-- 0012's receiving_team_update policy had no WITH CHECK, so the row it let the team update could be
-- given any status: in SQL as haven_app, a member of the receiving team could cancel the referral
-- (only those who work the referring case may) or send it back to pending, and could move it to a
-- team she is not in. The new row must now be an answer (accepted or declined) or a completion, never
-- carry a cancellation, and stay with a team she is in. ('cancelled' is not named here: 0019 added
-- that value, and PostgreSQL refuses a new enum value in the transaction that added it.)
ALTER POLICY receiving_team_update ON "case"."referrals" WITH CHECK (
  agency_id = "case"."current_agency_id"() AND kind = 'internal' AND "case"."viewer_in_team"(to_team_id)
  AND status IN ('accepted', 'declined', 'completed')
  AND cancelled_at IS NULL AND cancelled_by IS NULL AND cancel_reason IS NULL
);
