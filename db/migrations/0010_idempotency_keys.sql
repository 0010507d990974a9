-- Idempotency keys scoped to the caller's office (issue 10): a key means the same request only within one scope, is
-- stored with a hash of the request it first came with, and holds that request's answer for a repeat. Before this,
-- keys were global: another office reusing a key learned the case number it belonged to.
CREATE TABLE idempotency_keys (
  scope         text        NOT NULL,
  key           text        NOT NULL,
  route         text        NOT NULL,
  request_hash  text        NOT NULL,
  state         text        NOT NULL CHECK (state IN ('in-progress', 'done')),
  status        integer,
  response      jsonb,
  headers       jsonb       NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now(),
  completed_at  timestamptz,
  PRIMARY KEY (scope, key)
);

COMMENT ON TABLE idempotency_keys IS
  'Idempotency-Key per caller scope: the first request''s hash and, once answered, its answer (issue 10)';
