-- Authority on a case (issue 11; Art. 15, 16, 17, 18). The rules of each act come from the level that performs it:
-- the notice's from the opening level (policy_*), the talk's, the listing's and the veto's from the upper level
-- (upper_policy_*; NULL on cases opened before this, which ran every rung on policy_*). The opening act may be issued
-- in the committee's name (Art. 15(1) 必要时). A committee that declines a veto on a case never listed may close it
-- with reasons (status dismissed).
ALTER TABLE cases ADD COLUMN upper_policy_region_id text;
ALTER TABLE cases ADD COLUMN upper_policy_version integer;
ALTER TABLE cases ADD COLUMN upper_policy jsonb;
ALTER TABLE cases ADD COLUMN opening_organ text NOT NULL DEFAULT 'office' CHECK (opening_organ IN ('office', 'committee'));

ALTER TABLE cases DROP CONSTRAINT cases_status_check;
ALTER TABLE cases ADD CONSTRAINT cases_status_check
  CHECK (status IN ('open', 'rectified', 'withdrawn', 'unrectified', 'dismissed'));
