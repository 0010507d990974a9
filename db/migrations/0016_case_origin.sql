-- One door for a case (issue 13): a case opened from another process keeps where it came from, so each links to the
-- other — the annual assessment (Art. 10–11, ground 4; origin_id is the year), a supervision item's accountability
-- recommendation (Art. 9) or a key area without effective measures (Art. 15(1) ¶2). NULL: an office's own decision.
ALTER TABLE cases ADD COLUMN origin_kind text CHECK (origin_kind IN ('assessment', 'supervision-item', 'key-area'));
ALTER TABLE cases ADD COLUMN origin_id text;
ALTER TABLE cases ADD CONSTRAINT cases_origin_both CHECK ((origin_kind IS NULL) = (origin_id IS NULL));
CREATE INDEX cases_origin ON cases (origin_kind, origin_id) WHERE origin_kind IS NOT NULL;
UPDATE cases SET origin_kind = 'assessment', origin_id = substring(opened_by FROM '系统（(\d{4})年度考核评价）')
  WHERE opened_by ~ '^系统（\d{4}年度考核评价）$';
