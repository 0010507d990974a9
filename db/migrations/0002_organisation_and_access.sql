-- Organisation (DESIGN.md §3) and access control (issue 6).

-- Regions form a tree: province → city/prefecture (incl. development zones, new areas) → county-level
-- (incl. pilot cities) → township. Every region at county level and above has a committee (综治委) and its
-- office (综治办). Ids are administrative division codes (6 digits; 9 for townships).
CREATE TABLE regions (
  id              text PRIMARY KEY CHECK (id ~ '^[0-9]{6}([0-9]{3})?$'),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  level           text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township')),
  kind            text NOT NULL DEFAULT 'ordinary'
                  CHECK (kind IN ('ordinary', 'development-zone', 'new-area', 'pilot-city')),
  parent_id       text REFERENCES regions (id),
  committee_name  text,
  office_name     text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((level = 'province') = (parent_id IS NULL)),
  CHECK (level = 'township' OR (committee_name IS NOT NULL AND office_name IS NOT NULL))
);
CREATE INDEX regions_parent ON regions (parent_id);

-- Units (Art. 2): organs the regulation applies to, and by reference people's organisations, public
-- institutions and state-owned enterprises. A unit stationed locally by the centre or the province
-- (中央、省直驻地方单位) has a supervising unit; that changes the veto path (Art. 15(4) ¶3).
CREATE TABLE units (
  id                    text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9-]{2,40}$'),
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind                  text NOT NULL CHECK (kind IN (
                          'party-organ', 'congress-organ', 'administrative-organ', 'cppcc-organ', 'court',
                          'procuratorate', 'people-organisation', 'public-institution', 'state-owned-enterprise')),
  region_id             text NOT NULL REFERENCES regions (id),
  member_of_committee   boolean NOT NULL DEFAULT false,
  stationed_by          text CHECK (stationed_by IN ('central', 'provincial')),
  supervising_unit_name text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((stationed_by IS NULL) = (supervising_unit_name IS NULL))
);
CREATE INDEX units_region ON units (region_id);

-- Leaders and the roles they hold in a unit over time (DESIGN.md §3: a bar follows the person).
CREATE TABLE leaders (
  id          text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9-]{2,40}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE leader_roles (
  id          bigserial PRIMARY KEY,
  leader_id   text NOT NULL REFERENCES leaders (id),
  unit_id     text NOT NULL REFERENCES units (id),
  role        text NOT NULL CHECK (role IN ('principal', 'in-charge', 'supervising', 'member')),
  title       text,
  starts_on   date NOT NULL,
  ends_on     date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  UNIQUE (leader_id, unit_id, role, starts_on)
);
CREATE INDEX leader_roles_unit ON leader_roles (unit_id);
CREATE INDEX leader_roles_leader ON leader_roles (leader_id);

-- Bearer tokens issued by the system. Only a SHA-256 of the secret is stored. A token acts for one region
-- (and everything below it) or one unit; an admin token may act everywhere.
CREATE TABLE api_tokens (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('office-operator', 'committee-leader', 'unit-liaison',
                'discipline-inspection', 'organisation-personnel', 'supervisor', 'admin')),
  region_id   text REFERENCES regions (id),
  unit_id     text REFERENCES units (id),
  secret_hash text NOT NULL UNIQUE,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  revoked_by  text,
  revoke_reason text,
  CHECK (NOT (region_id IS NOT NULL AND unit_id IS NOT NULL)),
  CHECK ((role = 'unit-liaison') = (unit_id IS NOT NULL)),
  CHECK (role = 'admin' OR role = 'unit-liaison' OR region_id IS NOT NULL)
);

-- Every write and every refused attempt, append-only: the API has no route that changes it, and the
-- database refuses UPDATE and DELETE on it.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  request_id  text,
  token_id    uuid,
  actor       text,
  role        text,
  address     text,
  method      text NOT NULL,
  route       text NOT NULL,
  path        text NOT NULL,
  status      integer NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('succeeded', 'refused', 'failed')),
  detail      text
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_token ON audit_log (token_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
