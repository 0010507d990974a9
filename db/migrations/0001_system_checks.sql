-- System checks: the smallest real process, end to end (issue 2). An operator starts one through the API; its
-- workflow records the start, optionally waits on a durable timer (to prove timers survive restarts), and
-- records the completion. Idempotent by workflow id.
CREATE TABLE system_checks (
  id            text PRIMARY KEY,            -- the workflow id, e.g. system-check-<uuid>
  requested_by  text NOT NULL,
  note          text,
  wait          text,                        -- ISO-8601 duration the workflow sleeps, if any
  started_at    timestamptz NOT NULL,
  completed_at  timestamptz,
  CHECK (completed_at IS NULL OR completed_at >= started_at)
);
