-- Official documents (issue 12; GB/T 9704-2012). Each organ numbers its own documents: the office of a region and its
-- committee had shared one counter, so each organ's own series had gaps. A document keeps the whole record it is
-- rendered from (addressees, signers, paragraphs) and the SHA-256 of its text, taken when it is issued.
ALTER TABLE document_counters ADD COLUMN organ text NOT NULL DEFAULT 'office' CHECK (organ IN ('office', 'committee'));
ALTER TABLE document_counters DROP CONSTRAINT document_counters_pkey;
ALTER TABLE document_counters ADD PRIMARY KEY (issuer_region_id, organ, year);
ALTER TABLE drill_document_counters ADD COLUMN organ text NOT NULL DEFAULT 'office' CHECK (organ IN ('office', 'committee'));
ALTER TABLE drill_document_counters DROP CONSTRAINT drill_document_counters_pkey;
ALTER TABLE drill_document_counters ADD PRIMARY KEY (issuer_region_id, organ, year);

-- The committees' series continue from the highest number they already used, so no number is ever issued twice.
INSERT INTO document_counters (issuer_region_id, organ, year, last_number)
SELECT issuer_region_id, 'committee', (m)[1]::int, max((m)[2]::int)
  FROM (SELECT issuer_region_id, regexp_match(document_no, '〔(\d{4})〕(\d+)号$') AS m
          FROM case_documents WHERE document_no ~ '综治委〔') d
 WHERE m IS NOT NULL
 GROUP BY issuer_region_id, (m)[1];
INSERT INTO drill_document_counters (issuer_region_id, organ, year, last_number)
SELECT issuer_region_id, 'committee', (m)[1]::int, max((m)[2]::int)
  FROM (SELECT issuer_region_id, regexp_match(document_no, '〔(\d{4})〕(\d+)号$') AS m
          FROM case_documents WHERE document_no ~ '综治委（演练）〔') d
 WHERE m IS NOT NULL
 GROUP BY issuer_region_id, (m)[1];

ALTER TABLE case_documents ADD COLUMN organ text CHECK (organ IN ('office', 'committee'));
ALTER TABLE case_documents ADD COLUMN record jsonb;
ALTER TABLE case_documents ADD COLUMN text_sha256 text;
