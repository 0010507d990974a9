-- The posts of a region's committee and office (issue 11 item 7; Art. 15(2)): the talk is held by the upper office's
-- director (综治办主任), or when necessary by the committee's director or a deputy director (综治委主任、副主任).
-- The committee and its office belong to the region (regions.committee_name / office_name), so a leader holding one
-- of their posts holds a role in the region rather than in a unit: a leader_roles row with region_id instead of
-- unit_id. Roles in units are unchanged; every query that joins leader_roles to units keeps reading only those.
ALTER TABLE leader_roles ALTER COLUMN unit_id DROP NOT NULL;
ALTER TABLE leader_roles ADD COLUMN region_id text REFERENCES regions (id);
ALTER TABLE leader_roles DROP CONSTRAINT leader_roles_role_check;
ALTER TABLE leader_roles ADD CONSTRAINT leader_roles_role_check CHECK (
  (role IN ('principal', 'in-charge', 'supervising', 'member') AND unit_id IS NOT NULL AND region_id IS NULL)
  OR (role IN ('office-director', 'committee-director', 'committee-deputy-director')
      AND region_id IS NOT NULL AND unit_id IS NULL)
);
-- The unit roles' UNIQUE (leader_id, unit_id, role, starts_on) does not hold for NULL unit_id; the posts get their own.
CREATE UNIQUE INDEX leader_roles_region_post ON leader_roles (leader_id, region_id, role, starts_on)
  WHERE region_id IS NOT NULL;
CREATE INDEX leader_roles_region ON leader_roles (region_id) WHERE region_id IS NOT NULL;

COMMENT ON COLUMN leader_roles.region_id IS
  'For a post of the region''s committee or office (office-director, committee-director, committee-deputy-director; Art. 15(2)); NULL for a role in a unit';
COMMENT ON COLUMN leader_roles.role IS
  'principal 主要负责同志; in-charge 分管社会治安综合治理工作的负责同志 (the leader in charge of this work, Art. 4, 11, 15(2)); supervising 主管领导; member 领导班子其他成员; or a post of the region''s committee / office';
