-- The annual cycle's papers are numbered documents too (issue 12; Art. 7, 12): each version of a pledge (责任状) and
-- each commendation decision, in the issuing committee's series, kept with the case documents in one register of
-- documents (a document belongs to exactly one case, pledge version or commendation).
ALTER TABLE case_documents ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_documents ALTER COLUMN event_seq DROP NOT NULL;
ALTER TABLE case_documents ADD COLUMN pledge_id text REFERENCES pledges (id);
ALTER TABLE case_documents ADD COLUMN pledge_version integer;
ALTER TABLE case_documents ADD COLUMN commendation_id bigint REFERENCES commendations (id);
ALTER TABLE case_documents ADD CONSTRAINT case_documents_one_owner
  CHECK (num_nonnulls(case_id, pledge_id, commendation_id) = 1 AND (pledge_id IS NULL) = (pledge_version IS NULL));
CREATE UNIQUE INDEX case_documents_pledge_version ON case_documents (pledge_id, pledge_version) WHERE pledge_id IS NOT NULL;
CREATE UNIQUE INDEX case_documents_commendation ON case_documents (commendation_id) WHERE commendation_id IS NOT NULL;
