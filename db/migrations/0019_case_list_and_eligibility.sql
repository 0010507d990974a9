-- GET /cases one page at a time (issue 14): newest first by (opened_at, id), the next page after a cursor case
-- (`before`). Without an index in that order every list sorted the whole table (150 ms at 100,000 cases).
CREATE INDEX cases_list_order ON cases (opened_at DESC, id DESC);
-- A unit liaison's list (its own unit's cases), in the same order.
CREATE INDEX cases_subject_list ON cases (subject_id, opened_at DESC, id DESC);
-- A region's cases in the same order; it also serves every lookup of cases_subject_region, which it replaces (one
-- index fewer to write at each case opening).
CREATE INDEX cases_region_list ON cases (subject_region_id, opened_at DESC, id DESC);
DROP INDEX cases_subject_region;

-- Eligibility (Art. 15(3)(4), issue 14 item 6): the bars of a subject that apply to a scope on a day
-- [p_day_start, p_day_end] (Asia/Shanghai), the one condition behind GET /eligibility, nominations and commendations
-- (db/bars.ts eligibilityOn, eligibilityWithSubject). A bar applies if it was in force at any moment of the day: it
-- started by the day's end, ends at or after its start, and — if revoked — was revoked after the day began (and after
-- it started). A function so that its plan is made once per connection: as a plain statement PostgreSQL planned it
-- anew at every call (its custom plans look cheaper than the generic one), and the planning cost more than the query.
CREATE FUNCTION eligibility_bars(p_kind text, p_id text, p_scope text, p_day_start timestamptz, p_day_end timestamptz)
  RETURNS SETOF bars
  LANGUAGE plpgsql STABLE ROWS 4
  SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
  RETURN QUERY
    SELECT * FROM bars b
     WHERE b.subject_kind = p_kind AND b.subject_id = p_id AND p_scope = ANY (b.scopes)
       AND b.starts_at <= p_day_end AND b.ends_at >= p_day_start
       AND (b.revoked_at IS NULL OR (b.revoked_at > p_day_start AND b.revoked_at > b.starts_at));
END;
$$;
GRANT EXECUTE ON FUNCTION eligibility_bars(text, text, text, timestamptz, timestamptz) TO accountability_app;
