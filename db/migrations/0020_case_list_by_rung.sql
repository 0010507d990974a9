-- GET /cases filtered by rung (issue 14 (e)): the rarer rungs — talks, listings, vetoes — are a few among many
-- notices, and walking cases_list_order newest first to find them read every newer case: 23 ms for the 50 newest
-- talks among 100,000 cases, 256 ms at p99 under the benchmark's load. In the list's order within a rung, the first
-- page is the first rows of the index.
CREATE INDEX cases_rung_list ON cases (rung, opened_at DESC, id DESC);
