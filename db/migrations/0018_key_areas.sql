-- Key areas and prominent public-security problems (Art. 15(1) ¶2; issue 13). A committee at county level or above
-- keeps versioned identification standards and a procedure (认定标准和程序办法), a register of key areas (偏远农村、
-- 城乡接合部、城中村、中小旅馆、娱乐场所…) and prominent problems (黑拐枪、盗抢骗、黄赌毒), each listed with its reasons
-- and the standard version applied; rolling investigations (滚动排查) assigned to member units round by round;
-- continuous rectification (常态整治) with targets and a deadline; delisting on acceptance; a periodic numbered
-- notification (定期通报) of the register's state. PostgreSQL keeps what people look up; the timers are Temporal's.

-- The committee's identification standards and procedure, one row per version: adopted, never changed.
CREATE TABLE key_area_standards (
  region_id      text NOT NULL REFERENCES regions (id),
  version        integer NOT NULL CHECK (version >= 1),
  title          text NOT NULL,
  criteria       text[] NOT NULL CHECK (cardinality(criteria) >= 1),
  procedure      text NOT NULL,
  effective_from timestamptz NOT NULL,
  adopted_by     text NOT NULL,
  adopted_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_id, version)
);
CREATE TRIGGER key_area_standards_no_update BEFORE UPDATE OR DELETE ON key_area_standards
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

CREATE SEQUENCE key_area_number_seq;

-- The register: one row per key area or prominent problem, its state kept current by its workflow.
CREATE TABLE key_areas (
  id                     text PRIMARY KEY,
  register_region_id     text NOT NULL REFERENCES regions (id),
  kind                   text NOT NULL CHECK (kind IN ('area', 'problem')),
  category               text NOT NULL,
  name                   text NOT NULL,
  location_region_id     text NOT NULL REFERENCES regions (id),
  -- Who answers for rectification, and the subject of a case on ground 5: a region below the register's or a unit.
  responsible_kind       text NOT NULL CHECK (responsible_kind IN ('region', 'unit')),
  responsible_id         text NOT NULL,
  responsible_name       text NOT NULL,
  reasons                text[] NOT NULL CHECK (cardinality(reasons) >= 1),
  standard_version       integer NOT NULL,
  targets                text[] NOT NULL CHECK (cardinality(targets) >= 1),
  member_units           text[] NOT NULL CHECK (cardinality(member_units) >= 1),
  status                 text NOT NULL CHECK (status IN ('listed', 'overdue', 'delisted', 'watch-ended', 'rebound')),
  deadline               timestamptz NOT NULL,
  policy                 jsonb NOT NULL,
  listed_at              timestamptz NOT NULL,
  listed_by              text NOT NULL,
  idempotency_key        text UNIQUE,
  delisted_at            timestamptz,
  delisted_by            text,
  acceptance             text,
  watch_until            timestamptz,
  -- The cases it opened through the one door (cases.origin_kind = 'key-area', origin_id = this id): linked both ways.
  case_id                text REFERENCES cases (id),
  rebound_case_id        text REFERENCES cases (id),
  rounds                 integer NOT NULL DEFAULT 0,
  FOREIGN KEY (register_region_id, standard_version) REFERENCES key_area_standards (region_id, version)
);
CREATE INDEX key_areas_register ON key_areas (register_region_id, status);
CREATE INDEX key_areas_location ON key_areas (location_region_id);

-- What happened to an area, append-only.
CREATE TABLE key_area_events (
  area_id  text NOT NULL REFERENCES key_areas (id),
  seq      integer NOT NULL,
  kind     text NOT NULL,
  at       timestamptz NOT NULL,
  actor    text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}',
  event_key text NOT NULL UNIQUE,
  PRIMARY KEY (area_id, seq)
);
CREATE TRIGGER key_area_events_no_update BEFORE UPDATE OR DELETE ON key_area_events
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

-- Rolling investigations: one row per round and member unit, reported by the unit or marked missed when the round ends.
CREATE TABLE key_area_checks (
  id           bigserial PRIMARY KEY,
  area_id      text NOT NULL REFERENCES key_areas (id),
  round        integer NOT NULL CHECK (round >= 1),
  unit_id      text NOT NULL REFERENCES units (id),
  unit_name    text NOT NULL,
  assigned_at  timestamptz NOT NULL,
  due_at       timestamptz NOT NULL,
  status       text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'reported', 'missed', 'closed')),
  findings     text,
  measures     text,
  effective    boolean,
  reported_at  timestamptz,
  reported_by  text,
  UNIQUE (area_id, round, unit_id)
);
CREATE INDEX key_area_checks_unit ON key_area_checks (unit_id, status);

-- The periodic notifications (定期通报), numbered per register; each issues one document in the office's series.
CREATE TABLE key_area_notifications (
  id              bigserial PRIMARY KEY,
  region_id       text NOT NULL REFERENCES regions (id),
  seq             integer NOT NULL,
  period_start    timestamptz NOT NULL,
  period_end      timestamptz NOT NULL,
  summary         jsonb NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  issued_by       text NOT NULL,
  issued_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, seq)
);
CREATE TRIGGER key_area_notifications_no_update BEFORE UPDATE OR DELETE ON key_area_notifications
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

-- Written once: the standards, the events and the notifications (default privileges granted the rest).
REVOKE UPDATE, DELETE ON key_area_standards, key_area_events, key_area_notifications FROM accountability_app;
REVOKE DELETE ON key_areas, key_area_checks FROM accountability_app;

-- The notification's document belongs to it: a fourth kind of owner in the one register of documents. The one-owner
-- check is rebuilt from its current definition, so owners another migration added before this one stay in it.
ALTER TABLE case_documents ADD COLUMN key_area_notification_id bigint REFERENCES key_area_notifications (id);
CREATE UNIQUE INDEX case_documents_key_area_notification ON case_documents (key_area_notification_id)
  WHERE key_area_notification_id IS NOT NULL;
DO $$
DECLARE
  def text;
BEGIN
  SELECT pg_get_constraintdef(oid) INTO def FROM pg_constraint
   WHERE conname = 'case_documents_one_owner' AND conrelid = 'case_documents'::regclass;
  IF def IS NULL OR def !~ 'num_nonnulls\(' THEN
    RAISE EXCEPTION 'case_documents_one_owner is not the num_nonnulls check this migration extends: %', def;
  END IF;
  def := regexp_replace(def, 'num_nonnulls\(([^)]*)\)', 'num_nonnulls(\1, key_area_notification_id)');
  ALTER TABLE case_documents DROP CONSTRAINT case_documents_one_owner;
  EXECUTE 'ALTER TABLE case_documents ADD CONSTRAINT case_documents_one_owner ' || def;
END
$$;
