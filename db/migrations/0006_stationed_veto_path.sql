-- Art. 15(4) ¶3: for a unit stationed locally by the centre or the province, the local committee recommends the
-- veto in writing to the unit's supervising unit and the upper committee instead of the upper committee deciding.
-- A case pins which path its veto takes, and the local committee that speaks on it.
ALTER TABLE cases ADD COLUMN veto_path text NOT NULL DEFAULT 'committee' CHECK (veto_path IN ('committee', 'recommendation'));
ALTER TABLE cases ADD COLUMN local_region_id text REFERENCES regions (id);
