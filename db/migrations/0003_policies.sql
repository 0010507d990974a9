-- Policy as data (DESIGN.md §7, Art. 18). A region's policy is the newest version in force on its own row or on
-- the nearest region above it; with none, the built-in default (domain/policy.ts, version 0) applies.
CREATE TABLE policies (
  id              bigserial PRIMARY KEY,
  region_id       text REFERENCES regions (id),   -- NULL: the province-wide default
  version         integer NOT NULL CHECK (version > 0),
  effective_from  timestamptz NOT NULL,
  document        jsonb NOT NULL,
  installed_by    text NOT NULL,
  installed_at    timestamptz NOT NULL DEFAULT now()
);
-- One version number per scope; NULLS NOT DISTINCT so the default scope is one scope too.
CREATE UNIQUE INDEX policies_scope_version ON policies (region_id, version) NULLS NOT DISTINCT;
