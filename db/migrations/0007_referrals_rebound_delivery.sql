-- Accountability referrals (Art. 15(5)), the rebound watch (Art. 14(5)) and the delivery of the notification
-- outbox by mail and signed webhook (DESIGN.md §8).

-- Art. 15(5): a leader referred to discipline inspection, the organisation / personnel department or the judiciary.
-- One row a referral; its own workflow (referral-<case>-<n>) waits for the outcome and keeps this row current.
CREATE TABLE referrals (
  id                text PRIMARY KEY,                     -- <case>-R<n>; workflow referral-<id>
  case_id           text NOT NULL REFERENCES cases (id),
  case_event_seq    integer NOT NULL,                     -- the case event that records the referral
  leader_id         text NOT NULL REFERENCES leaders (id),
  leader_name       text NOT NULL,
  leader_unit_id    text REFERENCES units (id),
  leader_role       text,
  body              text NOT NULL CHECK (body IN ('discipline-inspection', 'organisation-personnel', 'judiciary')),
  body_region_id    text NOT NULL REFERENCES regions (id), -- the level whose body receives it (管理权限)
  referring_region_id text REFERENCES regions (id),        -- the office or committee that referred
  rung              text NOT NULL,
  reasons           text NOT NULL,
  referred_by       text NOT NULL,
  referred_at       timestamptz NOT NULL,
  status            text NOT NULL DEFAULT 'awaiting-outcome' CHECK (status IN ('awaiting-outcome', 'decided')),
  outcome           text CHECK (outcome IN ('resign-to-take-blame', 'ordered-to-resign', 'removal', 'party-sanction',
                      'administrative-sanction', 'criminal-referral', 'no-action')),
  outcome_detail    text,
  outcome_document_no text,
  decided_on        date,
  recorded_by       text,
  recorded_at       timestamptz,
  reminders         integer NOT NULL DEFAULT 0,
  CHECK ((status = 'decided') = (outcome IS NOT NULL))
);
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_body ON referrals (body, body_region_id) WHERE status = 'awaiting-outcome';

CREATE TABLE referral_events (
  referral_id text NOT NULL REFERENCES referrals (id),
  seq         integer NOT NULL,
  at          timestamptz NOT NULL,
  kind        text NOT NULL,
  actor       text NOT NULL,
  detail      jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (referral_id, seq)
);
CREATE TRIGGER referral_events_no_update BEFORE UPDATE OR DELETE ON referral_events
  FOR EACH ROW EXECUTE FUNCTION case_events_are_append_only();

-- Where notifications reach someone: one mailbox per addressee (a unit, a leader, a region's office, committee,
-- organisation department, discipline inspection body ...). Kept by the offices through the API.
CREATE TABLE contacts (
  addressee_kind  text NOT NULL,
  addressee_id    text NOT NULL,
  email           text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  updated_by      text NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (addressee_kind, addressee_id)
);

ALTER TABLE notifications ADD COLUMN referral_id text REFERENCES referrals (id);
ALTER TABLE notifications ADD COLUMN case_event_seq integer;
CREATE INDEX notifications_case ON notifications (case_id);
-- Set when the relay has decided the notification's deliveries (one per configured channel with a target).
ALTER TABLE notifications ADD COLUMN routed_at timestamptz;
CREATE INDEX notifications_unrouted ON notifications (id) WHERE routed_at IS NULL;

-- One delivery per notification and channel; the relay claims, sends, records. A 'sent' delivery is never sent
-- again; a failed attempt is retried with backoff until max attempts, then 'failed' (visible, re-queueable).
CREATE TABLE notification_deliveries (
  id               bigserial PRIMARY KEY,
  notification_id  bigint NOT NULL REFERENCES notifications (id),
  channel          text NOT NULL CHECK (channel IN ('email', 'webhook')),
  target           text NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'no-contact')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  lease_until      timestamptz,
  last_error       text,
  sent_at          timestamptz,
  provider_id      text,                                   -- the SMTP server's answer, the webhook's status
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (notification_id, channel)
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');

CREATE TABLE notification_delivery_attempts (
  delivery_id  bigint NOT NULL REFERENCES notification_deliveries (id),
  attempt      integer NOT NULL,
  at           timestamptz NOT NULL DEFAULT now(),
  ok           boolean NOT NULL,
  detail       text,
  PRIMARY KEY (delivery_id, attempt)
);

-- Wakes the relay as soon as a notification is committed (it also sweeps on a timer).
CREATE FUNCTION notifications_wake_relay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('notifications', NEW.id::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER notifications_wake AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION notifications_wake_relay();
