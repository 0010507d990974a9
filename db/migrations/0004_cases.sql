-- Accountability cases (Art. 14–17; DESIGN.md §4). One row a case, kept current by the case workflow's
-- activities; the append-only event log is the record of what happened, who did it and why.
CREATE SEQUENCE case_number_seq;

CREATE TABLE cases (
  id                  text PRIMARY KEY,                 -- e.g. 2026-000001; workflow id case-<id>
  subject_kind        text NOT NULL CHECK (subject_kind IN ('unit', 'region')),
  subject_id          text NOT NULL,
  subject_name        text NOT NULL,
  subject_region_id   text NOT NULL REFERENCES regions (id),  -- the region, or the unit's region
  opening_region_id   text NOT NULL REFERENCES regions (id),  -- the office that opened it and issues the notice
  upper_region_id     text NOT NULL REFERENCES regions (id),  -- decides talks, listings, vetoes (Art. 15(2)-(4))
  grounds             integer[] NOT NULL CHECK (array_length(grounds, 1) >= 1 AND grounds <@ ARRAY[1,2,3,4,5,6]),
  facts               text NOT NULL,
  severity            text NOT NULL CHECK (severity IN ('ordinary', 'serious', 'especially-serious', 'veto-level')),
  aggravating         jsonb NOT NULL DEFAULT '[]',
  mitigating          jsonb NOT NULL DEFAULT '[]',
  start_rung          text NOT NULL CHECK (start_rung IN ('notice', 'talk', 'listing', 'veto')),
  start_reason        text NOT NULL,
  policy_region_id    text,
  policy_version      integer NOT NULL,
  policy              jsonb NOT NULL,
  rung                text NOT NULL CHECK (rung IN ('notice', 'talk', 'listing', 'veto')),
  phase               text NOT NULL,
  status              text NOT NULL CHECK (status IN ('open', 'rectified', 'withdrawn', 'unrectified')),
  deadline            timestamptz,
  idempotency_key     text UNIQUE,
  opened_by           text NOT NULL,
  opened_at           timestamptz NOT NULL DEFAULT now(),
  closed_at           timestamptz,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_subject_region ON cases (subject_region_id);
CREATE INDEX cases_open_deadline ON cases (deadline) WHERE status = 'open';

CREATE TABLE case_events (
  case_id     text NOT NULL REFERENCES cases (id),
  seq         integer NOT NULL,
  at          timestamptz NOT NULL,
  kind        text NOT NULL,
  rung        text NOT NULL,
  actor       text NOT NULL,
  detail      jsonb NOT NULL DEFAULT '{}',
  document_no text,
  PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_documents (
  document_no       text PRIMARY KEY,
  case_id           text NOT NULL REFERENCES cases (id),
  event_seq         integer NOT NULL,
  rung              text NOT NULL,
  kind              text NOT NULL,
  issuer_region_id  text NOT NULL REFERENCES regions (id),
  issuer_name       text NOT NULL,
  title             text NOT NULL,
  body              text NOT NULL,
  issued_at         timestamptz NOT NULL,
  UNIQUE (case_id, event_seq)
);

-- Document numbers per issuing body and year: 〔2026〕N号.
CREATE TABLE document_counters (
  issuer_region_id  text NOT NULL,
  year              integer NOT NULL,
  last_number       integer NOT NULL,
  PRIMARY KEY (issuer_region_id, year)
);

CREATE FUNCTION case_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END;
$$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();
