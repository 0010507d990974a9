-- Drill regions (issue 11, item 1; Art. 15(3)(4), 16, 18). What the regulation fixes — the listing's six months of
-- bars (半年), the veto's year (一年), 应当从重 — is not policy, and outside a drill every period is whole days or
-- longer. A region an admin marks as a drill region (this flag, on it or on any region above it) may run short
-- drill periods; only an admin sets or clears the flag (api/organisation.ts), never the region's own office.
ALTER TABLE regions ADD COLUMN drill boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN regions.drill IS
  'Drill region (演练), set and cleared by an admin only: this region and those below it may install short drill periods; their cases'' documents say 演练';

-- Documents of a drill case are numbered in their own series (南关区综治办（演练）〔2026〕1号), so a drill never
-- takes a number from the real series of document_counters.
CREATE TABLE drill_document_counters (
  issuer_region_id  text NOT NULL,
  year              integer NOT NULL,
  last_number       integer NOT NULL,
  PRIMARY KEY (issuer_region_id, year)
);
-- Like document_counters: read, inserted and counted up, never deleted.
REVOKE DELETE ON drill_document_counters FROM accountability_app;
