-- Special supervision (Art. 9, 专门督查督办制度; issue 13): supervision items assigned by an office to the responsible
-- units (承办单位) with a deadline, their progress and completion reports, reminders (催办), the office's reviews,
-- findings (causes, loopholes, a rectification deadline) and an accountability recommendation, and the case an office
-- opened from it (cases.origin_kind = 'supervision-item', origin_id = the item's id: linked both ways).

CREATE SEQUENCE supervision_item_seq;

CREATE TABLE supervision_items (
  id                text PRIMARY KEY,             -- DB<year>-<number>; workflow supervision-item-<id>
  kind              text NOT NULL CHECK (kind IN ('major-decision', 'instruction', 'npc-suggestion', 'cppcc-proposal', 'disorder')),
  form              text NOT NULL CHECK (form IN ('tracking', 'joint', 'open-inspection', 'unannounced-inspection')),
  title             text NOT NULL,
  content           text NOT NULL,
  basis             text,                          -- the instruction, the suggestion's or proposal's number, …
  region_id         text NOT NULL REFERENCES regions (id),   -- the assigning office's region
  target_kind       text CHECK (target_kind IN ('unit', 'region')),
  target_id         text,
  target_name       text,
  target_region_id  text REFERENCES regions (id),
  status            text NOT NULL DEFAULT 'in-progress'
                    CHECK (status IN ('in-progress', 'under-review', 'handled', 'rectifying', 'awaiting-case', 'closed')),
  stage             text NOT NULL DEFAULT 'handling' CHECK (stage IN ('handling', 'rectification')),
  deadline          timestamptz,                   -- the current deadline (handling, then rectification); null when none runs
  first_deadline    timestamptz NOT NULL,
  reminders         integer NOT NULL DEFAULT 0,
  returned          integer NOT NULL DEFAULT 0,
  policy_region_id  text,
  policy_version    integer NOT NULL,
  policy            jsonb NOT NULL,                -- the supervision policy pinned at assignment
  drill             boolean NOT NULL DEFAULT false,
  findings          jsonb,                         -- { causes, loopholes, rectificationDeadline, recordedBy, at }
  findings_at       timestamptz,                   -- an unannounced inspection is shown to the inspected from here
  recommendation    jsonb,                         -- { subject, grounds, severity, facts }
  case_id           text UNIQUE REFERENCES cases (id),   -- the one case opened from the recommendation
  assigned_by       text NOT NULL,
  assigned_at       timestamptz NOT NULL DEFAULT now(),
  closed_at         timestamptz,
  idempotency_key   text UNIQUE,
  CHECK ((target_kind IS NULL) = (target_id IS NULL)),
  CHECK (case_id IS NULL OR recommendation IS NOT NULL)
);
CREATE INDEX supervision_items_region ON supervision_items (region_id, assigned_at DESC);
CREATE INDEX supervision_items_target ON supervision_items (target_kind, target_id);

-- The responsible units (承办单位): the lead unit (牵头) first; several for a joint supervision (联合督查).
CREATE TABLE supervision_item_units (
  item_id    text NOT NULL REFERENCES supervision_items (id),
  unit_id    text NOT NULL REFERENCES units (id),
  unit_name  text NOT NULL,
  position   integer NOT NULL,                     -- 0: the lead unit
  PRIMARY KEY (item_id, unit_id),
  UNIQUE (item_id, position)
);
CREATE INDEX supervision_item_units_unit ON supervision_item_units (unit_id);

-- Everything that happened to an item, append-only: assigned, progress reports, progress requests (催报), reminders
-- (催办), cards, completion reports, reviews, findings, the case opened. Written by its workflow, keyed by seq.
CREATE TABLE supervision_events (
  item_id  text NOT NULL REFERENCES supervision_items (id),
  seq      integer NOT NULL,
  at       timestamptz NOT NULL,
  kind     text NOT NULL,
  actor    text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (item_id, seq)
);
CREATE TRIGGER supervision_events_no_update BEFORE UPDATE OR DELETE ON supervision_events
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

-- The app role (0009): default privileges gave it everything on these; nothing is deleted, the log only grows.
REVOKE DELETE ON supervision_items, supervision_item_units FROM accountability_app;
REVOKE UPDATE, DELETE ON supervision_item_units, supervision_events FROM accountability_app;
