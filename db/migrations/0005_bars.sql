-- Bars on honours, awards and promotion (Art. 15(3)(4); DESIGN.md §5), the performance archive (Art. 10 ¶2,
-- Art. 11) and the notification outbox.

-- Which units are a region's leadership (its party committee and government): their principal, supervising and
-- in-charge leaders are "该地区主要领导干部、主管领导干部、分管领导干部" when the region itself is listed or vetoed.
ALTER TABLE units ADD COLUMN leads_region boolean NOT NULL DEFAULT false;

CREATE TABLE bars (
  id                   bigserial PRIMARY KEY,
  bar_key              text NOT NULL UNIQUE,          -- bar-<case>-<rung>-<subject kind>-<subject id>
  case_id              text NOT NULL REFERENCES cases (id),
  rung                 text NOT NULL CHECK (rung IN ('listing', 'veto')),
  decision_event_seq   integer NOT NULL,
  decision_document_no text,
  authority_region_id  text NOT NULL REFERENCES regions (id),   -- the level that decided, the only one that may revoke
  subject_kind         text NOT NULL CHECK (subject_kind IN ('unit', 'region', 'leader')),
  subject_id           text NOT NULL,
  subject_name         text NOT NULL,
  leader_role          text CHECK (leader_role IN ('principal', 'in-charge', 'supervising')),
  leader_unit_id       text REFERENCES units (id),
  scopes               text[] NOT NULL CHECK (scopes <@ ARRAY['honours', 'awards', 'promotion'] AND array_length(scopes, 1) >= 1),
  starts_at            timestamptz NOT NULL,
  ends_at              timestamptz NOT NULL CHECK (ends_at > starts_at),
  period               text NOT NULL,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lapsed', 'revoked')),
  lapsed_at            timestamptz,
  revoked_at           timestamptz,
  revoked_by           text,
  revoke_reason        text,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((subject_kind = 'leader') = (leader_role IS NOT NULL))
);
-- Eligibility looks bars up by subject and time window.
CREATE INDEX bars_subject_window ON bars (subject_kind, subject_id, starts_at, ends_at) INCLUDE (scopes, revoked_at);
CREATE INDEX bars_case ON bars (case_id);

CREATE TABLE performance_archive (
  id            bigserial PRIMARY KEY,
  entry_key     text NOT NULL UNIQUE,
  subject_kind  text NOT NULL CHECK (subject_kind IN ('unit', 'region', 'leader')),
  subject_id    text NOT NULL,
  at            timestamptz NOT NULL,
  kind          text NOT NULL,
  bar_id        bigint REFERENCES bars (id),
  case_id       text REFERENCES cases (id),
  summary       text NOT NULL,
  detail        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX performance_archive_subject ON performance_archive (subject_kind, subject_id, at);

-- The outbox: every notification the system owes someone, once per event (delivery channels read from here).
CREATE TABLE notifications (
  id              bigserial PRIMARY KEY,
  notification_key text NOT NULL UNIQUE,
  addressee_kind  text NOT NULL,
  addressee_id    text NOT NULL,
  addressee_name  text NOT NULL,
  subject         text NOT NULL,
  body            text NOT NULL,
  case_id         text REFERENCES cases (id),
  bar_id          bigint REFERENCES bars (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
