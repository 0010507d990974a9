-- The annual cycle (Art. 7, 8, 10–13; DESIGN.md §6): pledges, work reports, assessment, commendations.

CREATE TABLE annual_cycles (
  year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  started_by  text NOT NULL,                 -- 'schedule' or who started it by hand
  started_at  timestamptz NOT NULL,
  policy      jsonb NOT NULL,                -- the annual policy pinned for the year
  stage       text NOT NULL DEFAULT 'pledges'
              CHECK (stage IN ('pledges', 'work-reports', 'assessment', 'commendations', 'completed')),
  stage_until timestamptz,
  completed_at timestamptz
);

-- Art. 7: the year's work points and targets per committee, written into its pledges.
CREATE TABLE work_points (
  year        integer NOT NULL,
  region_id   text NOT NULL REFERENCES regions (id),
  points      jsonb NOT NULL,                -- [{ "point": "...", "target": "..." }]
  set_by      text NOT NULL,
  set_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, region_id)
);

-- Art. 7: a committee's pledge with a member unit or with the committee one level down.
CREATE TABLE pledges (
  id                text PRIMARY KEY,        -- <year>-<issuer region>-<unit|committee>-<party id>; workflow pledge-<id>
  year              integer NOT NULL,
  issuer_region_id  text NOT NULL REFERENCES regions (id),
  party_kind        text NOT NULL CHECK (party_kind IN ('unit', 'committee')),
  party_id          text NOT NULL,
  party_name        text NOT NULL,
  version           integer NOT NULL DEFAULT 1,
  status            text NOT NULL DEFAULT 'awaiting-signature'
                    CHECK (status IN ('awaiting-signature', 'overdue', 'signed', 'unsigned')),
  deadline          timestamptz NOT NULL,
  signed_version    integer,
  signed_at         timestamptz,
  signed_by         text,
  reminders         integer NOT NULL DEFAULT 0,
  issued_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, issuer_region_id, party_kind, party_id)
);
CREATE INDEX pledges_year_issuer ON pledges (year, issuer_region_id);
CREATE INDEX pledges_party ON pledges (party_kind, party_id, year);

-- Every version of a pledge's text: a revision adds one, earlier ones stay.
CREATE TABLE pledge_versions (
  pledge_id   text NOT NULL REFERENCES pledges (id),
  version     integer NOT NULL,
  content     jsonb NOT NULL,
  issued_by   text NOT NULL,
  issued_at   timestamptz NOT NULL,
  reason      text,
  PRIMARY KEY (pledge_id, version)
);

CREATE TABLE pledge_events (
  pledge_id   text NOT NULL REFERENCES pledges (id),
  seq         integer NOT NULL,
  at          timestamptz NOT NULL,
  kind        text NOT NULL,
  actor       text NOT NULL,
  detail      jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (pledge_id, seq)
);
CREATE TRIGGER pledge_events_no_update BEFORE UPDATE OR DELETE ON pledge_events
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

-- Art. 8 ¶2: member units and the committees one level down report to their committee at year end.
CREATE TABLE work_reports (
  year            integer NOT NULL,
  to_region_id    text NOT NULL REFERENCES regions (id),   -- the committee reported to
  party_kind      text NOT NULL CHECK (party_kind IN ('unit', 'committee')),
  party_id        text NOT NULL,
  party_name      text NOT NULL,
  status          text NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'filed', 'missing', 'filed-late')),
  deadline        timestamptz NOT NULL,
  summary         text,
  next_year_plan  text,
  filed_at        timestamptz,
  filed_by        text,
  PRIMARY KEY (year, party_kind, party_id)
);
CREATE INDEX work_reports_to ON work_reports (year, to_region_id);

-- Art. 8 ¶1–2: reports heard at a plenary meeting of the committee, scheduled and then recorded.
CREATE TABLE plenary_reports (
  id            bigserial PRIMARY KEY,
  year          integer NOT NULL,
  region_id     text NOT NULL REFERENCES regions (id),
  party_kind    text NOT NULL CHECK (party_kind IN ('unit', 'committee')),
  party_id      text NOT NULL,
  scheduled_for timestamptz NOT NULL,
  scheduled_by  text NOT NULL,
  recorded_at   timestamptz,
  recorded_by   text,
  minutes       text,
  UNIQUE (year, region_id, party_kind, party_id)
);

-- Art. 10: who is assessed by which committee, the raw scores entered by its office, and the results.
CREATE TABLE assessments (
  year            integer NOT NULL,
  subject_kind    text NOT NULL CHECK (subject_kind IN ('unit', 'region')),
  subject_id      text NOT NULL,
  subject_name    text NOT NULL,
  assessor_region_id text NOT NULL REFERENCES regions (id),
  scores          jsonb NOT NULL DEFAULT '{}',
  major_incident  boolean NOT NULL DEFAULT false,
  scored_by       text,
  scored_at       timestamptz,
  total           numeric,
  grade           text CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
  grade_reason    text,
  computed_at     timestamptz,
  case_id         text REFERENCES cases (id),              -- the case a failing grade opened (Art. 14 ground 4)
  PRIMARY KEY (year, subject_kind, subject_id)
);
CREATE INDEX assessments_assessor ON assessments (year, assessor_region_id);

-- Art. 12–13: nominations from the results, checked against the bars, decided by the province.
CREATE TABLE commendations (
  id              bigserial PRIMARY KEY,
  year            integer NOT NULL,
  category        text NOT NULL CHECK (category IN ('advanced-collective', 'leader-commendation')),
  subject_kind    text NOT NULL CHECK (subject_kind IN ('unit', 'region', 'leader')),
  subject_id      text NOT NULL,
  subject_name    text NOT NULL,
  region_id       text NOT NULL REFERENCES regions (id),   -- where the subject is (jurisdiction)
  basis           text NOT NULL,
  nominated_by    text NOT NULL,
  nominated_at    timestamptz NOT NULL DEFAULT now(),
  status          text NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'refused', 'commended', 'declined')),
  reason          text,                                     -- why refused (the bar) or declined
  decided_by      text,
  decided_at      timestamptz,
  document_no     text,
  provincial_praise boolean NOT NULL DEFAULT false,         -- Art. 13 ¶2: three or more in a row
  UNIQUE (year, category, subject_kind, subject_id)
);
